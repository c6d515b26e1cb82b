// Tests for nlp/sentence_splitter: where sentences end and where they do not.
// Every sentence here was written for these tests; the people in them are invented.
#include "nlp/sentence_splitter.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "nlp/tokenizer.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

std::vector<std::string> split(const std::string& text) {
  std::vector<Token> tokens = nlp::tokenize(text, knowledge().lexicons);
  std::vector<Sentence> sentences = nlp::split_sentences(tokens);
  std::vector<std::string> out;
  uint32_t expected_first = 0;
  for (const Sentence& s : sentences) {
    // Sentences tile the tokens in order, and the span covers exactly their tokens.
    CHECK(s.first_token == expected_first);
    CHECK(s.first_token < s.end_token);
    CHECK(s.span.begin == tokens[s.first_token].span.begin);
    CHECK(s.span.end == tokens[s.end_token - 1].span.end);
    CHECK(tokens[s.first_token].sentence_start);
    for (uint32_t t = s.first_token + 1; t < s.end_token; ++t) CHECK_FALSE(tokens[t].sentence_start);
    expected_first = s.end_token;
    out.emplace_back(s.span.in(text));
  }
  CHECK(expected_first == tokens.size());
  return out;
}

}  // namespace

TEST_CASE("a period before a capitalized word ends a sentence", "[nlp]") {
  CHECK(split("The talks ended late. Both delegations left Baghdad on Tuesday.") ==
        std::vector<std::string>{"The talks ended late.", "Both delegations left Baghdad on Tuesday."});
  CHECK(split("Was the road open? Nobody knew! Drivers waited.") ==
        std::vector<std::string>{"Was the road open?", "Nobody knew!", "Drivers waited."});
  // A digit may open a sentence too.
  CHECK(split("The convoy was hit. 12 soldiers were hurt.") ==
        std::vector<std::string>{"The convoy was hit.", "12 soldiers were hurt."});
}

TEST_CASE("a period before a lower-case word does not end a sentence", "[nlp]") {
  CHECK(split("The figure was approx. three hundred people.").size() == 1);
}

TEST_CASE("abbreviations do not end a sentence in mid-sentence", "[nlp]") {
  std::vector<std::string> s =
      split("Maj. Gen. Dilshad Berwari met U.S. Ambassador Karen Whitfield in Erbil. "
            "They discussed the Oct. 7 attack.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Maj. Gen. Dilshad Berwari met U.S. Ambassador Karen Whitfield in Erbil.");
  CHECK(s[1] == "They discussed the Oct. 7 attack.");
  CHECK(split("Dr. Shirin Havrami said the U.S. Embassy was closed.").size() == 1);
}

TEST_CASE("closing quotes stay with the sentence they close", "[nlp]") {
  std::vector<std::string> s =
      split("\"We will stay until the job is done.\" The colonel then left. "
            "He added: \"The base is safe.\" Reporters were not allowed in.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "\"We will stay until the job is done.\"");
  CHECK(s[1] == "The colonel then left.");
  CHECK(s[2] == "He added: \"The base is safe.\"");
  CHECK(s[3] == "Reporters were not allowed in.");
  // A closing bracket after the period stays too.
  std::vector<std::string> b = split("The road reopened (after two days.) Trucks crossed.");
  REQUIRE(b.size() == 2);
  CHECK(b[0] == "The road reopened (after two days.)");
}

TEST_CASE("line breaks split headlines and bylines from the text", "[nlp]") {
  std::vector<std::string> s =
      split("Drone Strike Hits Fuel Depot Near Kirkuk\nBy Hana Rostami\n"
            "A drone struck a fuel depot on Sunday, officials said.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Drone Strike Hits Fuel Depot Near Kirkuk");
  CHECK(s[1] == "By Hana Rostami");
  CHECK(s[2] == "A drone struck a fuel depot on Sunday, officials said.");
}

TEST_CASE("a lower-case continuation line does not split", "[nlp]") {
  std::vector<std::string> s =
      split("The minister said the border crossing\nwould reopen next week. Traders welcomed it.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "The minister said the border crossing\nwould reopen next week.");
  // But a line ending in a colon or a period followed by a lower-case line does split.
  std::vector<std::string> t = split("Updated.\nofficials confirmed the toll.");
  CHECK(t.size() == 2);
}

TEST_CASE("text without final punctuation is one sentence", "[nlp]") {
  CHECK(split("Officials met in Duhok") == std::vector<std::string>{"Officials met in Duhok"});
  CHECK(split("").empty());
}
