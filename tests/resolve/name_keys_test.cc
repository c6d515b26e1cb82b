// Tests for resolve/name_keys: exact folding, the lossy transliteration key, blocking keys
// and id slugs.
// The names are invented.
#include "resolve/name_keys.h"

#include <catch2/catch.hpp>

#include "support/knowledge_fixture.h"

using namespace newsgraph::resolve;

TEST_CASE("fold_name folds case, accents, punctuation and a leading 'the'", "[resolve]") {
  CHECK(fold_name("Hawar Sindi") == "hawar sindi");
  CHECK(fold_name("HAWAR SINDI") == "hawar sindi");
  CHECK(fold_name("  Hawar   Sindi, ") == "hawar sindi");
  CHECK(fold_name("T\u00fcrkiye") == "turkiye");
  CHECK(fold_name("Ame\u0301di") == "amedi");  // decomposed accent
  CHECK(fold_name("Qasim al-Dulaimi") == "qasim al dulaimi");
  CHECK(fold_name("The Kurdistan Region") == "kurdistan region");
  CHECK(fold_name("the Peshmerga") == "peshmerga");
  // Only a leading "the" as a word: "Theodor" keeps its letters.
  CHECK(fold_name("Theodor Halabi") == "theodor halabi");
  // Apostrophes vanish inside words.
  CHECK(fold_name("Charg\u00e9 d'affaires") == "charge daffaires");
  CHECK(fold_name("People's Protection Units") == "peoples protection units");
  CHECK(fold_name("").empty());
  CHECK(fold_name("...").empty());
  // Digits are kept; a run of punctuation is one space, none at the ends.
  CHECK(fold_name("(30th Brigade) -- PMF!") == "30th brigade pmf");
  CHECK(fold_name("U.S.-led") == "u s led");
}

TEST_CASE("fold_name treats letters Unicode does not decompose as their base letter", "[resolve]") {
  // Turkish dotless i and Polish/Nordic stroked letters, as outlets without those
  // keyboards write them; a non-ASCII name and its ASCII spelling fold alike.
  CHECK(fold_name("Y\u0131ld\u0131z Kaplano\u011flu") == fold_name("Yildiz Kaplanoglu"));
  CHECK(fold_name("\u0141ukasz Br\u00f8ndal") == "lukasz brondal");
  CHECK(fold_name("\u0130STANBUL") == fold_name("istanbul"));
}

TEST_CASE("fold_name is exact: different spellings stay different", "[resolve]") {
  CHECK(fold_name("Shirwan Haidari") != fold_name("Sherwan Haydari"));
  CHECK(fold_name("Hawar Sindi") == fold_name("hawar-sindi"));
}

TEST_CASE("transliteration_key lets romanized variants of one name meet", "[resolve]") {
  CHECK(transliteration_key("Shirwan Haidari") == transliteration_key("Sherwan Haydari"));
  CHECK(transliteration_key("Nechirvan Doski") == transliteration_key("Nechervan Doski"));
  CHECK(transliteration_key("Qasim al-Dulaimi") == transliteration_key("Kasim Dulaimi"));
  CHECK(transliteration_key("Qasim al-Dulaimi") == transliteration_key("Qassim Al Dulaymi"));
  CHECK(transliteration_key("Yousif Merani") == transliteration_key("Yusif Merani"));
  CHECK(transliteration_key("Wahid Barzinji") == transliteration_key("Vahid Barzinji"));
  // Words stay words: the key keeps one entry per word.
  CHECK(transliteration_key("Shirwan Haidari").find(' ') != std::string::npos);
}

TEST_CASE("transliteration_key keeps different given names apart", "[resolve]") {
  CHECK(transliteration_key("Shirwan Haidari") != transliteration_key("Kamal Haidari"));
  CHECK(transliteration_key("Aram Dosky") != transliteration_key("Hawre Dosky"));
  CHECK(transliteration_key("Shirwan Haidari") != transliteration_key("Shirwan Barzinji"));
  // The first letter of each word is kept even when it is a vowel.
  CHECK(transliteration_key("Azad Merani") != transliteration_key("Zad Merani"));
}

