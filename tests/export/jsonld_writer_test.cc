// Tests for the JSON-LD export (export/jsonld_writer.h, export/jsonld_context.h).
#include "export/jsonld_writer.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <string>

#include "export/export_fixtures.h"
#include "export/jsonld_context.h"

namespace {

using newsgraph::ErrorCode;
using newsgraph::exporter::iri_segment;
using newsgraph::exporter::JsonLdOptions;
using newsgraph::exporter::to_jsonld;
using newsgraph::exporter::testing::entity;
using newsgraph::exporter::testing::evidence;
using newsgraph::exporter::testing::real_vocabulary;
using newsgraph::exporter::testing::sample_store;
namespace store = newsgraph::store;

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  return doc;
}

const rapidjson::Value* node(const rapidjson::Document& doc, const std::string& id) {
  for (const auto& n : doc["@graph"].GetArray())
    if (n.HasMember("@id") && id == n["@id"].GetString()) return &n;
  return nullptr;
}

std::string str(const rapidjson::Value& v, const char* key) {
  REQUIRE(v.HasMember(key));
  REQUIRE(v[key].IsString());
  return v[key].GetString();
}

std::string ref(const rapidjson::Value& v) {
  REQUIRE(v.IsObject());
  return str(v, "@id");
}

}  // namespace

TEST_CASE("JSON-LD has an inline context with prefixes, classes and properties", "[export]") {
  auto vocab = real_vocabulary();
  auto out = to_jsonld(sample_store(), vocab, JsonLdOptions{});
  REQUIRE(out.ok());
  auto doc = parse(out.value());
  REQUIRE(doc["@context"].IsObject());  // inline, never a remote URL
  const auto& ctx = doc["@context"];
  CHECK(str(ctx, "@base") == "https://newsgraph.dev/id/");
  CHECK(str(ctx, "schema") == "https://schema.org/");
  CHECK(str(ctx, "ng") == vocab.namespace_iri);
  CHECK(str(ctx, "xsd") == "http://www.w3.org/2001/XMLSchema#");
  CHECK(str(ctx, "name") == "schema:name");
  CHECK(str(ctx, "Person") == "schema:Person");
  CHECK(str(ctx, "MilitaryOrganization") == "ng:MilitaryOrganization");
  CHECK(str(ctx["metWith"], "@id") == "ng:metWith");
  CHECK(str(ctx["metWith"], "@type") == "@id");
  CHECK(str(ctx["datePublished"], "@type") == "xsd:date");
  CHECK(str(ctx["mentions"], "@container") == "@set");
  CHECK(str(ctx["subject"], "@id") == "rdf:subject");
  CHECK(str(ctx["confidence"], "@type") == "xsd:decimal");
  for (const auto& p : vocab.properties) CHECK(ctx.HasMember(p.name.c_str()));
  for (const auto& c : vocab.classes) CHECK(ctx.HasMember(c.name.c_str()));
}

