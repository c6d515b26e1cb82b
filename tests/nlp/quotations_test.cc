// Tests for nlp/quotations: which tokens stand inside quotation marks. Every sentence here
// was written for these tests; the people in them are invented.
#include "nlp/quotations.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "nlp/tokenizer.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

// The words inside each quotation, joined by spaces; "(open)" marks one the paragraph ended.
std::vector<std::string> quoted(const std::string& text) {
  const std::vector<Token> tokens = nlp::tokenize(text, knowledge().lexicons);
  std::vector<std::string> out;
  for (const Quotation& q : nlp::find_quotations(tokens)) {
    std::string words;
    for (uint32_t t = q.open + 1; t < q.end; ++t) words += (words.empty() ? "" : " ") + tokens[t].lower;
    out.push_back(q.closed ? words : words + " (open)");
  }
  return out;
}

}  // namespace

TEST_CASE("quotations pair an opening and a closing mark", "[nlp]") {
  CHECK(quoted("\"We will rebuild the bridge,\" Hawar Sindi said. \"It matters.\"") ==
        std::vector<std::string>{"we will rebuild the bridge ,", "it matters ."});
  // The marks' spacing says which opens: a mark after a word with no space closes.
  CHECK(quoted("He said: \"Not now.\" Then \"yes\" again.") == std::vector<std::string>{"not now .", "yes"});
}

TEST_CASE("a new paragraph ends a quotation left open", "[nlp]") {
  // News quotes running over paragraphs open each paragraph again and close only the last.
  CHECK(quoted("\"We will rebuild the bridge.\n\"It matters to everyone,\" he said.") ==
        std::vector<std::string>{"we will rebuild the bridge . (open)", "it matters to everyone ,"});
  // A line continuing a sentence in lower case (a hard-wrapped line) stays inside.
  CHECK(quoted("\"We will rebuild\nthe bridge,\" he said.") ==
        std::vector<std::string>{"we will rebuild the bridge ,"});
}

TEST_CASE("a stray closing mark opens nothing", "[nlp]") {
  CHECK(quoted("The word\" stands alone.").empty());
}

TEST_CASE("quotation_around finds the quotation holding a token", "[nlp]") {
  const std::vector<Token> tokens = nlp::tokenize("He said \"we agree\" and left.", knowledge().lexicons);
  const std::vector<Quotation> quotations = nlp::find_quotations(tokens);
  REQUIRE(quotations.size() == 1);
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    const bool inside = tokens[t].lower == "we" || tokens[t].lower == "agree";
    INFO("token " << tokens[t].lower);
    CHECK((nlp::quotation_around(quotations, t) != nullptr) == inside);
  }
}
