// Diagram DOT: the relationship diagram people read. Like dot_writer (cgraph, the same
// node and edge styling from graph_style.h) but made for a chosen part of the graph: node
// size by a centrality score, clusters (by class or by community), the focus entity drawn bold,
// and tooltips that show the evidence behind each relation (shown on hover in SVG).
// The caller picks the part (query::select_subgraph) and computes scores and clusters
// (query/graph_metrics.h); this file only draws.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/status.h"
#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::exporter {

struct DiagramOptions {
  std::string engine = "dot";  // written as the "layout" attribute
  std::string rankdir = "LR";  // for dot; empty leaves the default
  std::string focus_id;        // entity drawn bold with a double border; empty: none
  // Per store vertex, in [0, 1]: node size (label font and minimum width grow with it).
  // Empty: every node the same size.
  std::vector<double> node_weight;
  // Per store vertex: the cluster it is drawn in ("" for none). Empty: no clusters.
  std::vector<std::string> cluster_of;
  bool color_clusters = false;    // also outline each node in its cluster's colour
                                  // (engines other than dot and fdp ignore clusters)
  bool include_legend = true;     // one node per class present, in a legend cluster
  size_t max_label_length = 40;   // code points of a label before "…"; 0 = no limit
  size_t tooltip_statements = 3;  // evidence sentences listed in an edge tooltip
  bool edge_labels = true;        // false: predicates only in the tooltips (large drawings)
  std::string caption;            // graph label at the top (e.g. "showing 100 of 500
                                  // entities ..."); empty: none
  std::string graph_name = "newsgraph";
};

// Node names are entity ids (escaped as dot_writer does); labels, tooltips and cluster
// labels are escString text. Errors: kIoError when cgraph fails; kUsage when node_weight
// or cluster_of is neither empty nor one entry per vertex.
// Thread contract: uses cgraph (global state); serialize Graphviz calls.
Result<std::string> to_diagram_dot(const store::GraphStore& store,
                                   const ontology::Vocabulary& vocab,
                                   const DiagramOptions& options);

}  // namespace newsgraph::exporter
