// Tests for the DOT export (export/dot_writer.h): the text is read back with cgraph.
#include "export/dot_writer.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "export/export_fixtures.h"
#include "export/graphviz_handles.h"

namespace {

using newsgraph::exporter::AgraphHandle;
using newsgraph::exporter::cgraph_str;
using newsgraph::exporter::DotOptions;
using newsgraph::exporter::escape_dot_text;
using newsgraph::exporter::to_dot;
using newsgraph::exporter::testing::entity;
using newsgraph::exporter::testing::evidence;
using newsgraph::exporter::testing::real_vocabulary;
using newsgraph::exporter::testing::sample_store;
namespace store = newsgraph::store;

AgraphHandle read_back(const std::string& dot) {
  AgraphHandle g(agmemread(dot.c_str()));
  REQUIRE(g);
  return g;
}

std::string attr(void* object, const char* name) {
  const char* value = agget(object, const_cast<char*>(name));
  return value ? value : "";
}

Agnode_t* find_node(Agraph_t* g, const std::string& name) { return agnode(g, cgraph_str(name), 0); }

// Inverse of escape_dot_text for text without control characters.
std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      out += s[i] == 'n' ? '\n' : s[i];
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("DOT parses back with one node per entity, one edge per relation, and a legend",
          "[export]") {
  auto vocab = real_vocabulary();
  auto dot = to_dot(sample_store(), vocab, DotOptions{});
  REQUIRE(dot.ok());
  auto g = read_back(dot.value());
  CHECK(agisdirected(g.get()));
  // 5 entities + 4 legend nodes (Person, GovernmentOrganization, NewsMediaOrganization, Country)
  CHECK(agnnodes(g.get()) == 5 + 4);
  CHECK(agnedges(g.get()) == 2);
  CHECK(attr(g.get(), "rankdir") == "LR");
  CHECK(attr(g.get(), "layout") == "dot");

  Agnode_t* n = find_node(g.get(), "kurdistan-regional-government");
  REQUIRE(n);
  CHECK(attr(n, "label") == "Kurdistan Regional Government");
  CHECK(attr(n, "shape") == vocab.find_class("GovernmentOrganization")->dot_shape);
  CHECK(attr(n, "fillcolor") == vocab.find_class("GovernmentOrganization")->dot_color);
  CHECK(attr(n, "style") == "filled");
  CHECK(unescape(attr(n, "tooltip")) == "GovernmentOrganization\naliases: KRG");

  Agnode_t* nechirvan = find_node(g.get(), "nechirvan-barzani");
  Agnode_t* masrour = find_node(g.get(), "masrour-barzani");
  REQUIRE(nechirvan);
  REQUIRE(masrour);
  Agedge_t* met = agedge(g.get(), nechirvan, masrour, nullptr, 0);
  REQUIRE(met);
  CHECK(attr(met, "label") == "metWith");
  CHECK(attr(met, "dir") == "none");  // symmetric
  CHECK(attr(met, "penwidth") == "2.0");
  CHECK(unescape(attr(met, "tooltip")) ==
        "Nechirvan Barzani met Masrour Barzani in Erbil. [a1] (2 statements)");
  Agedge_t* holds =
      agedge(g.get(), masrour, find_node(g.get(), "kurdistan-regional-government"), nullptr, 0);
  REQUIRE(holds);
  CHECK(attr(holds, "label") == "holdsPositionIn");
  CHECK(attr(holds, "dir") == "forward");

  Agraph_t* legend = agsubg(g.get(), const_cast<char*>("cluster_legend"), 0);
  REQUIRE(legend);
  CHECK(agnnodes(legend) == 4);
  CHECK(attr(legend, "label") == "Legend");
  for (Agnode_t* l = agfstnode(legend); l; l = agnxtnode(legend, l)) {
    const auto* cls = vocab.find_class(attr(l, "label"));
    REQUIRE(cls);
    CHECK(attr(l, "shape") == cls->dot_shape);
    CHECK(attr(l, "fillcolor") == cls->dot_color);
  }
}

TEST_CASE("DOT options: no legend, other engine, short labels", "[export]") {
  store::GraphStore s;
  s.add_entity(entity("long", "Person", "Abcdefghij \u0645\u0633\u0639\u0648\u062f Klmnop"));
  DotOptions options;
  options.include_legend = false;
  options.engine = "neato";
  options.rankdir = "";
  options.max_label_length = 14;
  auto dot = to_dot(s, real_vocabulary(), options);
  REQUIRE(dot.ok());
  auto g = read_back(dot.value());
  CHECK(agnnodes(g.get()) == 1);
  CHECK(agsubg(g.get(), const_cast<char*>("cluster_legend"), 0) == nullptr);
  CHECK(attr(g.get(), "layout") == "neato");
  CHECK(attr(find_node(g.get(), "long"), "label") == "Abcdefghij \u0645\u0633\u0639\u2026");
}

TEST_CASE("DOT output is identical whatever the insertion order", "[export]") {
  auto vocab = real_vocabulary();
  auto a = to_dot(sample_store(false), vocab, DotOptions{});
  auto b = to_dot(sample_store(true), vocab, DotOptions{});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value() == b.value());
}