TEST_CASE("JSON-LD writes entity, article and statement nodes", "[export]") {
  auto out = to_jsonld(sample_store(), real_vocabulary(), JsonLdOptions{});
  REQUIRE(out.ok());
  auto doc = parse(out.value());
  REQUIRE(doc["@graph"].IsArray());
  CHECK(doc["@graph"].Size() == 5 + 2 + 2);  // entities, articles, statements

  const auto* nechirvan = node(doc, "entity/nechirvan-barzani");
  REQUIRE(nechirvan);
  CHECK(str(*nechirvan, "@type") == "Person");
  CHECK(str(*nechirvan, "name") == "Nechirvan Barzani");
  REQUIRE((*nechirvan)["alternateName"].Size() == 1);
  CHECK(std::string((*nechirvan)["alternateName"][0].GetString()) == "Nechervan Barzani");
  CHECK((*nechirvan)["mentionCount"].GetUint() == 4);
  REQUIRE((*nechirvan)["metWith"].IsArray());
  REQUIRE((*nechirvan)["metWith"].Size() == 1);
  CHECK(ref((*nechirvan)["metWith"][0]) == "entity/masrour-barzani");

  const auto* masrour = node(doc, "entity/masrour-barzani");
  REQUIRE(masrour);
  CHECK(ref((*masrour)["holdsPositionIn"][0]) == "entity/kurdistan-regional-government");
  CHECK_FALSE(masrour->HasMember("metWith"));  // a symmetric relation is stored once
  CHECK(str(*node(doc, "entity/kurdistan-regional-government"), "@type") ==
        "GovernmentOrganization");

  const auto* article = node(doc, "article/a1");
  REQUIRE(article);
  CHECK(str(*article, "@type") == "NewsArticle");
  CHECK(str(*article, "identifier") == "a1");
  CHECK(str(*article, "datePublished") == "2023-10-23");
  CHECK(str(*article, "headline") == "Barzanis meet in Erbil");
  CHECK(ref((*article)["publisher"]) == "entity/kurdistan24");
  CHECK(ref((*article)["locationCreated"]) == "entity/iraq");
  CHECK((*article)["mentions"].Size() == 4);
  const auto* bare = node(doc, "article/a2");
  REQUIRE(bare);
  CHECK_FALSE(bare->HasMember("datePublished"));
  CHECK_FALSE(bare->HasMember("publisher"));

  const auto* met = node(doc, "statement/nechirvan-barzani--metWith--masrour-barzani");
  REQUIRE(met);
  CHECK(str(*met, "@type") == "rdf:Statement");
  CHECK(ref((*met)["subject"]) == "entity/nechirvan-barzani");
  CHECK(ref((*met)["predicate"]) == "https://newsgraph.dev/ontology#metWith");
  CHECK(ref((*met)["object"]) == "entity/masrour-barzani");
  CHECK((*met)["evidenceCount"].GetUint() == 2);
  CHECK(str(*met, "cameoRoot") == "consult");
  CHECK(str(*met, "cameoCode") == "04");
  const auto& ev = (*met)["evidence"];
  REQUIRE(ev.Size() == 2);
  CHECK(str(ev[0], "@type") == "ng:Evidence");
  CHECK(ref(ev[0]["article"]) == "article/a1");
  CHECK(str(ev[0], "sentence") == "Nechirvan Barzani met Masrour Barzani in Erbil.");
  CHECK(ev[0]["charStart"].GetUint() == 0);
  CHECK(ev[0]["charEnd"].GetUint() == 47);
  CHECK(str(ev[0], "rule") == "test.rule");
  CHECK(str(ev[0], "confidence") == "0.75");
  CHECK(str(ev[0], "eventDate") == "2023-10-22");
  CHECK(ref(ev[1]["article"]) == "article/a2");

  const auto* holds =
      node(doc, "statement/masrour-barzani--holdsPositionIn--kurdistan-regional-government");
  REQUIRE(holds);
  CHECK(str((*holds)["evidence"][0], "qualifier") == "Prime Minister");
  CHECK_FALSE(holds->HasMember("cameoRoot"));
}

TEST_CASE("JSON-LD output is byte-identical whatever the insertion order", "[export]") {
  auto vocab = real_vocabulary();
  auto a = to_jsonld(sample_store(false), vocab, JsonLdOptions{});
  auto b = to_jsonld(sample_store(true), vocab, JsonLdOptions{});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value() == b.value());
  CHECK(a.value() == to_jsonld(sample_store(false), vocab, JsonLdOptions{}).value());
}

TEST_CASE("JSON-LD options: compact output and no statements", "[export]") {
  JsonLdOptions options;
  options.pretty = false;
  options.include_statements = false;
  auto out = to_jsonld(sample_store(), real_vocabulary(), options);
  REQUIRE(out.ok());
  CHECK(out.value().find('\n') == out.value().size() - 1);  // one line
  auto doc = parse(out.value());
  CHECK(doc["@graph"].Size() == 7);
  CHECK(node(doc, "entity/nechirvan-barzani")->HasMember("metWith"));  // direct triples stay
}

