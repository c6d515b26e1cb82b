#include "store/graph_store.h"

#include <algorithm>

namespace newsgraph::store {

GraphStore::GraphStore() : graph_(std::make_unique<Graph>()) {}

GraphStore::GraphStore(const GraphStore& other)
    : graph_(std::make_unique<Graph>(*other.graph_)), index_(other.index_), articles_(other.articles_) {
  for (ArticleRecord& article : articles_) keep_text(article);
  for (auto [it, end] = boost::edges(*graph_); it != end; ++it) {
    edge_index_.emplace(EdgeKey{boost::source(*it, *graph_), boost::target(*it, *graph_), (*graph_)[*it].predicate},
                        *it);
    for (Evidence& evidence : (*graph_)[*it].evidence) keep_text(evidence);
  }
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

std::optional<Vertex> GraphStore::find(std::string_view id) const {
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
  keep_text(evidence);
  (*graph_)[it->second].evidence.push_back(evidence);
  return it->second;
}

Edge GraphStore::add_edge(Vertex subject, Vertex object, RelationEdge edge) {
  for (Evidence& evidence : edge.evidence) keep_text(evidence);
  return boost::add_edge(subject, object, std::move(edge), *graph_).first;
}

void GraphStore::add_article(ArticleRecord article) {
  std::sort(article.mentions.begin(), article.mentions.end());
  article.mentions.erase(std::unique(article.mentions.begin(), article.mentions.end()), article.mentions.end());
  article.mentions.shrink_to_fit();
  keep_text(article);
  articles_.push_back(std::move(article));
}

void GraphStore::keep_text(ArticleRecord& article) {
  for (std::string_view& id : article.mentions) id = texts_.keep(id);
}

void GraphStore::keep_text(Evidence& evidence) {
  // Ids, rules and dates repeat anywhere: looked up in the pool.
  auto keep = [this](std::string_view& text, std::string_view& last) {
    if (text != last) last = texts_.keep(text);
    text = last;
  };
  keep(evidence.article_id, last_kept_.article_id);
  keep(evidence.rule, last_kept_.rule);
  keep(evidence.date, last_kept_.date);
  keep(evidence.qualifier, last_kept_.qualifier);
  // A sentence repeats only in consecutive statements (those it states together): copied.
  if (evidence.sentence != last_kept_.sentence) last_kept_.sentence = texts_.copy(evidence.sentence);
  evidence.sentence = last_kept_.sentence;
}

}  // namespace newsgraph::store
