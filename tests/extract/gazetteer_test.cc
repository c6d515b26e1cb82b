// Tests for extract/gazetteer: longest-match lookup of lexicon names over tokens, on a
// small lexicon built here so that every answer is known.
#include "extract/gazetteer.h"

#include <catch2/catch.hpp>

#include "nlp/tokenizer.h"

using namespace newsgraph;

namespace {

struct SmallGazetteer {
  ontology::Lexicons lexicons;
  std::unique_ptr<extract::Gazetteer> gazetteer;

  SmallGazetteer() {
    lexicons.organizations.push_back({"United Nations", "Organization", {"UN"}, {}, ""});
    // A word prefix longer than a word table keeps inline ("united nations assistance mission").
    lexicons.organizations.push_back(
        {"United Nations Assistance Mission for Iraq", "Organization", {"UNAMI"}, {}, ""});
    lexicons.organizations.push_back({"international coalition", "MilitaryOrganization", {}, {}, ""});
    lexicons.places.push_back({"United States", "Country", {"US", "U.S."}, {}, ""});
    lexicons.places.push_back({"Kurdistan Region", "AdministrativeArea", {"KRI"}, {}, "Iraq"});
    gazetteer = std::make_unique<extract::Gazetteer>(lexicons);
    // As pipeline/knowledge.cc does: match_at only looks where a name can begin.
    for (const std::string& word : gazetteer->first_words())
      lexicons.add_word_class(word, ontology::kKnownNameStart);
  }

  // The matched text at the first token of `needle` in `text`, or "" when none.
  std::string match(const std::string& text, std::string_view needle) const {
    std::vector<Token> tokens = nlp::tokenize(text, lexicons);
    for (uint32_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].span.begin != text.find(needle)) continue;
      auto m = gazetteer->match_at(tokens, text, i, static_cast<uint32_t>(tokens.size()));
      if (!m) return "";
      return text.substr(tokens[m->begin].span.begin, tokens[m->end - 1].span.end - tokens[m->begin].span.begin);
    }
    FAIL("no token at " << needle);
    return "";
  }
};

}  // namespace

TEST_CASE("gazetteer: the longest name wins, however long its word prefixes", "[extract]") {
  SmallGazetteer g;
  CHECK(g.match("Envoys of the United Nations met.", "United") == "United Nations");
  const std::string mission = "the United Nations Assistance Mission for Iraq said";
  CHECK(g.match(mission, "United") == "United Nations Assistance Mission for Iraq");
  // A prefix that leads nowhere falls back to the longest complete name inside it.
  CHECK(g.match("the United Nations Assistance team", "United") == "United Nations");
  CHECK(g.match("the United States and UNAMI", "United") == "United States");
  CHECK(g.match("the United States and UNAMI", "UNAMI") == "UNAMI");
  CHECK(g.match("a united front", "united") == "");
}

TEST_CASE("gazetteer: acronyms need capitals, lower-case names match in any case", "[extract]") {
  SmallGazetteer g;
  CHECK(g.match("Officials in the US said", "US") == "US");
  CHECK(g.match("He told us that", "us") == "");
  CHECK(g.match("The U.S. embassy", "U.S.") == "U.S.");
  CHECK(g.match("the International Coalition struck", "International") == "International Coalition");
  CHECK(g.match("the international coalition struck", "international") == "international coalition");
  // A capitalized name needs its first word capitalized; news often lowers the rest.
  CHECK(g.match("in the Kurdistan region of Iraq", "Kurdistan") == "Kurdistan region");
  CHECK(g.match("in the kurdistan region of Iraq", "kurdistan") == "");
  CHECK(g.match("the KRI and Iraq", "KRI") == "KRI");
  CHECK(g.match("the kri and Iraq", "kri") == "");
}

TEST_CASE("gazetteer: a first word some name writes in lower case matches lower-case text", "[extract]") {
  // "united" opens a capitalized name and a lower-case one: at a lower-case "united" only the
  // lower-case name can match, and it must still be found.
  ontology::Lexicons lexicons;
  lexicons.organizations.push_back({"United Nations", "Organization", {}, {}, ""});
  lexicons.organizations.push_back({"united front", "Organization", {}, {}, ""});
  extract::Gazetteer gazetteer(lexicons);
  for (const std::string& word : gazetteer.first_words()) lexicons.add_word_class(word, ontology::kKnownNameStart);
  auto matched_words = [&](const std::string& text) -> uint32_t {
    std::vector<Token> tokens = nlp::tokenize(text, lexicons);
    auto m = gazetteer.match_at(tokens, text, 1, static_cast<uint32_t>(tokens.size()));
    return m ? m->end - m->begin : 0;
  };
  CHECK(matched_words("a united front formed") == 2);
  CHECK(matched_words("a United Nations team") == 2);
  CHECK(matched_words("a united nations team") == 0);
}
