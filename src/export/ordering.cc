// Sorting helpers shared by the JSON-LD and DOT exporters (see ordering.h).
#include "export/ordering.h"

#include <algorithm>
#include <tuple>

namespace newsgraph::exporter {

std::vector<store::Vertex> entities_by_id(const store::Graph& graph) {
  std::vector<store::Vertex> out;
  out.reserve(boost::num_vertices(graph));
  for (auto [it, end] = boost::vertices(graph); it != end; ++it) out.push_back(*it);
  std::stable_sort(out.begin(), out.end(),
                   [&](store::Vertex a, store::Vertex b) { return graph[a].id < graph[b].id; });
  return out;
}

std::vector<store::Edge> relations_in_order(const store::Graph& graph) {
  // The sort compared two ids as strings in most comparisons. An id compares as its rank
  // among the sorted ids instead (equal ids share a rank, so the order is the same).
  std::vector<size_t> id_rank(boost::num_vertices(graph));
  const std::vector<store::Vertex> by_id = entities_by_id(graph);
  for (size_t i = 0; i < by_id.size(); ++i) {
    const bool same_as_previous = i > 0 && graph[by_id[i]].id == graph[by_id[i - 1]].id;
    id_rank[by_id[i]] = same_as_previous ? id_rank[by_id[i - 1]] : i;
  }
  std::vector<store::Edge> out;
  out.reserve(boost::num_edges(graph));
  for (auto [it, end] = boost::edges(graph); it != end; ++it) out.push_back(*it);
  auto key = [&](const store::Edge& e) {
    return std::tie(id_rank[boost::source(e, graph)], graph[e].predicate,
                    id_rank[boost::target(e, graph)]);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const store::Edge& a, const store::Edge& b) { return key(a) < key(b); });
  return out;
}

namespace {

bool evidence_before(const store::Evidence& a, const store::Evidence& b) {
  auto key = [](const store::Evidence& e) {
    return std::tie(e.article_id, e.offsets.begin, e.offsets.end, e.rule, e.qualifier, e.date,
                    e.sentence, e.confidence);
  };
  return key(a) < key(b);
}

}  // namespace

std::vector<const store::Evidence*> evidence_in_order(const store::RelationEdge& edge) {
  std::vector<const store::Evidence*> out;
  out.reserve(edge.evidence.size());
  for (const auto& e : edge.evidence) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(), [](const store::Evidence* a, const store::Evidence* b) {
    return evidence_before(*a, *b);
  });
  return out;
}

const store::Evidence* first_evidence(const store::RelationEdge& edge) {
  // min_element keeps the earliest of equal ones, as the stable sort does.
  auto first = std::min_element(edge.evidence.begin(), edge.evidence.end(), evidence_before);
  return first == edge.evidence.end() ? nullptr : &*first;
}

}  // namespace newsgraph::exporter
