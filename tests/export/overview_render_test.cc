// Tests for capped diagrams: query::select_overview (which entities and relations a large
// graph's drawing keeps), its caption, the rendered SVG (at most N entity nodes and the
// caption above the cap, every node below it), and the styling shared by graph.dot and the
// diagrams (export/graph_style.h).
#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>

#include "export/diagram_writer.h"
#include "export/dot_writer.h"
#include "export/export_fixtures.h"
#include "export/graphviz_handles.h"
#include "export/render.h"
#include "query/overview.h"

namespace {

using namespace newsgraph;
using exporter::testing::entity;
using exporter::testing::evidence;
using exporter::testing::real_vocabulary;

std::string pad(size_t i) {
  std::string s = std::to_string(i);
  return std::string(3 - s.size(), '0') + s;
}

// A hub-and-spokes graph of `n` entities: hub "e000" related to every other, each spoke
// "eNNN" to its successor, and spoke i to spoke 2i; entity i mentioned n - i times. With
// `reversed`, everything is inserted in the opposite order.
store::GraphStore star(size_t n, bool reversed = false) {
  store::GraphStore s;
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = reversed ? n - 1 - i : i;
  for (size_t i : order)
    s.add_entity(entity("e" + pad(i), i % 3 ? "Person" : "Country", "Entity " + std::to_string(i),
                        {}, static_cast<uint32_t>(n - i)));
  struct Link {
    size_t a, b;
    const char* predicate;
    size_t statements;
  };
  std::vector<Link> links;
  for (size_t i = 1; i < n; ++i) links.push_back({0, i, "metWith", 1 + i % 3});
  for (size_t i = 1; i + 1 < n; ++i) links.push_back({i, i + 1, "attacked", 1});
  for (size_t i = 1; 2 * i < n; ++i) links.push_back({i, 2 * i, "condemned", 2});
  if (reversed) std::reverse(links.begin(), links.end());
  for (const Link& l : links)
    for (size_t k = 0; k < l.statements; ++k)
      s.add_relation(*s.find("e" + pad(l.a)), *s.find("e" + pad(l.b)), l.predicate,
                     evidence("a" + std::to_string(k), "Sentence " + std::to_string(k) + ".",
                              static_cast<uint32_t>(10 * k)),
                     std::string(l.predicate) == "metWith");
  store::ArticleRecord a0;
  a0.id = "a0";
  a0.date = "2024-01-01";
  s.add_article(a0);
  return s;
}

std::set<std::string> ids(const store::GraphStore& s) {
  std::set<std::string> out;
  for (auto [it, end] = boost::vertices(s.graph()); it != end; ++it) out.insert(s.graph()[*it].id);
  return out;
}

std::set<std::string> relations(const store::GraphStore& s) {
  std::set<std::string> out;
  const store::Graph& g = s.graph();
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    out.insert(g[boost::source(*it, g)].id + " " + g[*it].predicate + " " +
               g[boost::target(*it, g)].id);
  return out;
}

// Entity nodes in an SVG written by Graphviz: <title> of each class="node" group, legend
// nodes left out.
std::set<std::string> svg_entity_nodes(const std::string& svg) {
  std::set<std::string> out;
  static const std::regex node(R"(<g id="node\d+" class="node">\s*<title>([^<]*)</title>)");
  for (std::sregex_iterator it(svg.begin(), svg.end(), node), end; it != end; ++it) {
    std::string title = (*it)[1];
    if (title.rfind("legend:", 0) != 0) out.insert(title);
  }
  return out;
}

std::string render_svg(const std::string& dot, const std::string& engine = "dot") {
  std::string svg;
  Status s = exporter::render(dot, "svg", engine, svg);
  INFO(s.message());
  REQUIRE(s.ok());
  return svg;
}

}  // namespace

