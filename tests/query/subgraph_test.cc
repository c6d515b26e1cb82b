// Tests for query/subgraph.h and query/relation_filter.h: focus neighbourhoods and filters.
#include "query/subgraph.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "query/query_fixtures.h"

namespace {

using namespace newsgraph;
using query::testing::sample_graph;

std::set<std::string> ids(const store::GraphStore& s) {
  std::set<std::string> out;
  for (auto [it, end] = boost::vertices(s.graph()); it != end; ++it) out.insert(s.graph()[*it].id);
  return out;
}

// "subject predicate object (statements)" per relation.
std::set<std::string> relations(const store::GraphStore& s) {
  const auto& g = s.graph();
  std::set<std::string> out;
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    out.insert(g[boost::source(*it, g)].id + " " + g[*it].predicate + " " +
               g[boost::target(*it, g)].id + " (" + std::to_string(g[*it].evidence.size()) + ")");
  return out;
}

store::GraphStore around(const store::GraphStore& s, const char* focus, unsigned depth,
                         query::RelationFilter f = {}) {
  query::SubgraphOptions o;
  o.focus = *s.find(focus);
  o.depth = depth;
  o.filter = std::move(f);
  return query::select_subgraph(s, o);
}

}  // namespace

TEST_CASE("subgraph: a focus keeps the entities within depth and the relations among them",
          "[query]") {
  auto s = sample_graph();
  auto one = around(s, "nechirvan-barzani", 1);
  CHECK(ids(one) ==
        std::set<std::string>{"nechirvan-barzani", "masrour-barzani", "masoud-barzani"});
  CHECK(relations(one) == std::set<std::string>{"masoud-barzani metWith nechirvan-barzani (1)",
                                                "nechirvan-barzani metWith masrour-barzani (2)"});
  auto two = around(s, "nechirvan-barzani", 2);
  CHECK(ids(two) ==
        std::set<std::string>{"nechirvan-barzani", "masrour-barzani", "masoud-barzani", "krg"});
  // Direction does not limit the walk: erbil is reached from both sides.
  CHECK(ids(around(s, "erbil", 1)) == std::set<std::string>{"erbil", "krg", "iraq"});
  CHECK(ids(around(s, "lone-wolf", 3)) == std::set<std::string>{"lone-wolf"});
  CHECK(ids(around(s, "masrour-barzani", 0)) == std::set<std::string>{"masrour-barzani"});
  // Articles cited by kept statements come along, their mentions limited to kept entities.
  std::set<std::string> articles;
  for (const auto& a : one.articles()) articles.insert(a.id);
  CHECK(articles == std::set<std::string>{"a1", "a2", "a5"});
}

TEST_CASE("subgraph: predicate, date and evidence filters", "[query]") {
  auto s = sample_graph();
  query::RelationFilter positions;
  positions.predicates = {"holdsPositionIn"};
  CHECK(ids(around(s, "masrour-barzani", 3, positions)) ==
        std::set<std::string>{"masrour-barzani", "krg"});

  query::SubgraphOptions all;
  all.filter.since = "2023-11";
  // since: only statements on or after November 2023; krg locatedIn erbil counts by its
  // article's date; the undated erbil-iraq statement goes.
  CHECK(relations(query::select_subgraph(s, all)) ==
        std::set<std::string>{"nechirvan-barzani metWith masrour-barzani (1)",
                              "krg locatedIn erbil (1)", "turkey attacked pkk (2)"});
  all.filter = {};
  all.filter.until = "2023-10";  // inclusive at month precision
  CHECK(relations(query::select_subgraph(s, all)) ==
        std::set<std::string>{"masoud-barzani metWith nechirvan-barzani (1)",
                              "nechirvan-barzani metWith masrour-barzani (1)",
                              "masrour-barzani holdsPositionIn krg (1)"});
  all.filter = {};
  all.filter.since = "2024-01-11";
  all.filter.until = "2024-01-11";
  CHECK(relations(query::select_subgraph(s, all)) ==
        std::set<std::string>{"turkey attacked pkk (1)"});
  all.filter = {};
  all.filter.min_evidence = 2;
  auto strong = query::select_subgraph(s, all);
  CHECK(ids(strong) ==
        std::set<std::string>{"nechirvan-barzani", "masrour-barzani", "turkey", "pkk"});
  CHECK(strong.relation_count() == 2);
  // No filter, no focus: everything, the entity without relations included.
  CHECK(query::select_subgraph(s, {}).entity_count() == 9);
}

TEST_CASE("relation filter: date bounds and evidence dates", "[query]") {
  CHECK(query::valid_date_bound("2023"));
  CHECK(query::valid_date_bound("2023-10"));
  CHECK(query::valid_date_bound("2023-10-07"));
  CHECK_FALSE(query::valid_date_bound("23-10-07"));
  CHECK_FALSE(query::valid_date_bound("2023/10/07"));
  CHECK_FALSE(query::valid_date_bound("2023-10-7"));
  auto s = sample_graph();
  auto dates = query::article_dates(s);
  store::Evidence ev;
  ev.article_id = "a2";
  CHECK(query::evidence_date(ev, dates) == "2023-11-05");
  ev.date = "2023-11-01";
  CHECK(query::evidence_date(ev, dates) == "2023-11-01");
  ev = {};
  ev.article_id = "a3";
  CHECK(query::evidence_date(ev, dates).empty());
}
