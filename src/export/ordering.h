// Deterministic order of the store's contents for the exporters. Boost.Graph hands out
// vertices and edges in insertion order, which depends on article order and threading;
// sorting by ids that come from the data makes every export byte-identical across runs.
#pragma once

#include <vector>

#include "store/graph_store.h"

namespace newsgraph::exporter {

// Entity vertices sorted by entity id.
std::vector<store::Vertex> entities_by_id(const store::Graph& graph);

// Relation edges sorted by (subject id, predicate, object id); equal keys keep edge order.
std::vector<store::Edge> relations_in_order(const store::Graph& graph);

// The edge's evidence sorted by (article, offsets, rule, qualifier, date, sentence).
// Pointers into `edge`, valid while it is.
std::vector<const store::Evidence*> evidence_in_order(const store::RelationEdge& edge);

// The evidence evidence_in_order puts first, found without sorting (for writers that show
// one sentence per edge); nullptr for an edge without evidence. Points into `edge`.
const store::Evidence* first_evidence(const store::RelationEdge& edge);

}  // namespace newsgraph::exporter
