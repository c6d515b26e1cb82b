// Tests for resolve/merger: cross-article merging of small articles written for these
// tests (people and outlets invented), run through pipeline::process_articles and
// resolve::merge_documents with the real ontology.
#include "resolve/merger.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "pipeline/build.h"
#include "resolve/name_keys.h"
#include "support/knowledge_fixture.h"
#include "support/store_queries.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

struct Merged {
  std::vector<Doc> docs;
  resolve::MergeResult result;
};

Merged merge(const std::vector<Article>& articles) {
  Merged m;
  pipeline::BuildOptions options;
  m.docs = pipeline::process_articles(articles, knowledge(), options);
  m.result = resolve::merge_documents(pipeline::digest_articles(articles, knowledge(), options), knowledge().vocabulary,
                                      knowledge().lexicons);
  return m;
}

// Every vertex having `alias` among its surface forms.
std::vector<store::Vertex> vertices_with_alias(const store::GraphStore& store, const std::string& alias) {
  std::vector<store::Vertex> out;
  const store::Graph& g = store.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].aliases.count(alias)) out.push_back(*it);
  return out;
}

store::Vertex the_vertex(const store::GraphStore& store, const std::string& alias) {
  std::vector<store::Vertex> v = vertices_with_alias(store, alias);
  INFO("vertices with alias '" << alias << "'");
  REQUIRE(v.size() == 1);
  return v[0];
}

std::set<std::string> ids(const store::GraphStore& store) {
  std::set<std::string> out;
  const store::Graph& g = store.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) out.insert(g[*it].id);
  return out;
}

std::string describe(const store::GraphStore& store) {
  std::string out;
  const store::Graph& g = store.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    out += g[*it].id + " (" + g[*it].type + ") aliases:";
    for (const auto& [alias, n] : g[*it].aliases) out += " '" + alias + "'";
    out += "\n";
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    out += g[boost::source(*it, g)].id + " -" + g[*it].predicate + "-> " +
           g[boost::target(*it, g)].id + " x" + std::to_string(g[*it].evidence.size()) + "\n";
  return out;
}

// Edges of `predicate` between two vertices, in either direction.
std::vector<store::Edge> edges_between(const store::GraphStore& store, store::Vertex a,
                                       store::Vertex b, const std::string& predicate) {
  std::vector<store::Edge> out;
  const store::Graph& g = store.graph();
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    store::Vertex s = boost::source(*it, g), t = boost::target(*it, g);
    if (g[*it].predicate == predicate && ((s == a && t == b) || (s == b && t == a))) out.push_back(*it);
  }
  return out;
}

const char* kHaidariDuhok =
    "Governor Shirwan Haidari met Mayor Luqman Barzinji in Duhok on Monday. "
    "Haidari said the new bridge would open in June.";
const char* kHaydariZakho =
    "Mayor Luqman Barzinji met Governor Sherwan Haydari in Zakho on Tuesday to discuss water.";
const char* kUnrelated =
    "Farmers in Basra protested against water cuts on Sunday. Azad Merani, a farmer, said the "
    "canals were dry.";

}  // namespace

