// Tests for cross-article merging of organization name variants: generic words (heads,
// web suffixes, ethnic adjectives) do not split an outlet or a body, and a shared common
// word alone ("Federal") never joins two different bodies.
#include <catch2/catch.hpp>

#include "pipeline/build.h"
#include "resolve/merger.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

Article article(std::string id, std::string text) {
  Article a;
  a.id = a.source = std::move(id);
  a.text = std::move(text);
  return a;
}

bool same_vertex(const store::GraphStore& store, const std::string& a, const std::string& b) {
  const store::Graph& g = store.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].aliases.count(a)) return g[*it].aliases.count(b) > 0;
  return false;
}

resolve::MergeResult merge(const std::vector<Article>& articles) {
  pipeline::BuildOptions options;
  auto docs = pipeline::digest_articles(articles, knowledge(), options);
  return resolve::merge_documents(docs, knowledge().vocabulary, knowledge().lexicons);
}

}  // namespace

TEST_CASE("an outlet named with and without its generic suffix is one entity", "[resolve]") {
  auto merged = merge({
      article("o1", "ERBIL (Zagrosnet News) - The governor opened a bridge in Erbil on Monday."),
      article("o2", "ERBIL (Zagrosnet) - The governor visited Duhok on Tuesday."),
  });
  CHECK(same_vertex(merged.store, "Zagrosnet News", "Zagrosnet"));
}

TEST_CASE("two bodies sharing only a common word stay apart", "[resolve]") {
  auto merged = merge({
      article("c1", "The Federal Court rejected the appeal on Monday, officials in Baghdad said."),
      article("c2", "The Federal Cabinet approved the budget on Tuesday, officials in Baghdad said."),
  });
  CHECK_FALSE(same_vertex(merged.store, "Federal Court", "Federal Cabinet"));
}
