#include "store/graph_store.h"

namespace newsgraph::store {

Vertex GraphStore::add_entity(EntityVertex entity) {
  if (auto found = index_.find(entity.id); found != index_.end()) return found->second;
  std::string id = entity.id;
  Vertex v = boost::add_vertex(std::move(entity), graph_);
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
  auto existing = [&](Vertex from, Vertex to) -> std::optional<Edge> {
    for (auto [it, end] = boost::out_edges(from, graph_); it != end; ++it) {
      if (boost::target(*it, graph_) == to && graph_[*it].predicate == predicate) return *it;
    }
    return std::nullopt;
  };
  std::optional<Edge> edge = existing(subject, object);
  if (!edge && symmetric) edge = existing(object, subject);
  if (!edge) edge = boost::add_edge(subject, object, RelationEdge{predicate, {}}, graph_).first;
  graph_[*edge].evidence.push_back(std::move(evidence));
  return *edge;
}

}  // namespace newsgraph::store
