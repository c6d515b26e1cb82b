// neighbours, relations_between, shortest_path, timeline (see relations.h).
#include "query/relations.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <tuple>

#include "query/relation_filter.h"
#include "query/undirected_view.h"

namespace newsgraph::query {
namespace {

void sort_neighbours(const store::Graph& g, std::vector<Neighbour>& out) {
  std::sort(out.begin(), out.end(), [&](const Neighbour& a, const Neighbour& b) {
    return std::tie(g[a.edge].predicate, g[a.other].name, g[a.other].id, b.outgoing) <
           std::tie(g[b.edge].predicate, g[b.other].name, g[b.other].id, a.outgoing);
  });
}

}  // namespace

std::vector<Neighbour> neighbours(const store::GraphStore& store, store::Vertex v) {
  const store::Graph& g = store.graph();
  std::vector<Neighbour> out;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
    out.push_back({*it, boost::target(*it, g), true});
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
    if (boost::source(*it, g) != v) out.push_back({*it, boost::source(*it, g), false});
  sort_neighbours(g, out);
  return out;
}

std::vector<Neighbour> relations_between(const store::GraphStore& store, store::Vertex a,
                                         store::Vertex b) {
  std::vector<Neighbour> out;
  for (const Neighbour& n : neighbours(store, a))
    if (n.other == b) out.push_back(n);
  return out;
}

std::optional<std::vector<store::Vertex>> shortest_path(const store::GraphStore& store,
                                                        store::Vertex from, store::Vertex to) {
  UndirectedGraph view = undirected_view(store.graph());
  const size_t n = boost::num_vertices(view);
  std::vector<store::Vertex> parent(n);
  for (size_t v = 0; v < n; ++v) parent[v] = v;
  boost::breadth_first_search(view, from,
                              boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(
                                  parent.data(), boost::on_tree_edge()))));
  if (from != to && parent[to] == to) return std::nullopt;
  std::vector<store::Vertex> path{to};
  while (path.back() != from) path.push_back(parent[path.back()]);
  std::reverse(path.begin(), path.end());
  return path;
}

Timeline timeline(const store::GraphStore& store, store::Vertex v) {
  const store::Graph& g = store.graph();
  const ArticleDates dates = article_dates(store);
  Timeline out;
  for (const Neighbour& n : neighbours(store, v)) {
    for (const store::Evidence& ev : g[n.edge].evidence) {
      std::string date = evidence_date(ev, dates);
      if (date.empty()) {
        ++out.undated;
        continue;
      }
      out.dated.push_back({std::move(date), n.edge, &ev});
    }
  }
  std::stable_sort(out.dated.begin(), out.dated.end(),
                   [&](const TimelineEntry& a, const TimelineEntry& b) {
                     return std::tie(a.date, a.evidence->article_id, a.evidence->offsets.begin,
                                     g[a.edge].predicate) < std::tie(b.date, b.evidence->article_id,
                                                                     b.evidence->offsets.begin,
                                                                     g[b.edge].predicate);
                   });
  return out;
}

}  // namespace newsgraph::query
