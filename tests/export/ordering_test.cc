// Tests for the exporters' ordering helpers (export/ordering.h).
#include "export/ordering.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "export/export_fixtures.h"

namespace {

using newsgraph::exporter::evidence_in_order;
using newsgraph::exporter::first_evidence;
using newsgraph::exporter::relations_in_order;
using newsgraph::exporter::testing::evidence;
namespace store = newsgraph::store;

}  // namespace

TEST_CASE("first_evidence is the evidence evidence_in_order puts first", "[export]") {
  store::RelationEdge edge;
  edge.predicate = "metWith";
  CHECK(first_evidence(edge) == nullptr);

  edge.evidence = {evidence("a2", "Later.", 0), evidence("a1", "Second.", 40),
                   evidence("a1", "First.", 10), evidence("a1", "First.", 10)};
  const store::Evidence* first = first_evidence(edge);
  REQUIRE(first);
  CHECK(first->sentence == "First.");
  // Of two equal ones, the earlier in the edge, as the stable sort keeps it.
  CHECK(first == &edge.evidence[2]);
  CHECK(first == evidence_in_order(edge).front());

  edge.evidence = {evidence("a3", "Only.", 5)};
  CHECK(first_evidence(edge) == &edge.evidence[0]);
}

TEST_CASE("relations_in_order: by subject id, predicate and object id, ties in edge order",
          "[export]") {
  // Ids added out of order, one id on two vertices (a Graph, unlike a GraphStore, allows
  // it), and parallel edges with equal keys; compared with a sort on the strings themselves.
  store::Graph graph;
  const std::vector<std::string> ids = {"per/c", "org/a", "loc/b", "per/c", "org/aa", "loc/"};
  std::vector<store::Vertex> vertices;
  for (const std::string& id : ids) {
    store::EntityVertex entity;
    entity.id = id;
    vertices.push_back(boost::add_vertex(entity, graph));
  }
  const std::vector<std::string> predicates = {"metWith", "locatedIn", "attacked"};
  std::mt19937 random(7);
  for (int i = 0; i < 200; ++i) {
    store::RelationEdge edge;
    edge.predicate = predicates[random() % predicates.size()];
    boost::add_edge(vertices[random() % vertices.size()], vertices[random() % vertices.size()],
                    edge, graph);
  }
  std::vector<store::Edge> expected;
  for (auto [it, end] = boost::edges(graph); it != end; ++it) expected.push_back(*it);
  std::stable_sort(expected.begin(), expected.end(), [&](store::Edge a, store::Edge b) {
    auto key = [&](store::Edge e) {
      return std::tie(graph[boost::source(e, graph)].id, graph[e].predicate,
                      graph[boost::target(e, graph)].id);
    };
    return key(a) < key(b);
  });
  CHECK(relations_in_order(graph) == expected);
}
