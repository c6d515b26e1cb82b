// Tests for export/graphml_writer.h: the GraphML read back, by boost::read_graphml when
// the test binary links libboost_graph (NEWSGRAPH_HAVE_BOOST_GRAPH_LIB), and always by an
// XML parser (Boost.PropertyTree).
#include "export/graphml_writer.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "export/export_fixtures.h"

#ifdef NEWSGRAPH_HAVE_BOOST_GRAPH_LIB
#include <boost/graph/graphml.hpp>
#endif

namespace {

using namespace newsgraph;
using exporter::testing::entity;
using exporter::testing::evidence;
using exporter::testing::sample_store;

store::GraphStore hostile() {
  store::GraphStore s = sample_store();
  auto a = s.add_entity(
      entity("x&y", "Person", "<Mas\"oud> & \u0645\u0633\u0639\u0648\u062f\x01", {{"a;b", 1}}));
  s.add_relation(a, *s.find("iraq"), "locatedIn", evidence("a3", "In <Iraq> & \"there\".", 0),
                 false);
  return s;
}

}  // namespace

TEST_CASE("GraphML parses as XML with one node per entity and one edge per relation", "[export]") {
  auto out = exporter::to_graphml(hostile());
  REQUIRE(out.ok());
  std::istringstream in(out.value());
  boost::property_tree::ptree tree;
  REQUIRE_NOTHROW(boost::property_tree::read_xml(in, tree));
  std::map<std::string, std::string> key_names;  // key id -> attr.name
  for (const auto& [tag, child] : tree.get_child("graphml"))
    if (tag == "key")
      key_names[child.get<std::string>("<xmlattr>.id")] = child.get<std::string>(
          boost::property_tree::ptree::path_type("<xmlattr>/attr.name", '/'));
  std::set<std::string> names;
  size_t nodes = 0, edges = 0;
  for (const auto& [tag, child] : tree.get_child("graphml.graph")) {
    if (tag == "node") ++nodes;
    if (tag == "edge") ++edges;
    if (tag != "node") continue;
    for (const auto& [dtag, data] : child)
      if (dtag == "data" && key_names[data.get<std::string>("<xmlattr>.key")] == "name")
        names.insert(data.data());
  }
  CHECK(nodes == 6);
  CHECK(edges == 3);
  CHECK(names.count("<Mas\"oud> & \u0645\u0633\u0639\u0648\u062f ") ==
        1);  // control character made a space
  CHECK(names.count("Nechirvan Barzani") == 1);
}

#ifdef NEWSGRAPH_HAVE_BOOST_GRAPH_LIB
TEST_CASE("GraphML reads back with boost::read_graphml: same counts, names and data", "[export]") {
  const store::GraphStore s = hostile();
  auto out = exporter::to_graphml(s);
  REQUIRE(out.ok());
  exporter::GraphmlGraph back;
  boost::dynamic_properties dp = exporter::graphml_properties(back);
  std::istringstream in(out.value());
  REQUIRE_NOTHROW(boost::read_graphml(in, back, dp));
  CHECK(boost::num_vertices(back) == s.entity_count());
  CHECK(boost::num_edges(back) == s.relation_count());
  std::map<std::string, exporter::GraphmlVertex> by_id;
  for (auto [it, end] = boost::vertices(back); it != end; ++it)
    by_id[back[*it].entity_id] = back[*it];
  CHECK(by_id.at("kurdistan-regional-government").name == "Kurdistan Regional Government");
  CHECK(by_id.at("kurdistan-regional-government").alternate_names == "KRG");
  CHECK(by_id.at("kurdistan-regional-government").mention_count == 5);
  CHECK(by_id.at("x&y").alternate_names == "a;b");
  std::set<std::string> edges;
  for (auto [it, end] = boost::edges(back); it != end; ++it)
    edges.insert(back[boost::source(*it, back)].entity_id + " " + back[*it].predicate + " " +
                 back[boost::target(*it, back)].entity_id + " " +
                 std::to_string(back[*it].evidence_count) + " " + back[*it].first_date);
  CHECK(edges == std::set<std::string>{
                     "nechirvan-barzani metWith masrour-barzani 2 2023-10-22",
                     "masrour-barzani holdsPositionIn kurdistan-regional-government 1 2023-10-23",
                     "x&y locatedIn iraq 1 "});
}
#endif