TEST_CASE("slug makes lower-case ASCII ids", "[resolve]") {
  CHECK(slug("Hawar Sindi") == "hawar-sindi");
  CHECK(slug("Qasim al-Dulaimi") == "qasim-al-dulaimi");
  CHECK(slug("The Kurdistan Region") == "kurdistan-region");
  CHECK(slug("T\u00fcrkiye") == "turkiye");
  CHECK(slug("People's Protection Units") == "peoples-protection-units");
  CHECK(slug("  Erbil  ") == "erbil");
  CHECK(slug("") == "entity");
  CHECK(slug("!!!") == "entity");
  // Spelling variants have different slugs; the same name in other cases the same one.
  CHECK(slug("Sherwan Haydari") != slug("Shirwan Haidari"));
  CHECK(slug("HAWAR SINDI") == slug("Hawar Sindi"));
}

TEST_CASE("blocking_keys gives the name key first and then the keys of each class", "[resolve]") {
  const auto& lexicons = newsgraph::testing::knowledge().lexicons;
  std::vector<BlockingKey> keys;
  auto kinds = [&] {
    std::vector<KeyKind> out;
    for (const BlockingKey& k : keys) out.push_back(k.kind);
    return out;
  };
  // A person of two words meets variants through the transliteration key too.
  blocking_keys({"PER", "Person", fold_name("Shirwan Haidari"), "", false, 2}, lexicons, keys);
  REQUIRE(kinds() == std::vector<KeyKind>{KeyKind::kName, KeyKind::kTransliteration});
  CHECK(keys[0].key == "PER|shirwan haidari");
  CHECK(keys[1].key == "PER|" + transliteration_key("Shirwan Haidari"));
  CHECK(transliteration_of_folded(fold_name("Qasim al-Dulaimi")) == transliteration_key("Qasim al-Dulaimi"));
  // One word is too little to go by its transliteration.
  blocking_keys({"PER", "Person", fold_name("Haidari"), "", false, 1}, lexicons, keys);
  CHECK(kinds() == std::vector<KeyKind>{KeyKind::kName});
  // An event's words in any order.
  blocking_keys({"EVT", "Event", fold_name("the Israel-Hamas war"), "", false, 3}, lexicons, keys);
  REQUIRE(kinds() == std::vector<KeyKind>{KeyKind::kName, KeyKind::kEventWords});
  std::vector<BlockingKey> swapped;
  blocking_keys({"EVT", "Event", fold_name("the Hamas-Israel war"), "", false, 3}, lexicons, swapped);
  CHECK(keys[1].key == swapped[1].key);
  CHECK(keys[0].key != swapped[0].key);
  // An organization not in the lexicon: its acronym, and its name without generic words.
  blocking_keys({"ORG", "NewsMediaOrganization", fold_name("Zarvanek News Agency"), "ZNA", false, 3}, lexicons, keys);
  REQUIRE(kinds() == std::vector<KeyKind>{KeyKind::kName, KeyKind::kAcronym, KeyKind::kOrganizationCore});
  CHECK(keys[1].key == "ORG|zna");
  CHECK(keys[2].key == "ORG|NewsMediaOrganization|zarvanek");
  // A lexicon entry is known by its canonical name: no core.
  blocking_keys({"ORG", "NewsMediaOrganization", fold_name("Zarvanek News Agency"), "", true, 3}, lexicons, keys);
  CHECK(kinds() == std::vector<KeyKind>{KeyKind::kName});
  CHECK(std::string(key_kind_name(KeyKind::kOrganizationCore)) == "organization-core");
  // A place not in the lexicon: its name without a trailing place word, which a place of
  // unknown kind shares; a town keeps apart from its district.
  blocking_keys({"LOC", "AdministrativeArea", fold_name("Barwashin region"), "", false, 2}, lexicons, keys);
  REQUIRE(kinds() == std::vector<KeyKind>{KeyKind::kName, KeyKind::kPlaceCore});
  std::vector<BlockingKey> bare;
  blocking_keys({"LOC", "Place", fold_name("Barwashin"), "", false, 1}, lexicons, bare);
  REQUIRE(bare.size() == 2);
  CHECK(bare[1].key == keys[1].key);
  const std::string region_core = keys[1].key;
  blocking_keys({"LOC", "City", fold_name("Barwashin"), "", false, 1}, lexicons, keys);
  CHECK(kinds() == std::vector<KeyKind>{KeyKind::kName});
  CHECK(keys[0].key != region_core);  // the town's name key does not meet the region's core
  CHECK(std::string(key_kind_name(KeyKind::kPlaceCore)) == "place-core");
}
