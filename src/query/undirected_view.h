// Undirected view of the store for graph algorithms (BFS, paths, centrality,
// communities): relation direction and predicate do not matter there, only who is
// connected to whom and how strongly.
// Thread contract: pure functions.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <functional>

#include "store/graph_store.h"

namespace newsgraph::query {

// Vertex i is store vertex i. One edge per pair of related entities, whatever the number
// of predicates and directions between them; its weight is the pair's total evidence
// (at least 1 per relation). Edges are added in (id, id) order, so every traversal is
// deterministic for a given store. Self-relations are left out.
using UndirectedGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, double>>;

// `keep` (when set) selects the relation edges that count; the others are ignored.
UndirectedGraph undirected_view(const store::Graph& graph,
                                const std::function<bool(store::Edge)>& keep = {});

}  // namespace newsgraph::query
