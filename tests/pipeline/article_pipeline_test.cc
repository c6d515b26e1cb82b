// Tests for pipeline/: knowledge loading, the per-article stages as a whole (consistency
// of what they hand each other), thread-count independence and build_graph from files.
// Articles are written for these tests; people and outlets are invented.
#include "pipeline/article_pipeline.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/temp_dir.h"
#include "pipeline/build.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

const char* kArticle =
    "ERBIL (Kurdistan Ledger) - Kurdistan Region President Aram Dosky met Governor Hawar "
    "Sindi in Erbil on Monday. Dosky urged the Kurdistan Regional Government (KRG) to pay "
    "salaries. The KRG said it would.\n"
    "Iran-backed Kataib Hezbollah attacked the Peshmerga near Kirkuk yesterday, officials said.";

// Invariants every Doc leaving the pipeline keeps.
void check_consistent(const Doc& doc) {
  const uint32_t n_tokens = static_cast<uint32_t>(doc.tokens.size());
  for (const Token& t : doc.tokens) REQUIRE(t.span.end <= doc.article.text.size());
  for (const Mention& m : doc.mentions) {
    INFO("mention '" << m.name << "'");
    REQUIRE(m.first_token < m.end_token);
    REQUIRE(m.end_token <= n_tokens);
    CHECK(m.span.begin == doc.tokens[m.first_token].span.begin);
    CHECK(m.span.end == doc.tokens[m.end_token - 1].span.end);
    CHECK_FALSE(m.name.empty());
    CHECK_FALSE(m.rule.empty());
    if (m.antecedent != kNone) CHECK(m.antecedent < doc.mentions.size());
    // A mention never crosses a sentence boundary.
    bool inside = false;
    for (const Sentence& s : doc.sentences)
      inside = inside || (m.first_token >= s.first_token && m.end_token <= s.end_token);
    CHECK(inside);
  }
  for (const RelationMention& r : doc.relations) {
    REQUIRE(r.subject < doc.mentions.size());
    REQUIRE(r.object < doc.mentions.size());
    CHECK(resolve::root_mention(doc, r.subject) != resolve::root_mention(doc, r.object));
    CHECK(knowledge().vocabulary.find_property(r.predicate) != nullptr);
    CHECK(r.evidence.end <= doc.article.text.size());
  }
}

}  // namespace

TEST_CASE("the repository's ontology loads", "[pipeline]") {
  const pipeline::Knowledge& k = knowledge();
  CHECK_FALSE(k.relations.patterns.empty());
  CHECK_FALSE(k.metadata.patterns.empty());
  CHECK_FALSE(k.lexicons.places.empty());
  CHECK_FALSE(k.lexicons.organizations.empty());
  CHECK(k.gazetteer != nullptr);
  CHECK(k.vocabulary.find_property("metWith") != nullptr);
  CHECK(k.vocabulary.find_property("metWith")->symmetric);
  CHECK_FALSE(k.vocabulary.find_property("attacked")->symmetric);
}

TEST_CASE("a missing ontology folder is an error naming the file", "[pipeline]") {
  auto k = pipeline::load_knowledge("/nonexistent/newsgraph-ontology");
  REQUIRE_FALSE(k.ok());
  CHECK(k.status().message().find("/nonexistent/newsgraph-ontology") != std::string::npos);
}

TEST_CASE("one article through every stage", "[pipeline]") {
  Doc doc = testing::process(kArticle, "2024-05-08", "erbil");
  INFO(testing::describe_mentions(doc));
  INFO(testing::describe_relations(doc));
  check_consistent(doc);
  CHECK(doc.article.id == "erbil");
  CHECK(doc.sentences.size() == 4);
  // Metadata: the source's date, the dateline's outlet and place.
  CHECK(doc.meta.date == "2024-05-08");
  CHECK(doc.meta.publisher == "Kurdistan Ledger");
  CHECK(doc.meta.dateline_place == "ERBIL");
  // Entities, resolution and relations, each dated.
  CHECK(testing::has_relation(doc, "Aram Dosky", "holdsPositionIn", "Kurdistan Region"));
  CHECK(testing::has_relation(doc, "Aram Dosky", "metWith", "Hawar Sindi", true));
  CHECK(testing::has_relation(doc, "Aram Dosky", "calledOn", "Kurdistan Regional Government"));
  CHECK(testing::has_relation(doc, "Kataib Hezbollah", "alignedWith", "Iran"));
  CHECK(testing::has_relation(doc, "Kataib Hezbollah", "attacked", "Peshmerga"));
  for (const RelationMention& r : doc.relations) {
    if (r.predicate == "metWith") CHECK(r.date == "2024-05-06");
    if (r.predicate == "attacked") CHECK(r.date == "2024-05-07");
    if (r.predicate == "calledOn") CHECK(r.date == "2024-05-08");
  }
  // The bracketed "(KRG)" is folded into the full name; the later "KRG" is one mention of
  // the same entity (a lexicon alias, so it names it by its canonical name).
  uint32_t full = testing::find_mention(doc, "Kurdistan Regional Government");
  REQUIRE(full != kNone);
  CHECK(doc.mentions[full].acronym == "KRG");
  size_t krg_mentions = 0;
  uint32_t krg = kNone;
  for (uint32_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].name == "KRG") {
      ++krg_mentions;
      krg = i;
    }
  REQUIRE(krg_mentions == 1);
  const Mention& root = doc.mentions[resolve::root_mention(doc, krg)];
  CHECK((root.name == "Kurdistan Regional Government" ||
         root.canonical == "Kurdistan Regional Government"));
  CHECK(root.type == "GovernmentOrganization");
}

