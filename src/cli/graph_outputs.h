// Writing a finished store as DIR/graph.jsonld, graph.dot and graph.svg, each atomically;
// shared by build and merge.
#pragma once

#include <string>

#include "core/status.h"
#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::cli {

// Exports, renders (unless `render` is false) and writes the three files. Nothing is
// written unless every export succeeded.
Status write_graph_outputs(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                           const std::string& dir, bool render);

}  // namespace newsgraph::cli
