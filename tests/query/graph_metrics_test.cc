// Tests for query/graph_metrics.h: betweenness, degree, communities, ranking.
#include "query/graph_metrics.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "query/query_fixtures.h"

namespace {

using namespace newsgraph;
using exporter::testing::entity;
using exporter::testing::evidence;

// Entities named by the ids given; relations "a-b" as metWith.
store::GraphStore graph_of(const std::vector<std::string>& ids,
                           const std::vector<std::pair<std::string, std::string>>& edges) {
  store::GraphStore s;
  for (const auto& id : ids) s.add_entity(entity(id, "Person", id));
  for (const auto& [a, b] : edges)
    s.add_relation(*s.find(a), *s.find(b), "metWith", evidence("x", a + " met " + b, 0), true);
  return s;
}

double score_of(const store::GraphStore& s, const std::vector<double>& scores,
                const std::string& id) {
  return scores[*s.find(id)];
}

}  // namespace

TEST_CASE("betweenness: star centre and path middle score 1, ends 0", "[query]") {
  auto star = graph_of({"c", "l1", "l2", "l3"}, {{"c", "l1"}, {"l2", "c"}, {"c", "l3"}});
  auto b = query::betweenness(star);
  CHECK(score_of(star, b, "c") == Approx(1.0));
  CHECK(score_of(star, b, "l1") == Approx(0.0));
  auto path = graph_of({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}, {"c", "d"}});
  auto p = query::betweenness(path);
  // b lies on a-c and a-d: 2 of the 3 pairs that exclude it.
  CHECK(score_of(path, p, "b") == Approx(2.0 / 3.0));
  CHECK(score_of(path, p, "a") == Approx(0.0));
  // Parallel relations between one pair do not count twice.
  auto doubled = graph_of({"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
  doubled.add_relation(*doubled.find("a"), *doubled.find("b"), "cooperatesWith",
                       evidence("y", "z", 0), true);
  CHECK(score_of(doubled, query::betweenness(doubled), "b") == Approx(1.0));
}

TEST_CASE("degree counts distinct related entities; top_ranked orders and trims", "[query]") {
  auto s = query::testing::sample_graph();
  auto d = query::degree(s);
  CHECK(score_of(s, d, "nechirvan-barzani") ==
        2);  // masoud and masrour (two metWith edges to masrour are one)
  CHECK(score_of(s, d, "erbil") == 2);
  CHECK(score_of(s, d, "lone-wolf") == 0);
  auto top = query::top_ranked(s, d, 3);
  REQUIRE(top.size() == 3);
  CHECK(s.graph()[top[0].vertex].id ==
        "erbil");  // ties by id: erbil, krg, masrour-barzani, nechirvan-barzani
  CHECK(s.graph()[top[1].vertex].id == "krg");
  CHECK(query::top_ranked(s, d, 100).size() == 8);  // lone-wolf (0) left out
  auto scaled = query::scaled({0, 2, 4});
  CHECK(scaled == std::vector<double>{0, 0.5, 1});
}

TEST_CASE("communities: two triangles joined by a bridge are two communities", "[query]") {
  auto s = graph_of({"a1", "a2", "a3", "b1", "b2", "b3", "solo"}, {{"a1", "a2"},
                                                                   {"a2", "a3"},
                                                                   {"a1", "a3"},
                                                                   {"b1", "b2"},
                                                                   {"b2", "b3"},
                                                                   {"b1", "b3"},
                                                                   {"a3", "b1"}});
  auto c = query::communities(s);
  auto of = [&](const char* id) { return c[*s.find(id)]; };
  CHECK(of("a1") == of("a2"));
  CHECK(of("a2") == of("a3"));
  CHECK(of("b1") == of("b2"));
  CHECK(of("b2") == of("b3"));
  CHECK(of("a1") != of("b1"));
  CHECK(of("solo") != of("a1"));
  CHECK(of("solo") != of("b1"));
  CHECK(of("solo") == 2);             // the smallest community is numbered last
  CHECK(query::communities(s) == c);  // deterministic
}