TEST_CASE("JSON-LD keeps unknown types and predicates under ng:", "[export]") {
  store::GraphStore s;
  auto a = s.add_entity(entity("a", "Spaceship", "Enterprise"));
  auto b = s.add_entity(entity("b", "Person", "Kirk"));
  s.add_relation(b, a, "commands", evidence("x", "Kirk commands the Enterprise.", 0), false);
  auto out = to_jsonld(s, real_vocabulary(), JsonLdOptions{});
  REQUIRE(out.ok());
  auto doc = parse(out.value());
  CHECK(str(*node(doc, "entity/a"), "@type") == "ng:Spaceship");
  CHECK(ref((*node(doc, "entity/b"))["ng:commands"][0]) == "entity/a");
  CHECK(ref((*node(doc, "statement/b--commands--a"))["predicate"]) ==
        "https://newsgraph.dev/ontology#commands");
}

TEST_CASE("JSON-LD: hostile text round-trips and ids stay one IRI segment", "[export]") {
  const std::string name = "Mas\"oud \\ <script>alert(1)</script>\nمسعود";
  const std::string sentence = "He said: \"no\" \\ </script>\n\tمسعود\u2028end";
  store::GraphStore s;
  auto a =
      s.add_entity(entity("file#3/..", "Person", name, {{"\u0645\u0633\u0639\u0648\u062f", 1}}));
  auto b = s.add_entity(entity("100% sure?", "Country", "X"));
  s.add_relation(a, b, "locatedIn", evidence("doc#2", sentence, 5), false);
  auto out = to_jsonld(s, real_vocabulary(), JsonLdOptions{});
  REQUIRE(out.ok());
  auto doc = parse(out.value());
  const auto* n = node(doc, "entity/file%233%2F..");
  REQUIRE(n);
  CHECK(str(*n, "name") == name);
  CHECK(std::string((*n)["alternateName"][0].GetString()) == "\u0645\u0633\u0639\u0648\u062f");
  const auto* st = node(doc, "statement/file%233%2F..--locatedIn--100%25%20sure%3F");
  REQUIRE(st);
  CHECK(str((*st)["evidence"][0], "sentence") == sentence);
  CHECK(ref((*st)["evidence"][0]["article"]) == "article/doc%232");
}

TEST_CASE("JSON-LD: an id referred to from many places has the same IRI in each", "[export]") {
  // The writer computes each IRI once and reuses it; every use must still be this id's.
  store::GraphStore s;
  auto a = s.add_entity(entity("a/b c", "Person", "A"));
  auto b = s.add_entity(entity("d%e", "Country", "D"));
  auto c = s.add_entity(entity("f", "Country", "F"));
  s.add_relation(a, b, "locatedIn", evidence("doc #1", "A is in D.", 0), false);
  s.add_relation(a, c, "locatedIn", evidence("doc #1", "A is in F.", 20), false);
  s.add_relation(c, b, "locatedIn", evidence("doc #2", "F is in D.", 0), false);
  for (const char* id : {"doc #1", "doc #2"}) {
    store::ArticleRecord article;
    article.id = id;
    article.publisher_id = "a/b c";
    article.dateline_place_id = "d%e";
    article.mentions = {"a/b c", "d%e", "f"};
    s.add_article(article);
  }
  auto out = to_jsonld(s, real_vocabulary(), JsonLdOptions{});
  REQUIRE(out.ok());
  auto doc = parse(out.value());
  for (const char* article : {"article/doc%20%231", "article/doc%20%232"}) {
    const auto* n = node(doc, article);
    REQUIRE(n);
    CHECK(ref((*n)["publisher"]) == "entity/a%2Fb%20c");
    CHECK(ref((*n)["locationCreated"]) == "entity/d%25e");
    REQUIRE((*n)["mentions"].Size() == 3);
    CHECK(ref((*n)["mentions"][0]) == "entity/a%2Fb%20c");
    CHECK(ref((*n)["mentions"][1]) == "entity/d%25e");
    CHECK(ref((*n)["mentions"][2]) == "entity/f");
  }
  const auto* subject = node(doc, "entity/a%2Fb%20c");
  REQUIRE(subject);
  REQUIRE((*subject)["locatedIn"].Size() == 2);
  CHECK(ref((*subject)["locatedIn"][0]) == "entity/d%25e");
  CHECK(ref((*subject)["locatedIn"][1]) == "entity/f");
  const auto* st = node(doc, "statement/f--locatedIn--d%25e");
  REQUIRE(st);
  CHECK(ref((*st)["subject"]) == "entity/f");
  CHECK(ref((*st)["object"]) == "entity/d%25e");
  CHECK(ref((*st)["evidence"][0]["article"]) == "article/doc%20%232");
  st = node(doc, "statement/a%2Fb%20c--locatedIn--f");
  REQUIRE(st);
  CHECK(ref((*st)["subject"]) == "entity/a%2Fb%20c");
  CHECK(ref((*st)["evidence"][0]["article"]) == "article/doc%20%231");
}

