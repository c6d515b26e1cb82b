// Tests for export/diagram_writer.h with query::select_subgraph: what a focus diagram
// holds, clusters, sizes, and an Arabic-script label rendered into SVG.
#include "export/diagram_writer.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "export/graphviz_handles.h"
#include "export/render.h"
#include "query/query_fixtures.h"
#include "query/subgraph.h"

namespace {

using namespace newsgraph;
using exporter::AgraphHandle;
using exporter::DiagramOptions;
using exporter::testing::real_vocabulary;
using query::testing::sample_graph;

AgraphHandle read_back(const std::string& dot) {
  AgraphHandle g(agmemread(dot.c_str()));
  REQUIRE(g);
  return g;
}

std::string attr(void* object, const char* name) {
  const char* value = agget(object, const_cast<char*>(name));
  return value ? value : "";
}

// Entity node names in the diagram (legend nodes left out).
std::set<std::string> entity_nodes(Agraph_t* g) {
  std::set<std::string> out;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    std::string name = agnameof(n);
    if (name.rfind("legend:", 0) != 0) out.insert(name);
  }
  return out;
}

std::string diagram(const store::GraphStore& s, const DiagramOptions& options = {}) {
  auto dot = exporter::to_diagram_dot(s, real_vocabulary(), options);
  REQUIRE(dot.ok());
  return dot.value();
}

store::GraphStore focus(const store::GraphStore& s, const char* id, unsigned depth,
                        query::RelationFilter filter = {}) {
  query::SubgraphOptions o;
  o.focus = *s.find(id);
  o.depth = depth;
  o.filter = std::move(filter);
  return query::select_subgraph(s, o);
}

}  // namespace

TEST_CASE("diagram: a focus diagram holds exactly the focus neighbourhood", "[export]") {
  auto s = sample_graph();
  DiagramOptions options;
  options.focus_id = "masrour-barzani";
  auto g = read_back(diagram(focus(s, "masrour-barzani", 1), options));
  CHECK(entity_nodes(g.get()) ==
        std::set<std::string>{"masrour-barzani", "nechirvan-barzani", "krg"});
  CHECK(agnedges(g.get()) == 2);
  Agnode_t* masrour = agnode(g.get(), const_cast<char*>("masrour-barzani"), 0);
  REQUIRE(masrour);
  CHECK(attr(masrour, "peripheries") == "2");
  CHECK(attr(masrour, "label") == "Masrour Barzani");
  Agnode_t* krg = agnode(g.get(), const_cast<char*>("krg"), 0);
  CHECK(attr(krg, "peripheries") == "1");
  CHECK(attr(krg, "tooltip").find("aliases: KRG") != std::string::npos);
  Agedge_t* met = agedge(g.get(), agnode(g.get(), const_cast<char*>("nechirvan-barzani"), 0),
                         masrour, nullptr, 0);
  REQUIRE(met);
  CHECK(attr(met, "dir") == "none");
  // The tooltip lists the statements with their dates.
  CHECK(attr(met, "tooltip").find("(2 statements)") != std::string::npos);
  CHECK(attr(met, "tooltip").find("2023-11-05: The two Barzanis held talks. [a2]") !=
        std::string::npos);

  auto wider = read_back(diagram(focus(s, "masrour-barzani", 2)));
  CHECK(entity_nodes(wider.get()) == std::set<std::string>{"masrour-barzani", "nechirvan-barzani",
                                                           "krg", "masoud-barzani", "erbil"});
}

TEST_CASE("diagram: filters change what is drawn", "[export]") {
  auto s = sample_graph();
  query::RelationFilter recent;
  recent.since = "2023-11";
  auto g = read_back(diagram(focus(s, "masrour-barzani", 2, recent)));
  // holdsPositionIn (2023-10) is gone, so the KRG is no longer within reach.
  CHECK(entity_nodes(g.get()) == std::set<std::string>{"masrour-barzani", "nechirvan-barzani"});
  Agedge_t* met = agfstout(g.get(), agnode(g.get(), const_cast<char*>("nechirvan-barzani"), 0));
  REQUIRE(met);
  CHECK(attr(met, "tooltip").find("(1 statement)") != std::string::npos);
  query::RelationFilter places;
  places.predicates = {"locatedIn"};
  CHECK(entity_nodes(read_back(diagram(focus(s, "iraq", 5, places))).get()) ==
        std::set<std::string>{"iraq", "erbil", "krg"});
}

TEST_CASE("diagram: clusters by class and node sizes", "[export]") {
  auto s = focus(sample_graph(), "masrour-barzani", 2);
  DiagramOptions options;
  options.include_legend = false;
  options.node_weight.assign(s.entity_count(), 0.0);
  options.node_weight[*s.find("krg")] = 1.0;
  for (auto [it, end] = boost::vertices(s.graph()); it != end; ++it)
    options.cluster_of.push_back(s.graph()[*it].type);
  auto g = read_back(diagram(s, options));
  std::set<std::string> labels;
  for (Agraph_t* sub = agfstsubg(g.get()); sub; sub = agnxtsubg(sub)) {
    labels.insert(attr(sub, "label"));
    if (attr(sub, "label") == "Person") CHECK(agnnodes(sub) == 3);
  }
  CHECK(labels == std::set<std::string>{"City", "GovernmentOrganization", "Person"});
  CHECK(attr(agnode(g.get(), const_cast<char*>("krg"), 0), "fontsize") == "24.0");
  CHECK(attr(agnode(g.get(), const_cast<char*>("erbil"), 0), "fontsize") == "10.0");

  options.cluster_of.pop_back();
  auto bad = exporter::to_diagram_dot(s, real_vocabulary(), options);
  CHECK(bad.status().code() == ErrorCode::kUsage);
}

TEST_CASE("diagram: an Arabic-script name renders into the SVG intact", "[export]") {
  const std::string arabic =
      "\u0645\u0633\u0639\u0648\u062f \u0628\u0627\u0631\u0632\u0627\u0646\u064a";  // مسعود بارزاني
  store::GraphStore s;
  auto a = s.add_entity(exporter::testing::entity("masoud", "Person", arabic));
  auto b = s.add_entity(
      exporter::testing::entity("erbil", "City", "\u0623\u0631\u0628\u064a\u0644"));  // أربيل
  s.add_relation(a, b, "locatedIn",
                 exporter::testing::evidence(
                     "a1", arabic + " \u0641\u064a \u0623\u0631\u0628\u064a\u0644.", 0),
                 false);
  DiagramOptions options;
  options.focus_id = "masoud";
  std::string svg;
  REQUIRE(exporter::render(diagram(s, options), "svg", "dot", svg).ok());
  CHECK(svg.find(">" + arabic + "</text>") != std::string::npos);
  CHECK(svg.find("\u0623\u0631\u0628\u064a\u0644") != std::string::npos);
}
