#include "cli/args.h"

#include <cstdlib>

namespace newsgraph::cli {

ParseResult parse_args(int argc, char** argv) {
  ParseResult r;
  Args& a = r.args;
  int i = 1;
  if (i < argc && argv[i][0] != '-') a.command = argv[i++];
  auto value = [&](const std::string& flag) -> std::optional<std::string> {
    if (i + 1 >= argc) {
      r.error = flag + " needs a value";
      return std::nullopt;
    }
    return std::string(argv[++i]);
  };
  for (; i < argc && r.error.empty(); ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      a.help = true;
    } else if (arg == "-o" || arg == "--output") {
      if (auto v = value(arg)) a.output_dir = *v;
    } else if (arg == "--ontology") {
      if (auto v = value(arg)) a.ontology_dir = *v;
    } else if (arg == "--explain-merges") {
      if (auto v = value(arg)) a.explain_merges = *v;
    } else if (arg == "--threads" || arg == "-j") {
      if (auto v = value(arg)) {
        char* end = nullptr;
        long n = std::strtol(v->c_str(), &end, 10);
        if (*end || n < 1 || n > 1024) r.error = arg + " needs a number from 1 to 1024, got '" + *v + "'";
        else a.threads = static_cast<unsigned>(n);
      }
    } else if (arg == "--markdown") {
      a.markdown = true;
    } else if (arg == "--no-svg") {
      a.no_render = true;
    } else if (arg == "-q" || arg == "--quiet") {
      a.quiet = true;
    } else if (arg == "--version") {
      a.command = "version";
    } else if (arg.size() > 1 && arg[0] == '-') {
      r.error = "unknown option '" + arg + "'";
    } else {
      a.positional.push_back(arg);
    }
  }
  return r;
}

}  // namespace newsgraph::cli
