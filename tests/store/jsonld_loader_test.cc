// Tests for store/jsonld_loader.h: our JSON-LD export read back into a GraphStore.
#include "store/jsonld_loader.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <limits>
#include <string>

#include "export/export_fixtures.h"
#include "export/jsonld_context.h"
#include "export/jsonld_writer.h"
#include "support/store_queries.h"

namespace {

using namespace newsgraph;
using exporter::JsonLdOptions;
using exporter::to_jsonld;
using exporter::testing::entity;
using exporter::testing::evidence;
using exporter::testing::real_vocabulary;
using exporter::testing::sample_store;

std::string export_of(const store::GraphStore& s, const ontology::Vocabulary& vocab,
                      JsonLdOptions options = {}) {
  auto out = to_jsonld(s, vocab, options);
  REQUIRE(out.ok());
  return out.value();
}

// store -> JSON-LD -> load -> JSON-LD: the two documents must be the same bytes.
void check_round_trip(const store::GraphStore& s, JsonLdOptions options = {}) {
  auto vocab = real_vocabulary();
  const std::string first = export_of(s, vocab, options);
  auto loaded = store::parse_graph_jsonld(first, vocab);
  REQUIRE(loaded.ok());
  CHECK(loaded.value().entity_count() == s.entity_count());
  CHECK(loaded.value().articles().size() == s.articles().size());
  CHECK(export_of(loaded.value(), vocab, options) == first);
}

// A store with everything awkward the writer handles: ids that need percent-encoding,
// Arabic script, quotes, backslashes, line breaks, unknown classes and predicates, an
// evidence without confidence and a parallel edge (statement "--2").
store::GraphStore hostile_store() {
  store::GraphStore s;
  auto a = s.add_entity(entity("file#3/..", "Person", "Mas\"oud \\ <b>\nمسعود",
                               {{"\u0645\u0633\u0639\u0648\u062f", 2}}, 7));
  auto b = s.add_entity(entity("100% sure?", "Country", "X"));
  auto c = s.add_entity(entity("..", "Spaceship", "Enterprise"));
  auto d = s.add_entity(
      entity("per/\u0645\u0633\u0639\u0648\u062f", "Person",
             "\u0645\u0633\u0639\u0648\u062f \u0628\u0627\u0631\u0632\u0627\u0646\u064a"));
  s.add_relation(a, b, "locatedIn",
                 evidence("doc#2", "He said: \"no\" \\ </script>\n\tمسعود\u2028end", 5), false);
  store::Evidence bare = evidence("doc#2", "Bare.", 90);
  bare.confidence = std::numeric_limits<float>::quiet_NaN();
  bare.rule = {};
  s.add_relation(a, c, "commands", bare, false);
  s.add_edge(a, b, store::RelationEdge{"locatedIn", {evidence("doc 3", "Again.", 1, "q", "2024-02-29")}});
  s.add_relation(d, a, "metWith", evidence("doc 3", "They met.", 7), true);
  store::ArticleRecord article;
  article.id = "doc#2";
  article.headline = "A \"headline\"\nover two lines";
  article.date = "2024-02-29";
  article.publisher_id = "100% sure?";
  article.mentions = {"file#3/..", "100% sure?", ".."};
  s.add_article(article);
  return s;
}

}  // namespace

TEST_CASE("JSON-LD loader: store -> JSON-LD -> store -> JSON-LD gives identical bytes", "[store]") {
  check_round_trip(sample_store());
  check_round_trip(sample_store(true));
  check_round_trip(hostile_store());
  check_round_trip(store::GraphStore{});
  JsonLdOptions compact;
  compact.pretty = false;
  check_round_trip(hostile_store(), compact);
}

TEST_CASE("JSON-LD loader restores entities, articles and evidence", "[store]") {
  auto vocab = real_vocabulary();
  auto loaded = store::parse_graph_jsonld(export_of(sample_store(), vocab), vocab);
  REQUIRE(loaded.ok());
  const store::GraphStore& s = loaded.value();
  const auto& g = s.graph();
  auto masrour = s.find("masrour-barzani");
  REQUIRE(masrour);
  CHECK(g[*masrour].name == "Masrour Barzani");
  CHECK(g[*masrour].type == "Person");
  CHECK(g[*masrour].mentions == 3);
  CHECK(g[*masrour].aliases.count(
            "\u0645\u0633\u0631\u0648\u0631 \u0628\u0627\u0631\u0632\u0627\u0646\u064a") == 1);
  CHECK(testing::articles_mentioning(s, *masrour) == std::set<std::string>{"a1", "a2"});
  CHECK(s.relation_count() == 2);
  for (auto [it, end] = boost::out_edges(*s.find("nechirvan-barzani"), g); it != end; ++it) {
    CHECK(g[*it].predicate == "metWith");
    REQUIRE(g[*it].evidence.size() == 2);
    CHECK(g[*it].evidence[0].date == "2023-10-22");
    CHECK(g[*it].evidence[0].confidence == 0.75f);
    CHECK(g[*it].evidence[0].offsets.end == 47);
  }
  REQUIRE(s.articles().size() == 2);
  CHECK(s.articles()[0].publisher_id == "kurdistan24");
  CHECK(s.articles()[0].dateline_place_id == "iraq");
}

