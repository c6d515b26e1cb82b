// Tests for store/graph_store: fusing evidence into edges, and copies and moves that keep
// the edge index pointing into the right graph.
#include "store/graph_store.h"

#include <catch2/catch.hpp>

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

store::Evidence evidence(const std::string& article) {
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
