#include "cli/args.h"

#include <algorithm>
#include <cstdlib>
#include <thread>

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
    } else if (arg == "--decisions") {
      if (auto v = value(arg)) a.decisions = *v;
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
    } else if (arg == "--graph") {
      if (auto v = value(arg)) a.graph_dir = *v;
    } else if (arg == "--focus") {
      if (auto v = value(arg)) a.focus = *v;
    } else if (arg == "--depth" || arg == "--min-evidence" || arg == "--top") {
      if (auto v = value(arg)) {
        char* end = nullptr;
        long n = std::strtol(v->c_str(), &end, 10);
        if (v->empty() || *end || n < 0 || n > 1000000)
          r.error = arg + " needs a whole number, got '" + *v + "'";
        else (arg == "--depth" ? a.depth : arg == "--top" ? a.top : a.min_evidence) = static_cast<unsigned>(n);
      }
    } else if (arg == "--max-entities") {
      if (auto v = value(arg)) {
        char* end = nullptr;
        long n = std::strtol(v->c_str(), &end, 10);
        if (v->empty() || *end || n < 0 || n > 1000000)
          r.error = arg + " needs a whole number (0 draws every entity), got '" + *v + "'";
        else a.max_entities = static_cast<unsigned>(n);
      }
    } else if (arg == "--predicates") {
      if (auto v = value(arg)) {
        for (size_t start = 0; start <= v->size();) {
          size_t comma = std::min(v->find(',', start), v->size());
          if (comma > start) a.predicates.push_back(v->substr(start, comma - start));
          start = comma + 1;
        }
      }
    } else if (arg == "--since") {
      if (auto v = value(arg)) a.since = *v;
    } else if (arg == "--until") {
      if (auto v = value(arg)) a.until = *v;
    } else if (arg == "--engine") {
      if (auto v = value(arg)) a.engine = *v;
    } else if (arg == "--cluster") {
      if (auto v = value(arg)) a.cluster = *v;
    } else if (arg == "--size-by") {
      if (auto v = value(arg)) a.size_by = *v;
    } else if (arg == "--format") {
      if (auto v = value(arg)) a.format = *v;
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

unsigned thread_count(const Args& args) {
  return args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace newsgraph::cli
