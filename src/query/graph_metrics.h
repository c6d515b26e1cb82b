// Graph metrics over the undirected view: how central each entity is (betweenness from
// Boost.Graph's Brandes algorithm, or degree) and which entities form communities
// (modularity, Louvain's local moving), for diagrams (node size, clusters) and `newsgraph query
// central`. Thread contract: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "store/graph_store.h"

namespace newsgraph::query {

// Normalized betweenness centrality per vertex (index = store vertex): the share of
// shortest paths between other pairs that pass through it, in [0, 1].
std::vector<double> betweenness(const store::GraphStore& store);

// Number of distinct entities each vertex is related to.
std::vector<double> degree(const store::GraphStore& store);

// Community number per vertex: modularity communities by Louvain's local-moving phase
// (one level, vertices visited in id order, so the result is deterministic). Communities
// are numbered from 0 by decreasing size, then by label; an entity without relations is a
// community of its own.
std::vector<size_t> communities(const store::GraphStore& store);

struct Ranked {
  store::Vertex vertex;
  double score;
};

// The `top` vertices by score, highest first (ties by entity id); zero scores left out.
std::vector<Ranked> top_ranked(const store::GraphStore& store, const std::vector<double>& scores,
                               size_t top);

// Scores scaled to [0, 1] by the largest one (all zero stays zero).
std::vector<double> scaled(std::vector<double> scores);

}  // namespace newsgraph::query
