// Tests for export/neo4j_csv_writer.h: headers, labels, arrays, RFC 4180 quoting (read
// back with a strict CSV parser written here).
#include "export/neo4j_csv_writer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "export/export_fixtures.h"

namespace {

using namespace newsgraph;
using exporter::testing::entity;
using exporter::testing::evidence;
using exporter::testing::sample_store;

// RFC 4180: rows of fields; quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        rows.back().back() += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        rows.back().back() += c;
    } else if (c == '"') {
      REQUIRE(rows.back().back().empty());  // a quote only opens a field
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(rows.back() == std::vector<std::string>{""});  // the text ends with a line break
  rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("Neo4j CSV: headers, one row per entity and per relation, RFC 4180 quoting", "[export]") {
  store::GraphStore s = sample_store();
  auto a =
      s.add_entity(entity("q,1", "Person", "Mas\"oud, \"the\"\nelder", {{"x;y", 1}, {"z", 1}}));
  s.add_relation(a, *s.find("iraq"), "locatedIn",
                 evidence("a3", "He said, \"in Iraq\"\nthen left.", 0), false);
  exporter::Neo4jCsv csv = exporter::to_neo4j_csv(s);

  auto nodes = parse_csv(csv.nodes);
  REQUIRE(nodes.size() == 1 + 6);
  CHECK(nodes[0] == std::vector<std::string>{"id:ID", "name", ":LABEL", "aliases:string[]"});
  for (const auto& row : nodes) CHECK(row.size() == 4);
  CHECK(nodes[1] == std::vector<std::string>{"iraq", "Iraq", "Entity;Country", ""});
  CHECK(nodes[2] == std::vector<std::string>{"kurdistan-regional-government",
                                             "Kurdistan Regional Government",
                                             "Entity;GovernmentOrganization", "KRG"});
  CHECK(nodes[6] ==
        std::vector<std::string>{"q,1", "Mas\"oud, \"the\"\nelder", "Entity;Person", "x,y;z"});

  auto rels = parse_csv(csv.relationships);
  REQUIRE(rels.size() == 1 + 3);
  CHECK(rels[0] == std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "evidenceCount:int",
                                            "firstSentence"});
  CHECK(rels[2] == std::vector<std::string>{"nechirvan-barzani", "masrour-barzani", "metWith", "2",
                                            "Nechirvan Barzani met Masrour Barzani in Erbil."});
  CHECK(rels[3] == std::vector<std::string>{"q,1", "iraq", "locatedIn", "1",
                                            "He said, \"in Iraq\"\nthen left."});
}

TEST_CASE("csv_field quotes only when it must", "[export]") {
  CHECK(exporter::csv_field("plain text") == "plain text");
  CHECK(exporter::csv_field("a,b") == "\"a,b\"");
  CHECK(exporter::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(exporter::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(exporter::csv_field("") == "");
}