TEST_CASE("process_articles gives the same Docs on any number of threads", "[pipeline]") {
  std::vector<Article> articles;
  for (int i = 0; i < 12; ++i) {
    std::string text = i % 2 ? kArticle
                             : "Governor Hawar Sindi met Mayor Luqman Barzinji in Duhok on Monday.";
    articles.push_back(testing::article(text, "2024-05-08", "a" + std::to_string(i)));
  }
  pipeline::BuildOptions one, four;
  four.threads = 4;
  size_t progress_calls = 0, last_done = 0;
  four.progress = [&](size_t done, size_t total) {
    ++progress_calls;
    last_done = done;
    CHECK(total == 12);
  };
  std::vector<Doc> a = pipeline::process_articles(articles, knowledge(), one);
  std::vector<Doc> b = pipeline::process_articles(articles, knowledge(), four);
  REQUIRE(a.size() == 12);
  REQUIRE(b.size() == 12);
  for (size_t i = 0; i < a.size(); ++i) {
    INFO("article " << i);
    CHECK(a[i].article.id == "a" + std::to_string(i));  // input order kept
    CHECK(b[i].article.id == a[i].article.id);
    REQUIRE(a[i].mentions.size() == b[i].mentions.size());
    for (size_t m = 0; m < a[i].mentions.size(); ++m) CHECK(a[i].mentions[m].name == b[i].mentions[m].name);
    REQUIRE(a[i].relations.size() == b[i].relations.size());
    for (size_t r = 0; r < a[i].relations.size(); ++r) {
      CHECK(a[i].relations[r].predicate == b[i].relations[r].predicate);
      CHECK(a[i].relations[r].subject == b[i].relations[r].subject);
      CHECK(a[i].relations[r].object == b[i].relations[r].object);
    }
  }
  CHECK(progress_calls >= 1);
  CHECK(last_done == 12);
}

TEST_CASE("build_graph reads files and merges their articles", "[pipeline]") {
  ingest::testing::TempDir dir;
  dir.write("one.txt", "date 2024-05-08\nGovernor Shirwan Haidari met Mayor Luqman Barzinji in "
                       "Duhok on Monday.\n");
  dir.write("two.txt", "ERBIL (Kurdistan Ledger) - Mayor Luqman Barzinji met Governor Sherwan "
                       "Haydari in Zakho on Tuesday.\n");
  pipeline::BuildOptions options;
  options.threads = 2;
  auto built = pipeline::build_graph({dir.path().string()}, knowledge(), options);
  REQUIRE(built.ok());
  const pipeline::BuildResult& result = built.value();
  CHECK(result.articles == 2);
  const store::GraphStore& store = result.merged.store;
  REQUIRE(store.articles().size() == 2);
  CHECK(store.articles()[0].id == "one");
  CHECK(store.articles()[0].date == "2024-05-08");
  CHECK(store.articles()[1].id == "two");
  CHECK_FALSE(store.articles()[1].publisher_id.empty());
  CHECK_FALSE(store.articles()[1].dateline_place_id.empty());
  // The governor's two spellings are one vertex; the meeting is one edge with two evidence.
  size_t governors = 0;
  const store::Graph& g = store.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].aliases.count("Shirwan Haidari") || g[*it].aliases.count("Sherwan Haydari")) {
      ++governors;
      CHECK(g[*it].aliases.count("Shirwan Haidari") == 1);
      CHECK(g[*it].aliases.count("Sherwan Haydari") == 1);
    }
  CHECK(governors == 1);
  size_t met = 0, evidence = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    if (g[*it].predicate == "metWith") {
      ++met;
      evidence += g[*it].evidence.size();
    }
  CHECK(met == 1);
  CHECK(evidence == 2);
}

TEST_CASE("build_graph on a missing path fails", "[pipeline]") {
  pipeline::BuildOptions options;
  auto built = pipeline::build_graph({"/nonexistent/newsgraph-articles"}, knowledge(), options);
  CHECK_FALSE(built.ok());
}
