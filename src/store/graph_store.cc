#include "store/graph_store.h"

namespace newsgraph::store {

GraphStore::GraphStore() : graph_(std::make_unique<Graph>()) {}

GraphStore::GraphStore(const GraphStore& other)
    : graph_(std::make_unique<Graph>(*other.graph_)), index_(other.index_), articles_(other.articles_) {
  for (auto [it, end] = boost::edges(*graph_); it != end; ++it)
    edge_index_.emplace(EdgeKey{boost::source(*it, *graph_), boost::target(*it, *graph_), (*graph_)[*it].predicate},
                        *it);
}

GraphStore& GraphStore::operator=(const GraphStore& other) {
  if (this != &other) *this = GraphStore(other);
  return *this;
}

GraphStore::~GraphStore() = default;

Vertex GraphStore::add_entity(EntityVertex entity) {
  if (auto found = index_.find(entity.id); found != index_.end()) return found->second;
  std::string id = entity.id;
  Vertex v = boost::add_vertex(std::move(entity), *graph_);
  index_.emplace(std::move(id), v);
  return v;
}

std::optional<Vertex> GraphStore::find(const std::string& id) const {
  auto found = index_.find(id);
  if (found == index_.end()) return std::nullopt;
  return found->second;
}

Edge GraphStore::add_relation(Vertex subject, Vertex object, const std::string& predicate,
                              Evidence evidence, bool symmetric) {
  // An index, not a walk over out-edges: hubs such as a country gather thousands of edges.
  auto it = edge_index_.find(EdgeKeyView{subject, object, predicate});
  if (it == edge_index_.end() && symmetric) it = edge_index_.find(EdgeKeyView{object, subject, predicate});
  if (it == edge_index_.end()) {
    Edge added = boost::add_edge(subject, object, RelationEdge{predicate, {}}, *graph_).first;
    it = edge_index_.emplace(EdgeKey{subject, object, predicate}, added).first;
  }
  (*graph_)[it->second].evidence.push_back(std::move(evidence));
  return it->second;
}

}  // namespace newsgraph::store
