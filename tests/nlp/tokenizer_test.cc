// Tests for nlp/tokenizer: byte offsets, abbreviations, possessives, hyphens, quotes.
// Every sentence here was written for these tests; the people in them are invented.
#include "nlp/tokenizer.h"

#include <catch2/catch.hpp>

#include <string>
#include <unordered_set>
#include <vector>

#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

std::vector<Token> tokens_of(const std::string& text) {
  return nlp::tokenize(text, knowledge().lexicons);
}

// The tokens' surface strings, in order.
std::vector<std::string> surfaces(const std::string& text, const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.span.in(text));
  return out;
}

// Index of the first token whose surface is `s`, or -1.
int index_of(const std::string& text, const std::vector<Token>& tokens, const std::string& s) {
  for (size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].span.in(text) == s) return static_cast<int>(i);
  return -1;
}

}  // namespace

TEST_CASE("token offsets map back to the text", "[nlp]") {
  const std::string text =
      "Maj. Gen. Dilshad Berwari told reporters in Erbil on Oct. 7 that the U.S.-led "
      "coalition's\nadvisers \"would stay\" (for now).";
  std::vector<Token> tokens = tokens_of(text);
  REQUIRE_FALSE(tokens.empty());
  std::string rebuilt;
  uint32_t previous_end = 0;
  for (const Token& t : tokens) {
    REQUIRE(t.span.begin < t.span.end);
    REQUIRE(t.span.end <= text.size());
    CHECK(t.span.begin >= previous_end);  // in order, never overlapping
    // The text between two tokens is whitespace only, and space_before says whether any.
    std::string gap = text.substr(previous_end, t.span.begin - previous_end);
    CHECK(gap.find_first_not_of(" \n") == std::string::npos);
    if (previous_end > 0) CHECK(t.space_before == !gap.empty());
    CHECK(t.newline_before == (gap.find('\n') != std::string::npos));
    // lower is the case-folded surface.
    std::string surface(t.span.in(text));
    CHECK(t.lower == ontology::to_lower_ascii(surface));
    rebuilt += surface;
    previous_end = t.span.end;
  }
  std::string without_space;
  for (char c : text)
    if (c != ' ' && c != '\n') without_space += c;
  CHECK(rebuilt == without_space);
}

TEST_CASE("abbreviations keep their period", "[nlp]") {
  const std::string text =
      "Maj. Gen. Dilshad Berwari and Dr. Shirin Havrami met U.S. envoys on Oct. 7 in Erbil.";
  std::vector<Token> tokens = tokens_of(text);
  std::vector<std::string> s = surfaces(text, tokens);
  CHECK(s == std::vector<std::string>{"Maj.", "Gen.", "Dilshad", "Berwari", "and", "Dr.",
                                      "Shirin", "Havrami", "met", "U.S.", "envoys", "on", "Oct.",
                                      "7", "in", "Erbil", "."});
  // "U.S." is written in capitals: an acronym.
  int us = index_of(text, tokens, "U.S.");
  REQUIRE(us >= 0);
  CHECK(tokens[us].all_caps);
  CHECK(tokens[us].capitalized);
  // An ordinary word before a period loses it.
  CHECK(tokens.back().lower == ".");
  CHECK_FALSE(tokens.back().space_before);
  CHECK_FALSE(tokens.back().is_word);
}

TEST_CASE("possessive 's is a token of its own", "[nlp]") {
  const std::string text = "Iraq's oil minister visited the Peshmerga forces' base.";
  std::vector<Token> tokens = tokens_of(text);
  std::vector<std::string> s = surfaces(text, tokens);
  CHECK(s == std::vector<std::string>{"Iraq", "'s", "oil", "minister", "visited", "the",
                                      "Peshmerga", "forces", "'", "base", "."});
  int poss = index_of(text, tokens, "'s");
  REQUIRE(poss == 1);
  CHECK_FALSE(tokens[poss].space_before);
  CHECK(tokens[poss].lower == "'s");
  CHECK(tokens[0].lower == "iraq");
}

