// Tests for resolve/merge_decisions and their effect in merge_documents: the user's
// "same" and "different" corrections are obeyed over every other evidence.
#include "resolve/merge_decisions.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include "pipeline/build.h"
#include "resolve/merger.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

std::string write_temp(const std::string& text) {
  char path[] = "/tmp/newsgraph-decisions-XXXXXX";
  int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  close(fd);
  std::ofstream(path) << text;
  return path;
}

Article article(std::string id, std::string text) {
  Article a;
  a.id = a.source = std::move(id);
  a.text = std::move(text);
  return a;
}

size_t vertices_named(const store::GraphStore& store, const std::string& alias) {
  size_t n = 0;
  const store::Graph& g = store.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) n += g[*it].aliases.count(alias);
  return n;
}

const std::vector<Article> kVariants = {
    article("a1", "Kurdistan Region Interior Minister Shirwan Haidari visited Duhok on Monday."),
    article("a2", "Interior Minister Sherwan Haydari met tribal leaders in Zakho on Tuesday."),
};

resolve::MergeResult merge(const std::vector<Article>& articles, const resolve::MergeDecisions& decisions) {
  pipeline::BuildOptions options;
  std::vector<resolve::DocDigest> docs = pipeline::digest_articles(articles, knowledge(), options);
  return resolve::merge_documents(docs, knowledge().vocabulary, knowledge().lexicons, decisions);
}

}  // namespace

TEST_CASE("decisions file: records are read and folded; bad lines name file and line", "[resolve]") {
  std::string path = write_temp(
      "{\"same\": [\"Shirwan Haidari\", \"Sherwan Haydari\"]}\n"
      "{\"different\": [\"Aram Dosky\", \"Hawre Dosky\", \"Rojhat Dosky\"]}\n");
  auto decisions = resolve::load_merge_decisions(path);
  REQUIRE(decisions.ok());
  REQUIRE(decisions.value().same.size() == 1);
  CHECK(decisions.value().same[0][0] == "shirwan haidari");
  CHECK(decisions.value().different.size() == 3);  // every pair of the three
  std::remove(path.c_str());

  std::string bad = write_temp("{\"same\": [\"only one\"]}\n");
  auto failed = resolve::load_merge_decisions(bad);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().message().find(bad + ":1:") != std::string::npos);
  std::remove(bad.c_str());
}

TEST_CASE("without decisions, transliteration variants merge", "[resolve]") {
  auto merged = merge(kVariants, {});
  CHECK(vertices_named(merged.store, "Shirwan Haidari") == 1);
  CHECK(vertices_named(merged.store, "Sherwan Haydari") == 1);
  const store::Graph& g = merged.store.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].aliases.count("Shirwan Haidari")) CHECK(g[*it].aliases.count("Sherwan Haydari") == 1);
}

TEST_CASE("a 'different' decision keeps variants apart", "[resolve]") {
  resolve::MergeDecisions decisions;
  decisions.different.emplace_back("shirwan haidari", "sherwan haydari");
  auto merged = merge(kVariants, decisions);
  const store::Graph& g = merged.store.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].aliases.count("Shirwan Haidari")) CHECK(g[*it].aliases.count("Sherwan Haydari") == 0);
}

TEST_CASE("a 'same' decision joins names no key would join", "[resolve]") {
  std::vector<Article> articles = {
      article("b1", "Tigris Wire correspondent Dilan Barwari reported from Mosul on Monday."),
      article("b2", "The reporter Dilan B. Rekani spoke to residents of Mosul on Tuesday."),
  };
  auto apart = merge(articles, {});
  CHECK(vertices_named(apart.store, "Dilan Barwari") == 1);
  resolve::MergeDecisions decisions;
  decisions.same.push_back({"dilan barwari", "dilan b rekani"});
  auto merged = merge(articles, decisions);
  const store::Graph& g = merged.store.graph();
  bool together = false;
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    together = together || (g[*it].aliases.count("Dilan Barwari") && g[*it].aliases.count("Dilan B. Rekani"));
  CHECK(together);
  bool explained = false;
  for (const auto& reason : merged.reasons) explained = explained || reason.joined_via == "decision";
  CHECK(explained);
}