TEST_CASE("JSON-LD: equal triples and a clashing id still get distinct statement ids",
          "[export]") {
  store::GraphStore s;
  auto a = s.add_entity(entity("s", "Person", "S"));
  auto b = s.add_entity(entity("o", "Country", "O"));
  auto c = s.add_entity(entity("o--2", "Country", "O2"));
  for (const char* article : {"a1", "a2"}) {  // two equal edges, kept apart by add_edge
    store::RelationEdge edge;
    edge.predicate = "locatedIn";
    edge.evidence = {evidence(article, "S is in O.", 0)};
    s.add_edge(a, b, edge);
  }
  s.add_relation(a, c, "locatedIn", evidence("a3", "S is in O2.", 0), false);
  auto out = to_jsonld(s, real_vocabulary(), JsonLdOptions{});
  REQUIRE(out.ok());
  auto doc = parse(out.value());
  const auto* first = node(doc, "statement/s--locatedIn--o");
  const auto* second = node(doc, "statement/s--locatedIn--o--2");
  const auto* third = node(doc, "statement/s--locatedIn--o--2--2");
  REQUIRE(first);
  REQUIRE(second);
  REQUIRE(third);
  CHECK(ref((*first)["evidence"][0]["article"]) == "article/a1");
  CHECK(ref((*second)["evidence"][0]["article"]) == "article/a2");
  CHECK(ref((*third)["object"]) == "entity/o--2");
}

TEST_CASE("iri_segment encodes structure characters and dot segments only", "[export]") {
  CHECK(iri_segment("nechirvan-barzani") == "nechirvan-barzani");
  CHECK(iri_segment("file#3") == "file%233");
  CHECK(iri_segment("a/b?c d%") == "a%2Fb%3Fc%20d%25");
  CHECK(iri_segment("..") == "%2E%2E");
  CHECK(iri_segment("a..b") == "a..b");
  CHECK(iri_segment("\u0645\u0633\u0639\u0648\u062f") == "\u0645\u0633\u0639\u0648\u062f");
  // Bidi controls (E2 80 8F, E2 81 A6) are escaped; other characters led by E2 are kept.
  CHECK(iri_segment("per/a\u200Fb\u2066") == "per%2Fa%E2%80%8Fb%E2%81%A6");
  CHECK(iri_segment("x\u2014y\u20AC") == "x\u2014y\u20AC");
  CHECK(iri_segment("\u200F") == "%E2%80%8F");
  CHECK(iri_segment("") == "");
}

TEST_CASE("JSON-LD rejects invalid UTF-8 and a vocabulary term that collides", "[export]") {
  auto vocab = real_vocabulary();
  store::GraphStore s;
  s.add_entity(entity("bad", "Person", std::string("Bad\xff\xfe")));
  auto out = to_jsonld(s, vocab, JsonLdOptions{});
  REQUIRE_FALSE(out.ok());
  CHECK(out.status().code() == ErrorCode::kInvalidInput);
  CHECK(out.status().message().find("entity/bad") != std::string::npos);

  auto clashing = vocab;
  clashing.properties.push_back({});
  clashing.properties.back().name = "name";
  clashing.properties.back().iri = "https://example.org/name";
  auto clash = to_jsonld(sample_store(), clashing, JsonLdOptions{});
  REQUIRE_FALSE(clash.ok());
  CHECK(clash.status().code() == ErrorCode::kInvalidInput);
  CHECK(clash.status().message().find("\"name\"") != std::string::npos);
}
