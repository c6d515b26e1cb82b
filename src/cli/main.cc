// newsgraph: the command-line entry point. Maps each subcommand to one function and turns
// usage errors into exit status 2; exceptions never escape to the user as a crash.
#include <exception>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"

namespace {

constexpr const char* kUsage =
    "usage: newsgraph <command> [options]\n"
    "\n"
    "Builds a knowledge graph (people, organizations, places, events and the relations\n"
    "between them) from English news articles.\n"
    "\n"
    "commands:\n"
    "  build PATH... -o DIR   read articles (.txt, .html, .jsonl; folders recursively) and\n"
    "                         write DIR/graph.jsonld, DIR/graph.dot and DIR/graph.svg\n"
    "  extract PATH... -o F   write per-article mentions and relations as JSON Lines (map step)\n"
    "  merge SHARD... -o DIR  merge extracted shards into the graph (reduce step)\n"
    "  add PATH... --graph DIR\n"
    "                         add articles to the graph in DIR (the same graph as a rebuild)\n"
    "  diagram GRAPH --focus NAME -o FILE\n"
    "                         draw an entity's neighbourhood (.dot .svg .png .pdf), filtered\n"
    "  export GRAPH --format F -o PATH\n"
    "                         write the graph as N-Quads, GraphML or Neo4j import CSVs\n"
    "  query GRAPH neighbours NAME | path NAME1 NAME2 | central | timeline NAME\n"
    "                         answer questions from the graph and its evidence\n"
    "  ontology --markdown    print the ontology reference page\n"
    "\n"
    "Run 'newsgraph <command> --help' for the options of a command; --version prints the version.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  try {
    ParseResult parsed = parse_args(argc, argv);
    const Args& args = parsed.args;
    if (!parsed.error.empty()) {
      std::cerr << "newsgraph: " << parsed.error << "\n(run 'newsgraph " << args.command
                << " --help' for usage)\n";
      return kExitUsage;
    }
    if (args.command == "version") {
      std::cout << "newsgraph " << NEWSGRAPH_VERSION << "\n";
      return kExitOk;
    }
    if (args.command == "build") return run_build(args);
    if (args.command == "ontology") return run_ontology(args);
    if (args.command == "extract") return run_extract(args);
    if (args.command == "merge") return run_merge(args);
    if (args.command == "add") return run_add(args);
    if (args.command == "diagram") return run_diagram(args);
    if (args.command == "export") return run_export(args);
    if (args.command == "query") return run_query(args);
    if (args.command.empty() && args.help) {
      std::cout << kUsage;
      return kExitOk;
    }
    std::cerr << (args.command.empty() ? "newsgraph: no command given\n"
                                       : "newsgraph: unknown command '" + args.command + "'\n")
              << kUsage;
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "newsgraph: internal error: " << e.what() << "\n";
    return kExitFailure;
  }
}