TEST_CASE("hyphens split with no space before either side", "[nlp]") {
  const std::string text = "Qasim al-Dulaimi praised the US-led coalition.";
  std::vector<Token> tokens = tokens_of(text);
  std::vector<std::string> s = surfaces(text, tokens);
  CHECK(s == std::vector<std::string>{"Qasim", "al", "-", "Dulaimi", "praised", "the", "US", "-",
                                      "led", "coalition", "."});
  // al-Dulaimi: "-" and "Dulaimi" are glued to what precedes them.
  CHECK(tokens[1].space_before);
  CHECK_FALSE(tokens[2].space_before);
  CHECK_FALSE(tokens[3].space_before);
  CHECK(tokens[3].capitalized);
  CHECK_FALSE(tokens[1].capitalized);
  // US-led: "US" stays an all-caps word, "led" is a lower-case word glued by the hyphen.
  CHECK(tokens[6].all_caps);
  CHECK_FALSE(tokens[7].space_before);
  CHECK_FALSE(tokens[8].space_before);
  CHECK_FALSE(tokens[8].capitalized);
  // A dash standing alone between spaces is one token with space before it.
  const std::string dashed = "ERBIL - Officials said";
  std::vector<Token> d = tokens_of(dashed);
  REQUIRE(d.size() == 4);
  CHECK(d[1].lower == "-");
  CHECK(d[1].space_before);
}

TEST_CASE("quotes are tokens of their own, inside and outside the punctuation", "[nlp]") {
  const std::string text = "\"We will not leave,\" said Colonel Azad Merani. 'Never.'";
  std::vector<Token> tokens = tokens_of(text);
  std::vector<std::string> s = surfaces(text, tokens);
  CHECK(s == std::vector<std::string>{"\"", "We", "will", "not", "leave", ",", "\"", "said",
                                      "Colonel", "Azad", "Merani", ".", "'", "Never", ".", "'"});
  CHECK(tokens[0].space_before);  // start of text
  CHECK_FALSE(tokens[1].space_before);
  CHECK_FALSE(tokens[6].space_before);  // closing quote after the comma
  CHECK(tokens[7].space_before);
}

TEST_CASE("d'affaires stays one token", "[nlp]") {
  const std::string text = "The Swedish charge d'affaires, Lena Holmqvist, arrived.";
  std::vector<Token> tokens = tokens_of(text);
  int at = index_of(text, tokens, "d'affaires");
  REQUIRE(at >= 0);
  CHECK(tokens[at].lower == "d'affaires");
  CHECK(index_of(text, tokens, "d") == -1);
  CHECK(index_of(text, tokens, "affaires") == -1);
}

TEST_CASE("case flags of tokens", "[nlp]") {
  const std::string text = "KDP and Peshmerga 2024 us";
  std::vector<Token> tokens = tokens_of(text);
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].all_caps);
  CHECK(tokens[0].capitalized);
  CHECK_FALSE(tokens[1].capitalized);
  CHECK(tokens[2].capitalized);
  CHECK_FALSE(tokens[2].all_caps);  // only the first letter
  CHECK(tokens[3].is_word);         // digits start a word
  CHECK_FALSE(tokens[3].capitalized);
  CHECK_FALSE(tokens[4].all_caps);
}

