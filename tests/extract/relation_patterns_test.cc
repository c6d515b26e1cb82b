// Tests for what load_relation_patterns compiles from ontology/patterns/relations.jsonl
// for matching: the pattern filter (word ids per token, candidate patterns per sentence)
// and the entity classes as bits. Each is checked against the plain reading of the
// patterns (accepts_word, accepts_class) on every pattern, so a pattern added later is
// covered too.
#include "extract/relation_patterns.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "nlp/tokenizer.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;

namespace {

const extract::RelationPatterns& patterns() { return testing::knowledge().relations; }

// What the filter should say of a pattern, read off the pattern itself: each non-optional
// word element accepts some token, and a title starts somewhere if the pattern needs one.
bool could_match(const extract::RelationPattern& pattern, const std::vector<Token>& tokens, bool has_title) {
  for (const extract::PatternElement& e : pattern.elements) {
    if (e.optional) continue;
    if (e.kind == extract::ElementKind::kTitle && !has_title) return false;
    if (e.kind != extract::ElementKind::kWord) continue;
    bool found = false;
    for (const Token& token : tokens) found = found || e.accepts_word(token.lower);
    if (!found) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("the pattern filter keeps exactly the patterns whose required words a sentence has", "[relations]") {
  const std::vector<std::string> sentences = {
      "The minister met the governor in Erbil on Monday.",
      "Talks between the two parties were held with the support of the army.",
      "Jets attacked positions of the group, which is backed by a neighbour.",
      "Nothing here names any pattern word at all",
  };
  for (const std::string& text : sentences) {
    const std::vector<Token> tokens = nlp::tokenize(text, testing::knowledge().lexicons);
    for (bool has_title : {false, true}) {
      INFO(text << (has_title ? " (with a title)" : ""));
      extract::SentenceWords words;
      std::vector<char> candidates;
      patterns().filter.scan(tokens, 0, static_cast<uint32_t>(tokens.size()), has_title, words, candidates);
      REQUIRE(candidates.size() == patterns().patterns.size());
      for (size_t p = 0; p < candidates.size(); ++p) {
        INFO("pattern " << patterns().patterns[p].id);
        CHECK(static_cast<bool>(candidates[p]) == could_match(patterns().patterns[p], tokens, has_title));
      }
    }
  }
}

TEST_CASE("a word element accepts a token by its word id exactly when it accepts the word", "[relations]") {
  const std::string text = "Officials said the ministers met, talked and discussed the attacks by the group with the "
                           "army's commanders, who were received in Erbil.";
  const std::vector<Token> tokens = nlp::tokenize(text, testing::knowledge().lexicons);
  // A sentence starting past token 0: ids are indexed from the sentence's first token.
  const uint32_t first = 2;
  extract::SentenceWords words;
  std::vector<char> candidates;
  patterns().filter.scan(tokens, first, static_cast<uint32_t>(tokens.size()), false, words, candidates);
  size_t accepted = 0;
  for (const extract::RelationPattern& pattern : patterns().patterns) {
    for (const extract::PatternElement& e : pattern.elements) {
      if (e.kind != extract::ElementKind::kWord) continue;
      for (uint32_t t = first; t < tokens.size(); ++t) {
        INFO("pattern " << pattern.id << ", token " << tokens[t].lower);
        CHECK(e.accepts(words.id(t), tokens[t].lower) == e.accepts_word(tokens[t].lower));
        accepted += e.accepts_word(tokens[t].lower);
      }
    }
  }
  CHECK(accepted > 10);  // the sentence does exercise the accepting side
}

TEST_CASE("an entity element's class bits stand for exactly its classes", "[relations]") {
  const std::vector<std::string>& classes = patterns().entity_classes;
  REQUIRE(classes.size() <= 64);
  for (const extract::RelationPattern& pattern : patterns().patterns) {
    for (const extract::PatternElement& e : pattern.elements) {
      if (e.kind != extract::ElementKind::kEntity) continue;
      INFO("pattern " << pattern.id);
      for (size_t c = 0; c < classes.size(); ++c)
        CHECK(((e.class_bits >> c) & 1) == (e.accepts_class(classes[c]) ? 1u : 0u));
      for (const std::string& name : e.classes)
        CHECK(std::find(classes.begin(), classes.end(), name) != classes.end());
    }
  }
}