TEST_CASE("overview: above the cap, the most connected entities and spanning relations",
          "[export][overview]") {
  const store::GraphStore s = star(40);  // 40 entities, 39 + 38 + 19 = 96 relations
  REQUIRE(s.entity_count() == 40);
  REQUIRE(s.relation_count() == 96);
  const query::OverviewLimits limits = query::OverviewLimits::for_entities(10);
  CHECK(limits.max_relations == 20);
  REQUIRE(query::exceeds(s, limits));

  query::Overview o = query::select_overview(s, limits);
  CHECK(o.capped());
  CHECK(o.total_entities == 40);
  CHECK(o.total_relations == 96);
  CHECK(o.store.entity_count() == 10);
  CHECK(o.store.relation_count() <= 20);
  // The hub has the most neighbours (39); then the even spokes 4..18 with 5 (hub, both
  // chain neighbours, double and half); then, among those with 4, the most mentioned: e002.
  std::set<std::string> kept = ids(o.store);
  CHECK(kept == std::set<std::string>{"e000", "e002", "e004", "e006", "e008", "e010", "e012",
                                      "e014", "e016", "e018"});
  // Every kept entity is linked to the drawing.
  for (auto [it, end] = boost::vertices(o.store.graph()); it != end; ++it)
    CHECK(boost::degree(*it, o.store.graph()) > 0);
  // Evidence travels with the relations; the article they cite is kept.
  CHECK(o.store.articles().size() == 1);
  // Among them: 9 hub relations and e002-e004, e004-e008, e006-e012, e008-e016.
  CHECK(o.store.relation_count() == 13);
  CHECK(query::overview_caption(o) ==
        "showing 10 of 40 entities (the most connected) and 13 of 96 relations (the best "
        "attested)");
}

TEST_CASE("overview: the same graph in any insertion order gives the same overview",
          "[export][overview]") {
  const auto limits = query::OverviewLimits::for_entities(12);
  query::Overview a = query::select_overview(star(50), limits);
  query::Overview b = query::select_overview(star(50, true), limits);
  CHECK(ids(a.store) == ids(b.store));
  CHECK(relations(a.store) == relations(b.store));
  auto vocab = real_vocabulary();
  exporter::DotOptions options;
  options.caption = query::overview_caption(a);
  auto dot_a = exporter::to_dot(a.store, vocab, options);
  auto dot_b = exporter::to_dot(b.store, vocab, options);
  REQUIRE(dot_a.ok());
  REQUIRE(dot_b.ok());
  CHECK(dot_a.value() == dot_b.value());
}

TEST_CASE("overview: the kept entity (a diagram's focus) stays, whatever its rank",
          "[export][overview]") {
  auto limits = query::OverviewLimits::for_entities(5);
  limits.keep_id = "e039";  // one of the least connected
  query::Overview o = query::select_overview(star(40), limits);
  CHECK(o.store.entity_count() == 5);
  CHECK(ids(o.store).count("e039"));
  CHECK(ids(o.store).count("e000"));
}

TEST_CASE("overview: within the limits nothing is cut; 0 means no limit", "[export][overview]") {
  const store::GraphStore s = star(8);  // 8 entities, 7 + 6 + 3 = 16 relations
  CHECK_FALSE(query::exceeds(s, query::OverviewLimits::for_entities(8)));
  CHECK_FALSE(query::exceeds(s, query::OverviewLimits::for_entities(0)));
  CHECK(query::exceeds(s, query::OverviewLimits::for_entities(7)));
  query::OverviewLimits relations_only;  // 100 entities, but only 10 relations
  relations_only.max_relations = 10;
  REQUIRE(query::exceeds(s, relations_only));
  query::Overview o = query::select_overview(s, relations_only);
  CHECK(o.store.entity_count() == 8);
  CHECK(o.store.relation_count() == 10);
  CHECK(query::overview_caption(o) ==
        "showing all 8 entities and 10 of 16 relations (the best attested)");
  query::Overview all = query::select_overview(s, query::OverviewLimits::for_entities(0));
  CHECK_FALSE(all.capped());
  CHECK(relations(all.store) == relations(s));
}

