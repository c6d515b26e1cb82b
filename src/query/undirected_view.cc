// undirected_view: relation edges folded into one weighted undirected edge per pair.
#include "query/undirected_view.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace newsgraph::query {

UndirectedGraph undirected_view(const store::Graph& graph,
                                const std::function<bool(store::Edge)>& keep) {
  std::map<std::pair<store::Vertex, store::Vertex>, double> weight;
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    if (keep && !keep(*it)) continue;
    store::Vertex a = boost::source(*it, graph), b = boost::target(*it, graph);
    if (a == b) continue;
    if (graph[b].id < graph[a].id) std::swap(a, b);
    weight[{a, b}] += static_cast<double>(std::max<size_t>(1, graph[*it].evidence.size()));
  }
  std::vector<std::pair<std::pair<store::Vertex, store::Vertex>, double>> ordered(weight.begin(),
                                                                                  weight.end());
  std::sort(ordered.begin(), ordered.end(), [&](const auto& x, const auto& y) {
    const auto& [xa, xb] = x.first;
    const auto& [ya, yb] = y.first;
    return std::tie(graph[xa].id, graph[xb].id) < std::tie(graph[ya].id, graph[yb].id);
  });
  UndirectedGraph out(boost::num_vertices(graph));
  for (const auto& [pair, w] : ordered) boost::add_edge(pair.first, pair.second, w, out);
  return out;
}

}  // namespace newsgraph::query