TEST_CASE("tokens carry the word classes the lexicons give their lower-case form", "[nlp]") {
  const auto& lex = knowledge().lexicons;
  const std::string text = "The Foreign Minister met them in Baghdad, said Colonel Idris Farhat.";
  const auto tokens = tokens_of(text);
  for (const Token& t : tokens) {
    INFO(t.lower);
    CHECK(t.word_classes == lex.classes_of(t.lower));
    CHECK(t.is(ontology::kDeterminer) == (lex.determiners.count(t.lower) > 0));
    CHECK(t.is(ontology::kPreposition) == (lex.prepositions.count(t.lower) > 0));
    CHECK(t.is(ontology::kPersonVerb) == (lex.person_verbs.count(t.lower) > 0));
    CHECK(t.is(ontology::kTitle) == lex.is_title(t.lower));
  }
  CHECK(tokens[index_of(text, tokens, "The")].is(ontology::kDeterminer));
  CHECK(tokens[index_of(text, tokens, "in")].is(ontology::kPreposition | ontology::kLocativePreposition));
  CHECK(tokens[index_of(text, tokens, "Foreign")].is(ontology::kTitleStart));
  CHECK_FALSE(tokens[index_of(text, tokens, "Foreign")].is(ontology::kTitle));  // only "foreign minister" is
  CHECK(tokens[index_of(text, tokens, "Colonel")].is(ontology::kTitle));
  // Marked by the knowledge loader from the gazetteer and the relation patterns.
  CHECK(tokens[index_of(text, tokens, "Baghdad")].is(ontology::kKnownNameStart));
  CHECK(tokens[index_of(text, tokens, "met")].is(ontology::kPatternWord));
  const std::string dated = "Yesterday and on Tuesday, but not last week.";
  const auto dated_tokens = tokens_of(dated);
  CHECK(dated_tokens[index_of(dated, dated_tokens, "Tuesday")].is(ontology::kDateCue));
  CHECK(dated_tokens[index_of(dated, dated_tokens, "last")].is(ontology::kDateCue));
  CHECK_FALSE(dated_tokens[index_of(dated, dated_tokens, "week")].is(ontology::kDateCue));
  CHECK_FALSE(tokens[index_of(text, tokens, "Farhat")].is(~0u));  // an unknown name is in no class
}

TEST_CASE("every word of a class list carries the class, and other words do not", "[nlp]") {
  const auto& lex = knowledge().lexicons;
  const std::pair<const StringSet*, uint32_t> lists[] = {
      {&lex.determiners, ontology::kDeterminer},     {&lex.stopwords, ontology::kStopword},
      {&lex.given_names, ontology::kGivenName},      {&lex.name_connectors, ontology::kNameConnector},
      {&lex.person_pronouns, ontology::kPersonPronoun}, {&lex.common_words, ontology::kCommonWord},
      {&lex.clause_openers, ontology::kClauseOpener},
  };
  for (const auto& [words, word_class] : lists) {
    REQUIRE(!words->empty());
    for (const std::string& w : *words) CHECK((lex.classes_of(w) & word_class) != 0);
  }
  size_t words = 0;
  lex.word_classes.for_each([&](std::string_view word, uint32_t classes) {
    ++words;
    const std::string w(word);
    if (classes & ontology::kDeterminer) CHECK(lex.determiners.count(w));
    if (classes & ontology::kGivenName) CHECK(lex.given_names.count(w));
    if (classes & ontology::kDemonym) CHECK(lex.demonym_to_place.count(w));
    if (classes & ontology::kClauseOpener) CHECK(lex.clause_openers.count(w));
  });
  CHECK(words == lex.word_classes.size());
  CHECK(words >= lex.common_words.size());
}

TEST_CASE("pattern words and modality cues are marked on tokens, optional words included", "[nlp]") {
  // The matcher and the negation check skip every token not so marked, without a lookup:
  // a word that lacked its mark would never match.
  const auto& k = knowledge();
  std::unordered_set<std::string> element_words;
  size_t optional_words = 0;
  for (const auto& pattern : k.relations.patterns)
    for (const auto& element : pattern.elements)
      for (const std::string& word : element.words) {
        element_words.insert(word);
        optional_words += element.optional;
        INFO(pattern.id << ": " << word);
        CHECK(k.lexicons.classes_of(word) & ontology::kPatternWord);
      }
  CHECK(optional_words > 0);  // the patterns do have optional words ("with", "the")
  for (const auto* cues : {&k.relations.negation_cues, &k.relations.hypothetical_cues}) {
    REQUIRE_FALSE(cues->empty());
    for (const std::string& word : *cues) {
      INFO(word);
      CHECK(k.lexicons.classes_of(word) & ontology::kModalityCue);
    }
  }
  const std::string text = "The minister did not meet with the envoy and would visit Erbil.";
  for (const Token& t : tokens_of(text)) {
    INFO(t.lower);
    CHECK(t.is(ontology::kPatternWord) == (element_words.count(t.lower) > 0));
    CHECK(t.is(ontology::kModalityCue) ==
          (k.relations.negation_cues.count(t.lower) + k.relations.hypothetical_cues.count(t.lower) > 0));
  }
}
