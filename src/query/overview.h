// Overview: the part of a large graph that a diagram can show and Graphviz can lay out in
// seconds. dot's time grows much faster than the graph (edge labels become virtual nodes
// in its network simplex): 199 entities / 430 relations took 29 CPU s, 1,000 articles
// never finished, while 100 / 200 takes about a second. So a diagram above the limits
// keeps the most connected entities and, among them, the best attested relations; the
// exports (graph.dot, graph.jsonld, ...) always keep everything.
// Thread contract: pure functions.
#pragma once

#include <cstddef>
#include <string>

#include "store/graph_store.h"

namespace newsgraph::query {

// The default cap of a rendered diagram: 100 entities and twice as many relations.
inline constexpr size_t kDefaultDiagramEntities = 100;

struct OverviewLimits {
  size_t max_entities = kDefaultDiagramEntities;       // 0: no limit
  size_t max_relations = 2 * kDefaultDiagramEntities;  // 0: no limit
  std::string keep_id;  // an entity kept whatever its rank (a diagram's focus); "" none

  // The limits for "at most N entities" (N = 0: no limit): N entities, 2N relations.
  static OverviewLimits for_entities(size_t n);
};

// True when the store has more entities or more relations than the limits allow.
bool exceeds(const store::GraphStore& store, const OverviewLimits& limits);

struct Overview {
  store::GraphStore store;  // the kept part, an independent copy
  size_t total_entities = 0;
  size_t total_relations = 0;
  bool capped() const {
    return store.entity_count() < total_entities || store.relation_count() < total_relations;
  }
};

// Keeps at most max_entities entities, ranked by the number of distinct entities they are
// related to, then mentions, then id (keep_id first), and at most max_relations of the
// relations among them: first, for each kept entity in rank order, its best attested
// relation to a higher-ranked one (so every entity that can be linked to the drawing is),
// then the rest by evidence count (ties: the higher-ranked ends, then subject id,
// predicate, object id). Articles are kept when a kept statement cites them. The same
// store and limits always give the same overview.
Overview select_overview(const store::GraphStore& store, const OverviewLimits& limits);

// "showing 100 of 500 entities (the most connected) and 200 of 2,784 relations (the best
// attested)"; a part not cut reads "all 80 entities" / "all 150 relations".
std::string overview_caption(const Overview& overview);

}  // namespace newsgraph::query
