// Writing a finished store as DIR/graph.jsonld, graph.dot and graph.svg, each atomically;
// shared by build, add and merge.
#pragma once

#include <cstddef>
#include <string>

#include "cli/args.h"
#include "core/status.h"
#include "ontology/vocabulary.h"
#include "query/overview.h"
#include "store/graph_store.h"

namespace newsgraph::cli {

struct GraphOutputOptions {
  bool render = true;  // write graph.svg
  // graph.svg draws at most this many entities (and twice as many relations), the most
  // connected, with a caption saying so; 0 draws everything. graph.dot and graph.jsonld
  // always hold the whole graph.
  size_t max_drawn_entities = query::kDefaultDiagramEntities;
};

// --no-svg and --max-entities from the command line.
GraphOutputOptions graph_output_options(const Args& args);

// Exports, renders (unless options.render is false) and writes the files. graph.svg is
// laid out by dot, or by sfdp when even the capped drawing has more relations than dot
// handles in seconds (see exporter::default_engine). Nothing is written unless every
// export succeeded.
Status write_graph_outputs(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                           const std::string& dir, const GraphOutputOptions& options);

}  // namespace newsgraph::cli
