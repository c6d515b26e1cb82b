// DOT export of the knowledge graph, built with the cgraph API and written by agwrite (no
// hand-built DOT). Entities are nodes styled by their vocabulary class, relations are
// edges labelled with the predicate, and a legend cluster shows the classes in use.
#pragma once

#include <cstddef>
#include <string>

#include "core/status.h"
#include "export/graph_style.h"  // escape_dot_text
#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::exporter {

struct DotOptions {
  std::string engine = "dot";    // written as the graph's "layout" attribute
  std::string rankdir = "LR";    // "TB", "LR", "BT", "RL"; empty leaves Graphviz's default
  bool include_legend = true;    // subgraph "cluster_legend": one node per class present
  size_t max_label_length = 40;  // characters of a node label before "…"; 0 = no limit
  bool edge_labels = true;       // false: the predicate only opens the edge tooltip
  std::string caption;           // graph label drawn at the top (e.g. "showing 100 of 500
                                 // entities"); empty: none
  std::string graph_name = "newsgraph";
};

// Node names are entity ids. An id cgraph would not read back verbatim (empty, starting with
// "%", holding a backslash or control character) becomes "~" plus the id with those bytes
// percent-encoded, and a clash gets a "~N" suffix, so names stay unique. Label, tooltip and
// other text attributes are escString values: see escape_dot_text. Each node: label =
// canonical name (shortened), shape/fillcolor from the class, tooltip = type and aliases.
// Each edge: label = predicate, tooltip = first evidence sentence and its article, penwidth
// growing with the evidence count; symmetric predicates are drawn without arrowheads
// (styling shared with the diagrams: graph_style.h). An engine other than dot also sets
// overlap=prism.
// Errors: kIoError if cgraph fails to build or write the graph.
// Thread contract: uses cgraph, which has global state; do not run concurrently with other
// Graphviz calls.
Result<std::string> to_dot(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                           const DotOptions& options);

}  // namespace newsgraph::exporter
