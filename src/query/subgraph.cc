// select_subgraph: filter the relations, BFS from the focus, copy what remains.
#include "query/subgraph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <limits>
#include <set>
#include <vector>

#include "query/undirected_view.h"

namespace newsgraph::query {

store::GraphStore select_subgraph(const store::GraphStore& store, const SubgraphOptions& options) {
  const store::Graph& g = store.graph();
  const ArticleDates dates = article_dates(store);
  const size_t n = boost::num_vertices(g);

  // The relations that pass, filtered once.
  std::vector<std::pair<store::Edge, store::RelationEdge>> kept_edges;
  std::set<store::Edge> kept_set;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    if (auto filtered = apply_filter(options.filter, g[*it], dates)) {
      kept_edges.emplace_back(*it, std::move(*filtered));
      kept_set.insert(*it);
    }
  }

  std::vector<bool> keep(n, false);
  if (options.focus) {
    UndirectedGraph view = undirected_view(g, [&](store::Edge e) { return kept_set.count(e) > 0; });
    constexpr size_t kUnreached = std::numeric_limits<size_t>::max();
    std::vector<size_t> distance(n, kUnreached);
    distance[*options.focus] = 0;
    boost::breadth_first_search(view, *options.focus,
                                boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                    distance.data(), boost::on_tree_edge()))));
    for (size_t v = 0; v < n; ++v)
      keep[v] = distance[v] != kUnreached && distance[v] <= options.depth;
  } else if (options.filter.active()) {
    for (const auto& [e, rel] : kept_edges)
      keep[boost::source(e, g)] = keep[boost::target(e, g)] = true;
  } else {
    keep.assign(n, true);
  }

  store::GraphStore out;
  std::vector<store::Vertex> copy(n);
  for (size_t v = 0; v < n; ++v)
    if (keep[v]) copy[v] = out.add_entity(g[v]);
  std::set<std::string> cited;
  for (auto& [e, rel] : kept_edges) {
    store::Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (!keep[s] || !keep[t]) continue;
    for (const auto& ev : rel.evidence) cited.emplace(ev.article_id);
    out.add_edge(copy[s], copy[t], std::move(rel));
  }
  for (const store::ArticleRecord& a : store.articles()) {
    if (!cited.count(a.id)) continue;
    store::ArticleRecord record = a;
    record.mentions.clear();
    for (std::string_view id : a.mentions)
      if (auto v = store.find(id); v && keep[*v]) record.mentions.push_back(id);
    auto kept = [&](std::string_view id) {
      auto v = store.find(id);
      return v && keep[*v];
    };
    if (!kept(record.publisher_id)) record.publisher_id.clear();
    if (!kept(record.dateline_place_id)) record.dateline_place_id.clear();
    out.add_article(std::move(record));
  }
  return out;
}

}  // namespace newsgraph::query
