// Betweenness (Boost.Graph Brandes), degree and label-propagation communities.
#include "query/graph_metrics.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <map>
#include <numeric>

#include "export/ordering.h"
#include "query/undirected_view.h"

namespace newsgraph::query {

std::vector<double> betweenness(const store::GraphStore& store) {
  UndirectedGraph view = undirected_view(store.graph());
  const size_t n = boost::num_vertices(view);
  std::vector<double> centrality(n, 0.0);
  if (n < 3) return centrality;
  boost::brandes_betweenness_centrality(
      view, boost::centrality_map(boost::make_iterator_property_map(
                centrality.begin(), boost::get(boost::vertex_index, view))));
  // On an undirected graph Boost counts each unordered pair once: divide by the number of
  // pairs of other vertices.
  const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
  for (double& c : centrality) c /= pairs;
  return centrality;
}

std::vector<double> degree(const store::GraphStore& store) {
  UndirectedGraph view = undirected_view(store.graph());
  std::vector<double> out(boost::num_vertices(view));
  for (size_t v = 0; v < out.size(); ++v) out[v] = static_cast<double>(boost::degree(v, view));
  return out;
}

std::vector<size_t> communities(const store::GraphStore& store) {
  const store::Graph& g = store.graph();
  UndirectedGraph view = undirected_view(g);
  const std::vector<store::Vertex> order = exporter::entities_by_id(g);
  const size_t n = order.size();
  auto weight = boost::get(boost::edge_weight, view);
  // Louvain's local-moving phase: each vertex in turn joins the neighbouring community
  // that raises modularity most (gain = w(v, C) - tot(C) * k(v) / 2m), until none moves.
  // Labels are positions in id order; a vertex moves only for a strictly better gain and
  // ties go to the smallest label, so the result does not depend on insertion order.
  std::vector<size_t> label(n);
  std::vector<double> k(n, 0.0), tot(n, 0.0);
  double two_m = 0;
  for (size_t i = 0; i < n; ++i) label[order[i]] = i;
  for (size_t v = 0; v < n; ++v) {
    for (auto [it, end] = boost::out_edges(v, view); it != end; ++it) k[v] += weight[*it];
    tot[label[v]] = k[v];
    two_m += k[v];
  }
  for (int round = 0; two_m > 0 && round < 100; ++round) {
    bool moved = false;
    for (store::Vertex v : order) {
      std::map<size_t, double> to;  // community -> weight of v's edges into it
      for (auto [it, end] = boost::out_edges(v, view); it != end; ++it)
        to[label[boost::target(*it, view)]] += weight[*it];
      const size_t old = label[v];
      tot[old] -= k[v];
      size_t best = old;
      double best_gain = to[old] - tot[old] * k[v] / two_m;
      for (const auto& [c, w] : to) {
        double gain = w - tot[c] * k[v] / two_m;
        if (gain > best_gain + 1e-12) {
          best = c;
          best_gain = gain;
        }
      }
      tot[best] += k[v];
      if (best != old) {
        label[v] = best;
        moved = true;
      }
    }
    if (!moved) break;
  }
  // Renumber: bigger communities first, then by their earliest member.
  std::map<size_t, size_t> size;
  for (size_t v = 0; v < n; ++v) ++size[label[v]];
  std::vector<size_t> labels;
  for (const auto& [l, s] : size) labels.push_back(l);
  std::stable_sort(labels.begin(), labels.end(),
                   [&](size_t a, size_t b) { return size[a] > size[b]; });
  std::map<size_t, size_t> number;
  for (size_t i = 0; i < labels.size(); ++i) number[labels[i]] = i;
  std::vector<size_t> out(n);
  for (size_t v = 0; v < n; ++v) out[v] = number[label[v]];
  return out;
}

std::vector<Ranked> top_ranked(const store::GraphStore& store, const std::vector<double>& scores,
                               size_t top) {
  const store::Graph& g = store.graph();
  std::vector<Ranked> out;
  for (size_t v = 0; v < scores.size(); ++v)
    if (scores[v] > 0) out.push_back({v, scores[v]});
  std::sort(out.begin(), out.end(), [&](const Ranked& a, const Ranked& b) {
    return a.score != b.score ? a.score > b.score : g[a.vertex].id < g[b.vertex].id;
  });
  if (out.size() > top) out.resize(top);
  return out;
}

std::vector<double> scaled(std::vector<double> scores) {
  double max = 0;
  for (double s : scores) max = std::max(max, s);
  if (max > 0)
    for (double& s : scores) s /= max;
  return scores;
}

}  // namespace newsgraph::query
