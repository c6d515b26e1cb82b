// Reading the GRAPH argument of diagram, export and query: a graph folder (its
// graph.jsonld) or a .jsonld file, loaded with the vocabulary of --ontology.
#pragma once

#include <string>

#include "cli/args.h"
#include "core/status.h"
#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::cli {

struct LoadedGraph {
  ontology::Vocabulary vocab;
  store::GraphStore store;
  std::string path;  // the .jsonld file read
};

// DIR -> DIR/graph.jsonld; a file path is kept as it is.
std::string graph_file(const std::string& graph_argument);

// Loads the vocabulary (from args.ontology_dir or the default ontology) and the graph.
// Errors name the file; a missing graph suggests running `newsgraph build`.
Result<LoadedGraph> load_graph_argument(const std::string& graph_argument, const Args& args);

}  // namespace newsgraph::cli
