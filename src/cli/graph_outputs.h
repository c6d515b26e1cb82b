// Writing a finished store as DIR/graph.jsonld, graph.dot and graph.svg, all or nothing
// (through an exporter::OutputSet, with whatever else the command writes beside them);
// shared by build, add and merge.
#pragma once

#include <cstddef>
#include <string>

#include "cli/args.h"
#include "core/status.h"
#include "export/output_set.h"
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

// Creates `dir` and adds its graph files to `outputs`, in two productions: the Graphviz
// one first (graph.dot, then, unless options.render is false, graph.svg, laid out by dot,
// or by sfdp when even the capped drawing has more relations than dot handles in seconds:
// see exporter::default_engine), then graph.jsonld, streamed to its file. Nothing is
// written until outputs.write(); store and vocab must live until then.
Status add_graph_outputs(exporter::OutputSet& outputs, const store::GraphStore& store,
                         const ontology::Vocabulary& vocab, const std::string& dir,
                         const GraphOutputOptions& options);

}  // namespace newsgraph::cli
