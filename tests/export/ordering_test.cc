// Tests for the exporters' ordering helpers (export/ordering.h).
#include "export/ordering.h"

#include <catch2/catch.hpp>

#include "export/export_fixtures.h"

namespace {

using newsgraph::exporter::evidence_in_order;
using newsgraph::exporter::first_evidence;
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
