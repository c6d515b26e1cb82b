// Tests for what load_relation_patterns compiles from ontology/patterns/relations.jsonl
// for matching: the pattern filter (word ids per token, where each pattern can start)
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

// What the filter should say of a pattern, read off the pattern itself: the last token a
// match could start at is the earliest of the last tokens its non-optional word elements
// accept; kNone when one of them accepts none, or the pattern needs a title the sentence lacks.
uint32_t last_start(const extract::RelationPattern& pattern, const std::vector<Token>& tokens, bool has_title) {
  uint32_t bound = static_cast<uint32_t>(tokens.size()) - 1;
  for (const extract::PatternElement& e : pattern.elements) {
    if (e.optional) continue;
    if (e.kind == extract::ElementKind::kTitle && !has_title) return kNone;
    if (e.kind != extract::ElementKind::kWord) continue;
    uint32_t last = kNone;
    for (uint32_t t = 0; t < tokens.size(); ++t)
      if (e.accepts_word(tokens[t].lower)) last = t;
    if (last == kNone) return kNone;
    bound = std::min(bound, last);
  }
  return bound;
}

}  // namespace

TEST_CASE("the pattern filter bounds where each pattern can start by its required words", "[relations]") {
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
      std::vector<uint32_t> starts;
      patterns().filter.scan(tokens, 0, static_cast<uint32_t>(tokens.size()), has_title, words, starts);
      REQUIRE(starts.size() == patterns().patterns.size());
      for (size_t p = 0; p < starts.size(); ++p) {
        INFO("pattern " << patterns().patterns[p].id);
        CHECK(starts[p] == last_start(patterns().patterns[p], tokens, has_title));
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
  std::vector<uint32_t> starts;
  patterns().filter.scan(tokens, first, static_cast<uint32_t>(tokens.size()), false, words, starts);
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

TEST_CASE("entity classes as bits: an element's stand for its classes, a mention's for its class and coarse class", "[relations]") {
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
  // A mention of a vocabulary class stands for the entity classes naming it or its coarse class.
  const ontology::Vocabulary& vocab = testing::knowledge().vocabulary;
  for (const ontology::EntityClass& c : vocab.classes) {
    INFO("class " << c.name);
    auto found = patterns().entity_class_bits.find(c.name);
    REQUIRE(found != patterns().entity_class_bits.end());
    for (size_t i = 0; i < classes.size(); ++i)
      CHECK(((found->second >> i) & 1) == (classes[i] == c.name || classes[i] == c.coarse ? 1u : 0u));
  }
  CHECK(patterns().entity_class_bits.find("NoSuchClass") == patterns().entity_class_bits.end());
}
