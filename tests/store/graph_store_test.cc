// Tests for store/graph_store: fusing evidence into edges, and copies and moves that keep
// the edge index pointing into the right graph.
#include "store/graph_store.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>

using namespace newsgraph;
using store::GraphStore;

namespace {

store::EntityVertex entity(const std::string& id) {
  store::EntityVertex e;
  e.id = id;
  e.name = id;
  e.type = "Person";
  return e;
}

store::Evidence evidence(std::string_view article) {
  store::Evidence ev;
  ev.article_id = article;
  return ev;
}

size_t evidence_count(const GraphStore& s) {
  size_t n = 0;
  for (auto [it, end] = boost::edges(s.graph()); it != end; ++it) n += s.graph()[*it].evidence.size();
  return n;
}

}  // namespace

TEST_CASE("a store fuses statements of one relation into one edge", "[store]") {
  GraphStore s;
  store::Vertex a = s.add_entity(entity("a")), b = s.add_entity(entity("b"));
  CHECK(s.add_entity(entity("a")) == a);  // the id is already there
  s.add_relation(a, b, "metWith", evidence("1"), /*symmetric=*/true);
  s.add_relation(b, a, "metWith", evidence("2"), /*symmetric=*/true);
  s.add_relation(b, a, "attacked", evidence("3"), /*symmetric=*/false);
  s.add_relation(a, b, "attacked", evidence("4"), /*symmetric=*/false);
  CHECK(s.entity_count() == 2);
  CHECK(s.relation_count() == 3);  // metWith once; attacked in each direction
  CHECK(evidence_count(s) == 4);
}

TEST_CASE("a copied store fuses into its own edges and leaves the original alone", "[store]") {
  GraphStore original;
  store::Vertex a = original.add_entity(entity("a")), b = original.add_entity(entity("b"));
  original.add_relation(a, b, "metWith", evidence("1"), true);
  GraphStore copy(original);
  copy.add_relation(b, a, "metWith", evidence("2"), true);
  CHECK(copy.relation_count() == 1);
  CHECK(evidence_count(copy) == 2);
  CHECK(evidence_count(original) == 1);
  GraphStore assigned;
  assigned = copy;
  assigned.add_relation(a, b, "metWith", evidence("3"), true);
  CHECK(evidence_count(assigned) == 3);
  CHECK(evidence_count(copy) == 2);
}

TEST_CASE("a moved store keeps its graph and its edge index", "[store]") {
  GraphStore s;
  store::Vertex a = s.add_entity(entity("a")), b = s.add_entity(entity("b"));
  s.add_relation(a, b, "metWith", evidence("1"), true);
  const store::Graph* graph = &s.graph();
  GraphStore moved(std::move(s));
  CHECK(&moved.graph() == graph);  // handed over, not copied
  moved.add_relation(b, a, "metWith", evidence("2"), true);
  CHECK(moved.relation_count() == 1);
  CHECK(evidence_count(moved) == 2);
  CHECK(moved.find("b") == b);
}

TEST_CASE("a store keeps the text of its evidence and mentions, and a copy keeps its own", "[store]") {
  auto copy = std::make_unique<GraphStore>();
  {
    GraphStore s;
    store::Vertex a = s.add_entity(entity("a")), b = s.add_entity(entity("b"));
    std::string article = "article-1", sentence = "A met B in Erbil.", date = "2024-05-01";
    store::Evidence ev;
    ev.article_id = article;
    ev.sentence = sentence;
    ev.date = date;
    ev.rule = "met";
    s.add_relation(a, b, "metWith", ev, true);
    s.add_edge(b, a, store::RelationEdge{"attacked", {ev}});
    std::string b_id = "b", a_id = "a";
    store::ArticleRecord record;
    record.id = "article-1";
    record.mentions = {b_id, a_id, b_id};
    s.add_article(record);
    b_id = "?";
    a_id = "?";
    // The caller's buffers change and go; the store's evidence does not.
    article.assign(article.size(), '?');
    sentence.assign(sentence.size(), '?');
    date.assign(date.size(), '?');
    *copy = s;
    for (auto [it, end] = boost::edges(s.graph()); it != end; ++it) {
      const store::Evidence& kept = s.graph()[*it].evidence.at(0);
      CHECK(kept.article_id == "article-1");
      CHECK(kept.sentence == "A met B in Erbil.");
      CHECK(kept.date == "2024-05-01");
      CHECK(kept.rule == "met");
    }
  }
  // The original is gone; the copy's evidence views the copy's own text.
  size_t checked = 0;
  for (auto [it, end] = boost::edges(copy->graph()); it != end; ++it, ++checked) {
    CHECK(copy->graph()[*it].evidence.at(0).sentence == "A met B in Erbil.");
    CHECK(copy->graph()[*it].evidence.at(0).article_id == "article-1");
  }
  CHECK(checked == 2);
  // Mention ids: the store's own copies, sorted and distinct.
  REQUIRE(copy->articles().size() == 1);
  CHECK(copy->articles()[0].mentions == std::vector<std::string_view>{"a", "b"});
}
