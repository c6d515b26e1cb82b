// Tests for export/nquads_writer.h: triples, datatypes, escaping, and a strict parser
// (Debian's serdi) reading the output when it is installed.
#include "export/nquads_writer.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "export/export_fixtures.h"

namespace {

using namespace newsgraph;
using exporter::NQuadsOptions;
using exporter::to_nquads;
using exporter::testing::entity;
using exporter::testing::evidence;
using exporter::testing::real_vocabulary;
using exporter::testing::sample_store;

std::string nquads(const store::GraphStore& s, NQuadsOptions options = {}) {
  auto out = to_nquads(s, real_vocabulary(), options);
  REQUIRE(out.ok());
  return out.value();
}

bool has_line(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

size_t lines(const std::string& text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("N-Quads: the JSON-LD's triples with their datatypes", "[export]") {
  const std::string out = nquads(sample_store());
  const std::string id = "<https://newsgraph.dev/id/";
  CHECK(has_line(out,
                 id + "entity/nechirvan-barzani> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                      "<https://schema.org/Person> ."));
  CHECK(has_line(
      out, id + "entity/nechirvan-barzani> <https://schema.org/name> \"Nechirvan Barzani\" ."));
  CHECK(has_line(
      out,
      id + "entity/nechirvan-barzani> <https://schema.org/alternateName> \"Nechervan Barzani\" ."));
  CHECK(
      has_line(out, id + "entity/nechirvan-barzani> <https://newsgraph.dev/ontology#mentionCount> "
                         "\"4\"^^<http://www.w3.org/2001/XMLSchema#integer> ."));
  CHECK(has_line(out, id + "entity/nechirvan-barzani> <https://newsgraph.dev/ontology#metWith> " +
                          id + "entity/masrour-barzani> ."));
  CHECK(has_line(out, id + "article/a1> <https://schema.org/datePublished> "
                           "\"2023-10-23\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
  CHECK(has_line(
      out, id + "article/a1> <https://schema.org/publisher> " + id + "entity/kurdistan24> ."));
  // Statements in (subject, predicate, object) order: masrour's holdsPositionIn has _:e1.
  CHECK(has_line(out, id + "statement/nechirvan-barzani--metWith--masrour-barzani> "
                           "<https://newsgraph.dev/ontology#evidence> _:e2 ."));
  CHECK(has_line(out,
                 "_:e2 <https://newsgraph.dev/ontology#confidence> "
                 "\"0.75\"^^<http://www.w3.org/2001/XMLSchema#decimal> ."));
  CHECK(has_line(out,
                 "_:e2 <https://newsgraph.dev/ontology#charEnd> "
                 "\"47\"^^<http://www.w3.org/2001/XMLSchema#integer> ."));
  CHECK(has_line(out,
                 "_:e2 <https://newsgraph.dev/ontology#eventDate> "
                 "\"2023-10-22\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
  CHECK(has_line(out, "_:e1 <https://newsgraph.dev/ontology#qualifier> \"Prime Minister\" ."));
  CHECK(has_line(out, "_:e1 <https://newsgraph.dev/ontology#article> " + id + "article/a1> ."));
  // articles 10 + 4, entities 5 + 5 + 4 + 3 + 3, metWith 9 + 8 + 7, holdsPositionIn 6 + 8
  CHECK(lines(out) == 72);
  CHECK(out == nquads(sample_store(true)));  // insertion order does not matter

  NQuadsOptions named;
  named.graph_iri = "https://example.org/g";
  named.include_statements = false;
  const std::string in_graph = nquads(sample_store(), named);
  CHECK(has_line(in_graph,
                 id + "entity/iraq> <https://schema.org/name> \"Iraq\" <https://example.org/g> ."));
  CHECK(in_graph.find("_:e") == std::string::npos);
}

TEST_CASE("N-Quads: literals and IRIs are escaped as the grammar requires", "[export]") {
  store::GraphStore s;
  auto a = s.add_entity(
      entity("file#3/..", "Spaceship", "Mas\"oud \\ x\ny\rz\x01 \u0645\u0633\u0639\u0648\u062f"));
  auto b = s.add_entity(entity("b", "Person", "B"));
  s.add_relation(a, b, "commands", evidence("doc 1", "tab\there", 0), false);
  const std::string out = nquads(s);
  CHECK(out.find("\"Mas\\\"oud \\\\ x\\ny\\rz\\u0001 \u0645\u0633\u0639\u0648\u062f\"") !=
        std::string::npos);
  CHECK(out.find("<https://newsgraph.dev/id/entity/file%233%2F..>") != std::string::npos);
  CHECK(out.find("<https://newsgraph.dev/ontology#Spaceship>") != std::string::npos);
  CHECK(out.find("<https://newsgraph.dev/ontology#commands>") != std::string::npos);
  CHECK(out.find("\"tab\\u0009here\"") != std::string::npos);
  CHECK(out.find("<https://newsgraph.dev/id/article/doc%201>") != std::string::npos);

  store::GraphStore bad;
  bad.add_entity(entity("bad", "Person", std::string("Bad\xff")));
  auto rejected = to_nquads(bad, real_vocabulary(), {});
  REQUIRE_FALSE(rejected.ok());
  CHECK(rejected.status().message().find("entity/bad") != std::string::npos);
}

TEST_CASE("N-Quads: serdi parses the output strictly (when installed)", "[export]") {
  if (std::system("command -v serdi >/dev/null 2>&1") != 0) {
    WARN("serdi is not installed (apt-get install serdi); strict N-Quads parse skipped");
    return;
  }
  exporter::testing::ScratchDir dir;
  store::GraphStore s = sample_store();
  auto a = s.add_entity(
      entity("file#3/..", "Spaceship", "Mas\"oud \\ x\ny\x01 \u0645\u0633\u0639\u0648\u062f"));
  s.add_relation(a, *s.find("iraq"), "commands", evidence("doc 1", "tab\there \"q\"", 0), false);
  const std::string in = (dir.path() / "g.nq").string(), out = (dir.path() / "out.nq").string();
  std::ofstream(in) << nquads(s);
  REQUIRE(std::system(("serdi -q -i nquads -o nquads '" + in + "' > '" + out + "'").c_str()) == 0);
  std::ifstream reread(out);
  std::stringstream text;
  text << reread.rdbuf();
  CHECK(lines(text.str()) == lines(nquads(s)));
}