TEST_CASE("JSON-LD loader: without statements the relations come from the direct triples",
          "[store]") {
  auto vocab = real_vocabulary();
  JsonLdOptions options;
  options.include_statements = false;
  auto loaded = store::parse_graph_jsonld(export_of(sample_store(), vocab, options), vocab);
  REQUIRE(loaded.ok());
  CHECK(loaded.value().relation_count() == 2);
  check_round_trip(sample_store(), options);
}

TEST_CASE("JSON-LD loader refuses remote contexts and files that are not our export", "[store]") {
  auto vocab = real_vocabulary();
  auto load = [&](const std::string& text) { return store::parse_graph_jsonld(text, vocab); };
  auto remote = load(R"({"@context": "https://schema.org/", "@graph": []})");
  REQUIRE_FALSE(remote.ok());
  CHECK(remote.status().code() == ErrorCode::kUnsupported);
  CHECK(remote.status().message().find("never fetches") != std::string::npos);
  auto mixed =
      load(R"({"@context": [{"a": "b"}, "https://example.org/ctx.jsonld"], "@graph": []})");
  REQUIRE_FALSE(mixed.ok());
  CHECK(mixed.status().code() == ErrorCode::kUnsupported);
  CHECK(
      load(R"({"@context": {"@import": "https://example.org/c"}, "@graph": []})").status().code() ==
      ErrorCode::kUnsupported);
  CHECK(load("not json").status().code() == ErrorCode::kParseError);
  CHECK(load(R"({"@context": {}})").status().code() == ErrorCode::kParseError);
  CHECK(load(R"({"@context": {}, "@graph": [{"@id": "thing/1"}]})").status().code() ==
        ErrorCode::kParseError);
  auto other_ontology = load(R"({"@context": {"ng": "https://example.org/other#"}, "@graph": []})");
  CHECK(other_ontology.status().code() == ErrorCode::kInvalidInput);
  auto dangling = load(R"({"@context": {}, "@graph": [
      {"@id": "entity/a", "name": "A", "mentionCount": 1},
      {"@id": "statement/a--metWith--b", "subject": {"@id": "entity/a"},
       "predicate": {"@id": "https://newsgraph.dev/ontology#metWith"}, "object": {"@id": "entity/b"}}]})");
  REQUIRE_FALSE(dangling.ok());
  CHECK(dangling.status().code() == ErrorCode::kInvalidInput);
  CHECK(dangling.status().message().find("\"b\"") != std::string::npos);
  auto twice = load(R"({"@context": {}, "@graph": [{"@id": "entity/a"}, {"@id": "entity/a"}]})");
  CHECK(twice.status().message().find("defined twice") != std::string::npos);
}

TEST_CASE("JSON-LD loader reads absolute ids under the base and reports missing files", "[store]") {
  auto vocab = real_vocabulary();
  auto loaded =
      store::parse_graph_jsonld(R"({"@context": {"@base": "https://newsgraph.dev/id/"}, "@graph": [
      {"@id": "https://newsgraph.dev/id/entity/x%2Fy", "@type": "City", "name": "X", "mentionCount": 2}]})",
                                vocab);
  REQUIRE(loaded.ok());
  REQUIRE(loaded.value().find("x/y"));
  exporter::testing::ScratchDir dir;
  auto missing = store::load_graph_jsonld((dir.path() / "none.jsonld").string(), vocab);
  CHECK(missing.status().code() == ErrorCode::kIoError);
  const std::string path = (dir.path() / "graph.jsonld").string();
  std::ofstream(path) << export_of(sample_store(), vocab);
  auto from_file = store::load_graph_jsonld(path, vocab);
  REQUIRE(from_file.ok());
  CHECK(from_file.value().entity_count() == 5);
}

TEST_CASE("decode_iri_segment inverts iri_segment", "[store]") {
  for (const char* id : {"plain-id", "file#3/..", "100% sure?", "..",
                         "per/\u0645\u0633\u0639\u0648\u062f", "a b\tc"})
    CHECK(store::decode_iri_segment(exporter::iri_segment(id)) == id);
  CHECK(store::decode_iri_segment("bad%2") == "bad%2");
  CHECK(store::decode_iri_segment("bad%zz") == "bad%zz");
}
