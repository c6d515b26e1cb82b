// Subgraph selection: the part of the graph a diagram shows, namely the relations that
// pass a RelationFilter and, around a focus entity, the entities within N relations of it.
// Thread contract: pure function; the result is an independent store.
#pragma once

#include <optional>

#include "query/relation_filter.h"
#include "store/graph_store.h"

namespace newsgraph::query {

struct SubgraphOptions {
  std::optional<store::Vertex> focus;  // none: the whole (filtered) graph
  unsigned depth = 1;                  // relations between the focus and the farthest entity kept
  RelationFilter filter;
};

// A new store with copies of the selected entities, the relations among them that pass
// the filter (with only the statements that pass it), and the articles those statements
// cite (their mentions limited to the kept entities). With a focus: the entities reached
// from it within `depth` filtered relations, either direction, and every filtered
// relation between two of them. Without: every entity, or with an active filter only
// those that keep a relation.
store::GraphStore select_subgraph(const store::GraphStore& store, const SubgraphOptions& options);

}  // namespace newsgraph::query