TEST_CASE("DOT: hostile names, ids and evidence survive agwrite and agmemread", "[export]") {
  const std::string name = "Mas\"oud \\ <script>alert('x')</script>\nمسعود \\\"end\\";
  const std::string sentence = "He said \"no\\\" \\n <b>bold</b>\n\u0645\u0633\u0639\u0648\u062f\\";
  store::GraphStore s;
  auto a = s.add_entity(entity("ok-id", "Person", name, {{"alias \"q\"", 1}}));
  auto b = s.add_entity(entity("%1\\evil\"id\n", "Country", "\\"));
  auto c = s.add_entity(entity("node", "Country", "edge"));  // DOT keywords as names
  s.add_relation(a, b, "locatedIn", evidence("doc\"1\\", sentence, 0), false);
  s.add_relation(c, b, "locatedIn", evidence("d", "x", 0), false);
  DotOptions options;
  options.max_label_length = 0;
  auto dot = to_dot(s, real_vocabulary(), options);
  REQUIRE(dot.ok());
  auto g = read_back(dot.value());
  CHECK(agnnodes(g.get()) == 3 + 2);
  CHECK(agnedges(g.get()) == 2);

  Agnode_t* na = find_node(g.get(), "ok-id");
  REQUIRE(na);
  CHECK(unescape(attr(na, "label")) == name);
  CHECK(unescape(attr(na, "tooltip")) == "Person\naliases: alias \"q\"");
  Agnode_t* nb = find_node(g.get(), "~%251%5Cevil\"id%0A");  // escaped, still unique and readable
  REQUIRE(nb);
  CHECK(unescape(attr(nb, "label")) == "\\");
  REQUIRE(find_node(g.get(), "node"));
  CHECK(attr(find_node(g.get(), "node"), "label") == "edge");
  Agedge_t* e = agedge(g.get(), na, nb, nullptr, 0);
  REQUIRE(e);
  CHECK(unescape(attr(e, "tooltip")) == sentence + " [doc\"1\\]");
}

TEST_CASE("escape_dot_text output always survives a cgraph round trip", "[export]") {
  // cgraph 2.43's agwrite does not escape backslashes; escaped text must still read back.
  const char* pieces[] = {"a", "\\", "\"", "\n", " ", "\u0645", "<", ">", "{", ";", "\r\n"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int len = static_cast<int>(rng() % 300); len > 0; --len) text += pieces[rng() % 11];
    store::GraphStore s;
    s.add_entity(entity("n", "Person", text));
    DotOptions options;
    options.max_label_length = 0;
    auto dot = to_dot(s, real_vocabulary(), options);
    REQUIRE(dot.ok());
    auto g = read_back(dot.value());
    std::string expected = text;
    for (size_t at; (at = expected.find("\r\n")) != std::string::npos;) expected.erase(at, 1);
    REQUIRE(unescape(attr(find_node(g.get(), "n"), "label")) == (text.empty() ? "n" : expected));
  }
}

TEST_CASE("escape_dot_text escapes backslashes and line breaks, blanks control characters",
          "[export]") {
  CHECK(escape_dot_text("a\\b") == "a\\\\b");
  CHECK(escape_dot_text("a\nb\r\nc\rd") == "a\\nb\\nc\\nd");
  CHECK(escape_dot_text(std::string("a\x01\x7f\tb")) == "a  \tb");
  CHECK(escape_dot_text("\u0645\u0633\u0639\u0648\u062f \"q\"") ==
        "\u0645\u0633\u0639\u0648\u062f \"q\"");
}
