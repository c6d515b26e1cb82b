// Tests for query/relations.h: neighbours, shortest paths, timelines.
#include "query/relations.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "query/query_fixtures.h"

namespace {

using namespace newsgraph;
using query::testing::sample_graph;

std::vector<std::string> path_ids(const store::GraphStore& s, const char* a, const char* b) {
  auto p = query::shortest_path(s, *s.find(a), *s.find(b));
  std::vector<std::string> out;
  if (p)
    for (auto v : *p) out.push_back(s.graph()[v].id);
  return out;
}

}  // namespace

TEST_CASE("neighbours lists every relation of an entity, either direction, by predicate",
          "[query]") {
  auto s = sample_graph();
  const auto& g = s.graph();
  auto n = query::neighbours(s, *s.find("masrour-barzani"));
  REQUIRE(n.size() == 2);
  CHECK(g[n[0].edge].predicate == "holdsPositionIn");
  CHECK(g[n[0].other].id == "krg");
  CHECK(n[0].outgoing);
  CHECK(g[n[1].edge].predicate == "metWith");
  CHECK(g[n[1].other].id == "nechirvan-barzani");
  CHECK_FALSE(n[1].outgoing);
  CHECK(g[n[1].edge].evidence.size() == 2);
  CHECK(query::neighbours(s, *s.find("lone-wolf")).empty());
  CHECK(query::relations_between(s, *s.find("krg"), *s.find("masrour-barzani")).size() == 1);
}

TEST_CASE("shortest path follows relations in either direction", "[query]") {
  auto s = sample_graph();
  CHECK(path_ids(s, "masoud-barzani", "iraq") ==
        std::vector<std::string>{"masoud-barzani", "nechirvan-barzani", "masrour-barzani", "krg",
                                 "erbil", "iraq"});
  CHECK(path_ids(s, "iraq", "masrour-barzani") ==
        std::vector<std::string>{"iraq", "erbil", "krg", "masrour-barzani"});
  CHECK(path_ids(s, "krg", "krg") == std::vector<std::string>{"krg"});
  CHECK(path_ids(s, "masoud-barzani", "pkk").empty());  // another component
  CHECK_FALSE(query::shortest_path(s, *s.find("lone-wolf"), *s.find("iraq")).has_value());
}

TEST_CASE("timeline lists an entity's dated statements in date order", "[query]") {
  auto s = sample_graph();
  const auto& g = s.graph();
  auto t = query::timeline(s, *s.find("masrour-barzani"));
  REQUIRE(t.dated.size() == 3);
  CHECK(t.undated == 0);
  CHECK(t.dated[0].date == "2023-10-01");
  CHECK(t.dated[1].date == "2023-10-01");
  CHECK(g[t.dated[0].edge].predicate == "metWith");  // same day and article: by offset
  CHECK(g[t.dated[1].edge].predicate == "holdsPositionIn");
  CHECK(t.dated[2].date == "2023-11-05");
  CHECK(t.dated[2].evidence->sentence == "The two Barzanis held talks.");

  auto erbil = query::timeline(s, *s.find("erbil"));
  REQUIRE(erbil.dated.size() == 1);
  CHECK(erbil.dated[0].date == "2023-11-05");  // the article's date
  CHECK(erbil.undated == 1);
}
