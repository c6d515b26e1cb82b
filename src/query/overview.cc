// select_overview: rank entities, keep the top ones and a spanning-first choice of their
// relations, copy what remains (see overview.h).
#include "query/overview.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <set>
#include <tuple>
#include <vector>

#include "query/graph_metrics.h"

namespace newsgraph::query {
namespace {

constexpr size_t kUnranked = std::numeric_limits<size_t>::max();

// 2784 -> "2,784".
std::string thousands(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string part(size_t kept, size_t total, const char* noun, const char* which) {
  if (kept >= total) return "all " + thousands(total) + " " + noun;
  return thousands(kept) + " of " + thousands(total) + " " + noun + " (" + which + ")";
}

}  // namespace

OverviewLimits OverviewLimits::for_entities(size_t n) {
  OverviewLimits limits;
  limits.max_entities = n;
  limits.max_relations = 2 * n;
  return limits;
}

bool exceeds(const store::GraphStore& store, const OverviewLimits& limits) {
  return (limits.max_entities && store.entity_count() > limits.max_entities) ||
         (limits.max_relations && store.relation_count() > limits.max_relations);
}

Overview select_overview(const store::GraphStore& store, const OverviewLimits& limits) {
  const store::Graph& g = store.graph();
  const size_t n = boost::num_vertices(g);

  // Entities by importance; rank[v] is the position, kUnranked when left out.
  const std::vector<double> related = degree(store);
  std::vector<store::Vertex> order(n);
  std::iota(order.begin(), order.end(), store::Vertex{0});
  auto key = [&](store::Vertex v) {
    return std::make_tuple(g[v].id != limits.keep_id || limits.keep_id.empty(), -related[v],
                           -static_cast<double>(g[v].mentions), std::cref(g[v].id));
  };
  std::sort(order.begin(), order.end(),
            [&](store::Vertex a, store::Vertex b) { return key(a) < key(b); });
  if (limits.max_entities && order.size() > limits.max_entities) order.resize(limits.max_entities);
  std::vector<size_t> rank(n, kUnranked);
  for (size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;

  // Candidate relations: both ends kept. Stronger first: more evidence, higher-ranked ends,
  // then (subject id, predicate, object id), which is unique since parallel edges fuse.
  struct Candidate {
    store::Edge edge;
    size_t evidence, low, high;  // low: the better rank of the two ends, high: the other
  };
  std::vector<Candidate> candidates;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    size_t a = rank[boost::source(*it, g)], b = rank[boost::target(*it, g)];
    if (a == kUnranked || b == kUnranked) continue;
    candidates.push_back({*it, g[*it].evidence.size(), std::min(a, b), std::max(a, b)});
  }
  auto stronger = [&](const Candidate& x, const Candidate& y) {
    auto tie = [&](const Candidate& c) {
      return std::make_tuple(-static_cast<long long>(c.evidence), c.low, c.high,
                             std::cref(g[boost::source(c.edge, g)].id),
                             std::cref(g[c.edge].predicate),
                             std::cref(g[boost::target(c.edge, g)].id));
    };
    return tie(x) < tie(y);
  };
  std::sort(candidates.begin(), candidates.end(), stronger);

  std::vector<bool> chosen(candidates.size(), false);
  if (limits.max_relations && candidates.size() > limits.max_relations) {
    // First, each entity's strongest link to a higher-ranked one (a spanning forest in rank
    // order), then the strongest of the rest.
    std::vector<size_t> best(order.size(), kUnranked);  // by the lower-ranked end
    for (size_t i = candidates.size(); i-- > 0;)
      if (candidates[i].low != candidates[i].high) best[candidates[i].high] = i;
    size_t taken = 0;
    for (size_t r = 0; r < best.size() && taken < limits.max_relations; ++r)
      if (best[r] != kUnranked) {
        chosen[best[r]] = true;
        ++taken;
      }
    for (size_t i = 0; i < candidates.size() && taken < limits.max_relations; ++i)
      if (!chosen[i]) {
        chosen[i] = true;
        ++taken;
      }
  } else {
    chosen.assign(candidates.size(), true);
  }

  Overview out;
  out.total_entities = n;
  out.total_relations = boost::num_edges(g);
  std::vector<store::Vertex> copy(n);
  for (store::Vertex v : order) copy[v] = out.store.add_entity(g[v]);
  std::set<std::string> cited;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!chosen[i]) continue;
    const store::Edge e = candidates[i].edge;
    for (const store::Evidence& ev : g[e].evidence) cited.emplace(ev.article_id);
    out.store.add_edge(copy[boost::source(e, g)], copy[boost::target(e, g)], g[e]);
  }
  auto kept = [&](std::string_view id) {
    auto v = store.find(id);
    return v && rank[*v] != kUnranked;
  };
  for (const store::ArticleRecord& a : store.articles()) {
    if (!cited.count(a.id)) continue;
    store::ArticleRecord record = a;
    record.mentions.clear();
    for (std::string_view id : a.mentions)
      if (kept(id)) record.mentions.push_back(id);
    if (!kept(record.publisher_id)) record.publisher_id.clear();
    if (!kept(record.dateline_place_id)) record.dateline_place_id.clear();
    out.store.add_article(std::move(record));
  }
  return out;
}

std::string overview_caption(const Overview& overview) {
  return "showing " +
         part(overview.store.entity_count(), overview.total_entities, "entities",
              "the most connected") +
         " and " +
         part(overview.store.relation_count(), overview.total_relations, "relations",
              "the best attested");
}

}  // namespace newsgraph::query
