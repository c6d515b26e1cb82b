// Args: one parsed command line. Each subcommand reads the fields it needs; parse errors
// are usage errors (exit status 2) with a message telling what to do next.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newsgraph::cli {

struct Args {
  std::string command;                  // build, ontology, ...
  std::vector<std::string> positional;  // paths
  std::string output_dir;               // -o / --output
  std::string ontology_dir;             // --ontology
  std::string explain_merges;           // --explain-merges FILE
  std::string decisions;                // --decisions FILE (merge corrections, JSON Lines)
  unsigned threads = 0;                 // --threads N (0: all cores)
  bool help = false;
  bool markdown = false;                // ontology --markdown
  bool no_render = false;               // build --no-svg
  bool quiet = false;
  // add, diagram, export, query (see each command's --help)
  std::string graph_dir;                // add --graph DIR
  std::string focus;                    // diagram --focus NAME
  unsigned depth = 1;                   // diagram --depth N
  std::vector<std::string> predicates;  // diagram --predicates a,b
  std::string since, until;             // diagram --since/--until DATE
  unsigned min_evidence = 0;            // diagram --min-evidence K
  std::string engine;                   // diagram --engine (default dot)
  std::string cluster;                  // diagram --cluster class|community
  std::string size_by;                  // diagram --size-by betweenness|degree|none
  std::optional<unsigned> max_entities; // build/add/merge/diagram --max-entities N (0: all)
  std::string format;                   // export --format
  unsigned top = 10;                    // query central --top K
};

// Options each subcommand accepts, checked so that a typo is an error, not ignored.
struct ParseResult {
  Args args;
  std::string error;  // empty when parsing succeeded
};

ParseResult parse_args(int argc, char** argv);

// The threads a command may use: --threads N, else every core.
unsigned thread_count(const Args& args);

}  // namespace newsgraph::cli