TEST_CASE("overview SVG: above the cap at most N entity nodes and the caption; below, all",
          "[export][overview]") {
  auto vocab = real_vocabulary();
  const store::GraphStore big = star(150);
  const auto limits = query::OverviewLimits::for_entities(20);
  REQUIRE(query::exceeds(big, limits));
  query::Overview o = query::select_overview(big, limits);
  exporter::DotOptions options;
  options.caption = query::overview_caption(o);
  auto dot = exporter::to_dot(o.store, vocab, options);
  REQUIRE(dot.ok());
  const std::string svg = render_svg(dot.value());
  CHECK(svg_entity_nodes(svg).size() == 20);
  CHECK(svg.find("showing 20 of 150 entities (the most connected)") != std::string::npos);

  // The same through the diagram writer, laid out by sfdp without edge labels.
  exporter::DiagramOptions diagram;
  diagram.engine = "sfdp";
  diagram.rankdir.clear();
  diagram.include_legend = false;
  diagram.edge_labels = false;
  diagram.caption = options.caption;
  auto diagram_dot = exporter::to_diagram_dot(o.store, vocab, diagram);
  REQUIRE(diagram_dot.ok());
  const std::string diagram_svg = render_svg(diagram_dot.value(), "sfdp");
  CHECK(svg_entity_nodes(diagram_svg) == svg_entity_nodes(svg));
  CHECK(diagram_svg.find("showing 20 of 150 entities") != std::string::npos);
  CHECK(diagram_svg.find(">metWith<") == std::string::npos);  // no edge label text

  const store::GraphStore small = star(12);
  REQUIRE_FALSE(query::exceeds(small, query::OverviewLimits::for_entities(100)));
  auto small_dot = exporter::to_dot(small, vocab, exporter::DotOptions{});
  REQUIRE(small_dot.ok());
  const std::string small_svg = render_svg(small_dot.value());
  CHECK(svg_entity_nodes(small_svg) == ids(small));
  CHECK(small_svg.find("showing") == std::string::npos);
}

TEST_CASE("layout engine and edge labels by drawing size", "[export][overview]") {
  CHECK(exporter::default_engine(0) == "dot");
  CHECK(exporter::default_engine(exporter::kDotMaxRelations) == "dot");
  CHECK(exporter::default_engine(exporter::kDotMaxRelations + 1) == "sfdp");
  CHECK(exporter::edge_labels_fit(exporter::kLabelledMaxRelations));
  CHECK_FALSE(exporter::edge_labels_fit(exporter::kLabelledMaxRelations + 1));
}

TEST_CASE("graph.dot and the diagrams style entities and relations alike", "[export][overview]") {
  auto vocab = real_vocabulary();
  const store::GraphStore s = star(6);
  exporter::DotOptions dot_options;
  dot_options.edge_labels = false;
  auto dot = exporter::to_dot(s, vocab, dot_options);
  auto diagram = exporter::to_diagram_dot(s, vocab, exporter::DiagramOptions{});
  REQUIRE(dot.ok());
  REQUIRE(diagram.ok());
  exporter::AgraphHandle a(agmemread(dot.value().c_str()));
  exporter::AgraphHandle b(agmemread(diagram.value().c_str()));
  REQUIRE(a);
  REQUIRE(b);
  auto get = [](void* object, const char* name) {
    const char* v = agget(object, const_cast<char*>(name));
    return std::string(v ? v : "");
  };
  for (const char* id : {"e000", "e001", "legend:Country", "legend:Person"}) {
    Agnode_t* x = agnode(a.get(), const_cast<char*>(id), 0);
    Agnode_t* y = agnode(b.get(), const_cast<char*>(id), 0);
    REQUIRE(x);
    REQUIRE(y);
    for (const char* attribute : {"label", "shape", "fillcolor"})
      CHECK(get(x, attribute) == get(y, attribute));
  }
  Agnode_t* hub_a = agnode(a.get(), const_cast<char*>("e000"), 0);
  Agnode_t* spoke_a = agnode(a.get(), const_cast<char*>("e002"), 0);
  Agnode_t* hub_b = agnode(b.get(), const_cast<char*>("e000"), 0);
  Agnode_t* spoke_b = agnode(b.get(), const_cast<char*>("e002"), 0);
  Agedge_t* met_a = agedge(a.get(), hub_a, spoke_a, nullptr, 0);
  Agedge_t* met_b = agedge(b.get(), hub_b, spoke_b, nullptr, 0);
  REQUIRE(met_a);
  REQUIRE(met_b);
  for (const char* attribute : {"penwidth", "dir"})
    CHECK(get(met_a, attribute) == get(met_b, attribute));
  CHECK(get(met_a, "penwidth") == "2.6");  // 3 statements: 1 + log2(3)
  CHECK(get(met_a, "dir") == "none");      // metWith is symmetric
  // Without edge labels, graph.dot's tooltip names the predicate.
  CHECK(get(met_a, "label").empty());
  CHECK(get(met_a, "tooltip").rfind("metWith: ", 0) == 0);
  CHECK(get(met_b, "label") == "metWith");
}
