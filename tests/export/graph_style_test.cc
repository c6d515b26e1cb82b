// Tests for the styling shared by graph.dot and the diagrams (export/graph_style.h):
// attributes set through declared handles land on the object, as by name.
#include "export/graph_style.h"

#include <catch2/catch.hpp>
#include <string>

#include "export/export_fixtures.h"
#include "export/graphviz_handles.h"

namespace {

using newsgraph::exporter::AgraphHandle;
using newsgraph::exporter::cgraph_str;
using newsgraph::exporter::declare_attribute;
using newsgraph::exporter::declare_style_attributes;
using newsgraph::exporter::set_attribute;
using newsgraph::exporter::StyleAttributes;
using newsgraph::exporter::style_entity_node;
using newsgraph::exporter::style_relation_edge;
using newsgraph::exporter::testing::entity;
using newsgraph::exporter::testing::evidence;
using newsgraph::exporter::testing::real_vocabulary;
namespace store = newsgraph::store;

std::string attr(void* object, const char* name) {
  const char* value = agget(object, const_cast<char*>(name));
  return value ? value : "";
}

}  // namespace

TEST_CASE("Style attributes set through their handles land on each node and edge", "[export]") {
  AgraphHandle g(agopen(const_cast<char*>("g"), Agdirected, nullptr));
  REQUIRE(g);
  const StyleAttributes style = declare_style_attributes(g.get());
  Agsym_t* color = declare_attribute(g.get(), AGNODE, "color", "black");
  REQUIRE(color == agattr(g.get(), AGNODE, const_cast<char*>("color"), nullptr));
  Agnode_t* a = agnode(g.get(), cgraph_str("a"), 1);
  Agnode_t* b = agnode(g.get(), cgraph_str("b"), 1);
  Agnode_t* untouched = agnode(g.get(), cgraph_str("c"), 1);
  Agedge_t* e = agedge(g.get(), a, b, nullptr, 1);
  const auto vocab = real_vocabulary();

  style_entity_node(a, style, entity("a", "Person", "Ann"), vocab, 40);
  set_attribute(a, style.node_tooltip, "Person");
  set_attribute(a, color, "red");
  store::RelationEdge met;
  met.predicate = "metWith";  // symmetric: drawn without arrowheads
  met.evidence = {evidence("a1", "Ann met Bob.", 0), evidence("a2", "They met.", 0)};
  style_relation_edge(e, style, met, vocab);
  set_attribute(e, style.edge_tooltip, "Ann met Bob.");

  CHECK(attr(a, "label") == "Ann");
  CHECK(attr(a, "fillcolor") == "#8dd3c7");  // the vocabulary's colour for schema:Person
  CHECK(attr(a, "tooltip") == "Person");
  CHECK(attr(a, "color") == "red");
  CHECK(attr(e, "label") == "metWith");
  CHECK(attr(e, "penwidth") == "2.0");
  CHECK(attr(e, "dir") == "none");
  CHECK(attr(e, "tooltip") == "Ann met Bob.");
  // Declared defaults stay on everything not set.
  CHECK(attr(b, "label") == "");
  CHECK(attr(untouched, "shape") == "ellipse");
  CHECK(attr(untouched, "fillcolor") == "white");
  CHECK(attr(untouched, "color") == "black");
}