TEST_CASE("spelling variants of one person merge into one vertex with both forms", "[resolve]") {
  Merged m = merge({testing::article(kHaidariDuhok, "2024-05-08", "duhok"),
                    testing::article(kHaydariZakho, "2024-05-09", "zakho")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  store::Vertex v = the_vertex(store, "Shirwan Haidari");
  const store::EntityVertex& e = store.graph()[v];
  CHECK(e.type == "Person");
  CHECK(e.aliases.count("Sherwan Haydari") == 1);
  CHECK(testing::articles_mentioning(store, v) == std::set<std::string>{"duhok", "zakho"});
  CHECK(e.mentions >= 2);
  CHECK((e.name == "Shirwan Haidari" || e.name == "Sherwan Haydari"));
  CHECK(e.id == "per/" + resolve::slug(e.name));
  // The bare surname resolved in its article is a mention, not an alias or a vertex.
  CHECK(e.aliases.count("Haidari") == 0);
  CHECK(vertices_with_alias(store, "Haidari").empty());
  // The reason names the transliteration key that brought the variant in.
  bool explained = false;
  for (const resolve::MergeReason& r : m.result.reasons)
    explained = explained || (r.entity_id == e.id && r.joined_via == "transliteration");
  CHECK(explained);
}

TEST_CASE("namesakes with different given names stay apart", "[resolve]") {
  Merged m = merge({testing::article(kHaidariDuhok, "2024-05-08", "duhok"),
                    testing::article("Kamal Haidari, a judge, said the court would sit in Erbil. "
                                     "Kamal Haidari was appointed last year.",
                                     "2024-05-09", "judge")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  store::Vertex shirwan = the_vertex(store, "Shirwan Haidari");
  store::Vertex kamal = the_vertex(store, "Kamal Haidari");
  CHECK(shirwan != kamal);
  CHECK(store.graph()[shirwan].id != store.graph()[kamal].id);
  CHECK(testing::articles_mentioning(store, kamal) == std::set<std::string>{"judge"});
  CHECK(store.graph()[kamal].aliases.count("Shirwan Haidari") == 0);
}

TEST_CASE("the same name as a person and as an organization stays apart", "[resolve]") {
  // An outlet named after its founder prints its name in the lead; another article names
  // the founder, a governor.
  Merged m = merge({testing::article("Dilan Rekani / The minister of electricity said on Sunday that "
                                     "power cuts would end by summer.",
                                     "", "outlet"),
                    testing::article("Governor Dilan Rekani opened a bridge in Zakho on Monday.",
                                     "2024-05-09", "governor")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  std::vector<store::Vertex> v = vertices_with_alias(store, "Dilan Rekani");
  REQUIRE(v.size() == 2);
  const store::EntityVertex& a = store.graph()[v[0]];
  const store::EntityVertex& b = store.graph()[v[1]];
  CHECK(a.id != b.id);
  std::set<std::string> types{a.type, b.type};
  CHECK(types == std::set<std::string>{"NewsMediaOrganization", "Person"});
  // The outlet is the first article's publisher; the person is not.
  REQUIRE(store.articles().size() == 2);
  const store::EntityVertex& outlet = a.type == "Person" ? b : a;
  CHECK(store.articles()[0].publisher_id == outlet.id);
  CHECK(store.articles()[1].publisher_id.empty());
}

TEST_CASE("a relation stated in two articles is one edge with two evidence", "[resolve]") {
  Merged m = merge({testing::article(kHaidariDuhok, "2024-05-08", "duhok"),
                    testing::article(kHaydariZakho, "2024-05-08", "zakho")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  store::Vertex governor = the_vertex(store, "Shirwan Haidari");
  store::Vertex mayor = the_vertex(store, "Luqman Barzinji");
  // Stated once each way round: metWith is symmetric, so it is still one edge.
  std::vector<store::Edge> edges = edges_between(store, governor, mayor, "metWith");
  REQUIRE(edges.size() == 1);
  const std::vector<store::Evidence>& evidence = store.graph()[edges[0]].evidence;
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].article_id == "duhok");
  CHECK(evidence[1].article_id == "zakho");
  CHECK(evidence[0].sentence ==
        "Governor Shirwan Haidari met Mayor Luqman Barzinji in Duhok on Monday.");
  CHECK(evidence[0].offsets.begin == 0);
  CHECK(evidence[0].offsets.size() == evidence[0].sentence.size());
  CHECK(evidence[1].sentence == kHaydariZakho);
  CHECK(evidence[0].date == "2024-05-06");  // Monday before a Wednesday
  CHECK(evidence[1].date == "2024-05-07");  // Tuesday before it
  for (const store::Evidence& ev : evidence) {
    CHECK_FALSE(ev.rule.empty());
    CHECK(ev.confidence > 0.f);
  }
  // The sentence text is what the offsets point at in the article.
  const Doc& duhok = m.docs[0];
  CHECK(std::string(duhok.text(evidence[0].offsets)) == evidence[0].sentence);
}

TEST_CASE("the same relation twice in one article is still one edge", "[resolve]") {
  Merged m = merge({testing::article(
      "Hawar Sindi met Luqman Barzinji in Duhok on Monday. On Tuesday, Hawar Sindi met "
      "Luqman Barzinji again in Zakho.",
      "2024-05-08", "twice")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  store::Vertex a = the_vertex(store, "Hawar Sindi");
  store::Vertex b = the_vertex(store, "Luqman Barzinji");
  std::vector<store::Edge> edges = edges_between(store, a, b, "metWith");
  REQUIRE(edges.size() == 1);
  CHECK(store.graph()[edges[0]].evidence.size() >= 1);
  CHECK(store.relation_count() == 1);
}

TEST_CASE("entity ids are stable when an unrelated article is added or the order changes",
          "[resolve]") {
  Article duhok = testing::article(kHaidariDuhok, "2024-05-08", "duhok");
  Article zakho = testing::article(kHaydariZakho, "2024-05-08", "zakho");
  Article basra = testing::article(kUnrelated, "2024-05-08", "basra");
  Merged two = merge({duhok, zakho});
  Merged three = merge({duhok, basra, zakho});
  Merged reversed = merge({zakho, duhok});
  INFO(describe(two.result.store));
  INFO(describe(three.result.store));
  std::set<std::string> before = ids(two.result.store);
  std::set<std::string> after = ids(three.result.store);
  REQUIRE_FALSE(before.empty());
  for (const std::string& id : before) {
    INFO(id);
    CHECK(after.count(id) == 1);
  }
  CHECK(after.size() > before.size());  // the unrelated article brought new entities
  CHECK(ids(reversed.result.store) == before);
  // The person's id in particular, and the relation's evidence, are unchanged.
  std::string id = two.result.store.graph()[the_vertex(two.result.store, "Shirwan Haidari")].id;
  CHECK(three.result.store.graph()[the_vertex(three.result.store, "Shirwan Haidari")].id == id);
  REQUIRE(three.result.store.find(id).has_value());
  store::Vertex g = *three.result.store.find(id);
  store::Vertex mayor = the_vertex(three.result.store, "Luqman Barzinji");
  auto edges = edges_between(three.result.store, g, mayor, "metWith");
  REQUIRE(edges.size() == 1);
  CHECK(three.result.store.graph()[edges[0]].evidence.size() == 2);
}

TEST_CASE("lexicon aliases merge under the lexicon's canonical name", "[resolve]") {
  Merged m = merge({testing::article("Rockets hit a base near Arbil on Monday.", "2024-05-08", "a"),
                    testing::article("The airport in Erbil reopened on Tuesday.", "2024-05-08", "b")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  store::Vertex erbil = the_vertex(store, "Erbil");
  CHECK(store.graph()[erbil].name == "Erbil");
  CHECK(store.graph()[erbil].aliases.count("Arbil") == 1);
  CHECK(store.graph()[erbil].type == "City");
  CHECK(store.graph()[erbil].id == "loc/erbil");
}

TEST_CASE("an acronym defined in one article merges its use in another", "[resolve]") {
  Merged m = merge(
      {testing::article("The Patriotic Coalition for Reform (PCR) won six seats in Duhok.",
                        "2024-05-08", "define"),
       testing::article("Officials of the Patriotic Coalition for Reform said on Monday the PCR "
                        "would name a candidate.",
                        "2024-05-09", "reuse")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  store::Vertex v = the_vertex(store, "Patriotic Coalition for Reform");
  CHECK(store.graph()[v].aliases.count("PCR") == 1);
  CHECK(testing::articles_mentioning(store, v) == std::set<std::string>{"define", "reuse"});
  CHECK(vertices_with_alias(store, "PCR").size() == 1);
}

TEST_CASE("a capital standing for its government joins the government or the country, not the city",
          "[resolve]") {
  // Ankara acts (metonym) in the first article; the second names Turkey's government;
  // the third uses Ankara as a place only.
  Merged m = merge({testing::article("Ankara warned the militia on Monday. Ankara's support for the plan "
                                     "was welcomed by lawmakers in Turkey.",
                                     "2024-05-08", "acts"),
                    testing::article("The Turkish government said talks would resume in Ankara on Friday.",
                                     "2024-05-09", "government"),
                    testing::article("Protesters gathered in Ankara and Istanbul on Sunday.",
                                     "2024-05-10", "place")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  const store::Graph& g = store.graph();
  // The city vertex holds the place uses only: the articles "government" and "place".
  store::Vertex city = the_vertex(store, "Ankara");
  CHECK(g[city].type == "City");
  CHECK(testing::articles_mentioning(store, city) == std::set<std::string>{"government", "place"});
  // The acting capital is no alias of anything and makes no vertex of its own.
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (*it != city) CHECK(g[*it].aliases.count("Ankara") == 0);
  // Its article counts as mentioning the government the corpus names.
  store::Vertex government = the_vertex(store, "Turkish government");
  bool acts_mentions_government = false;
  for (const store::ArticleRecord& a : store.articles())
    if (a.id == "acts")
      acts_mentions_government =
          std::find(a.mentions.begin(), a.mentions.end(), std::string_view(g[government].id)) != a.mentions.end();
  CHECK(acts_mentions_government);
}

TEST_CASE("without a named government, an acting capital refers to its country", "[resolve]") {
  Merged m = merge({testing::article("Militias aligned with Tehran attacked the base near Erbil. "
                                     "Iran denied any role.",
                                     "2024-05-08", "aligned")});
  const store::GraphStore& store = m.result.store;
  INFO(describe(store));
  CHECK(vertices_with_alias(store, "Tehran").empty());
  store::Vertex iran = the_vertex(store, "Iran");
  CHECK(store.graph()[iran].type == "Country");
}

TEST_CASE("a name with a middle initial joins the same name without it, unless initials conflict",
          "[resolve]") {
  Merged one = merge({testing::article("Envoy Eleanor L. Varmist met Governor Shirwan Haidari in Duhok.",
                                       "2024-05-08", "initial"),
                      testing::article("Eleanor Varmist said the talks in Erbil went well.", "2024-05-09",
                                       "plain")});
  INFO(describe(one.result.store));
  store::Vertex v = the_vertex(one.result.store, "Eleanor L. Varmist");
  CHECK(one.result.store.graph()[v].aliases.count("Eleanor Varmist") == 1);

  Merged two = merge({testing::article("George H. W. Tamrin met Governor Shirwan Haidari in Duhok.",
                                       "2024-05-08", "hw"),
                      testing::article("George W. Tamrin visited Zakho on Monday.", "2024-05-09", "w"),
                      testing::article("George Tamrin said the visit went well.", "2024-05-10", "bare")});
  INFO(describe(two.result.store));
  store::Vertex hw = the_vertex(two.result.store, "George H. W. Tamrin");
  store::Vertex w = the_vertex(two.result.store, "George W. Tamrin");
  CHECK(hw != w);
  CHECK(two.result.store.graph()[hw].aliases.count("George Tamrin") == 0);
  CHECK(two.result.store.graph()[w].aliases.count("George Tamrin") == 0);
}

TEST_CASE("the merge is the same on any number of threads", "[resolve]") {
  // Enough articles that clusters and articles are shared out among the threads in
  // several chunks each.
  std::vector<Article> articles;
  const char* texts[] = {kHaidariDuhok, kHaydariZakho, kUnrelated,
                         "The Kurdistan Democratic Party (KDP) met in Erbil. The KDP said Iran denied any role.",
                         "Ankara warned the militia on Monday. Militias aligned with Tehran attacked the base."};
  for (int i = 0; i < 200; ++i)
    articles.push_back(testing::article(texts[i % 5], "2024-05-08", "a" + std::to_string(i)));
  pipeline::BuildOptions options;
  std::vector<resolve::DocDigest> digests = pipeline::digest_articles(articles, knowledge(), options);
  resolve::MergeResult one = resolve::merge_documents(digests, knowledge().vocabulary, knowledge().lexicons, {}, 1);
  resolve::MergeResult three = resolve::merge_documents(digests, knowledge().vocabulary, knowledge().lexicons, {}, 3);
  REQUIRE(one.store.entity_count() > 5);
  REQUIRE(one.store.relation_count() > 0);
  CHECK(describe(one.store) == describe(three.store));
  const store::Graph& g1 = one.store.graph();
  const store::Graph& g3 = three.store.graph();
  for (auto [it, end] = boost::vertices(g1); it != end; ++it) {
    CHECK(g1[*it].mentions == g3[*it].mentions);
    CHECK(g1[*it].aliases == g3[*it].aliases);  // counts too
  }
  REQUIRE(one.store.articles().size() == three.store.articles().size());
  for (size_t a = 0; a < one.store.articles().size(); ++a) {
    CHECK(one.store.articles()[a].mentions == three.store.articles()[a].mentions);
    CHECK(one.store.articles()[a].publisher_id == three.store.articles()[a].publisher_id);
  }
  REQUIRE(one.reasons.size() == three.reasons.size());
  for (size_t r = 0; r < one.reasons.size(); ++r) {
    CHECK(one.reasons[r].entity_id == three.reasons[r].entity_id);
    CHECK(one.reasons[r].alias == three.reasons[r].alias);
    CHECK(one.reasons[r].joined_via == three.reasons[r].joined_via);
  }
}
