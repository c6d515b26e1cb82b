// Relation queries around entities: an entity's neighbours with the statements behind
// each relation, shortest paths between two entities (Boost BFS on the undirected view),
// and an entity's dated statements in time order.
// Thread contract: pure functions; results point into the store, valid while it is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/graph_store.h"

namespace newsgraph::query {

struct Neighbour {
  store::Edge edge;
  store::Vertex other;
  bool outgoing;  // the entity is the relation's subject
};

// Every relation of `v`, sorted by predicate, then the other entity's name and id.
std::vector<Neighbour> neighbours(const store::GraphStore& store, store::Vertex v);

// Relations between a and b in either direction, in (predicate, direction) order.
std::vector<Neighbour> relations_between(const store::GraphStore& store, store::Vertex a,
                                         store::Vertex b);

// A shortest chain of related entities from `from` to `to` (both included), ignoring
// direction; among equally short chains, the one BFS meets first in id order. None when
// they are not connected.
std::optional<std::vector<store::Vertex>> shortest_path(const store::GraphStore& store,
                                                        store::Vertex from, store::Vertex to);

struct TimelineEntry {
  std::string date;  // the statement's event date, else its article's date
  store::Edge edge;
  const store::Evidence* evidence;
};

struct Timeline {
  std::vector<TimelineEntry> dated;  // by date, then article, offsets, predicate
  size_t undated = 0;                // statements with no date at all, left out
};

// Every statement of every relation of `v` (as subject or object).
Timeline timeline(const store::GraphStore& store, store::Vertex v);

}  // namespace newsgraph::query
