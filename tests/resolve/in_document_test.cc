// Tests for resolve/in_document: bare surnames, titled surnames among namesakes, acronyms
// and unresolvable bare words, through pipeline::process_article on short articles written
// for these tests (the people are invented).
#include "resolve/in_document.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::describe_mentions;
using newsgraph::testing::find_mention;
using newsgraph::testing::mention_type;
using newsgraph::testing::process;
using newsgraph::testing::root_name;

namespace {

// Indices of every mention named exactly `name`, in text order.
std::vector<uint32_t> all_mentions(const Doc& doc, const std::string& name) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].name == name) out.push_back(i);
  return out;
}

// In `text`, a mention named `name` exists and is not typed a place.
void check_found_but_no_place(const char* text, const std::string& name) {
  Doc doc = process(text);
  INFO(text);
  INFO(describe_mentions(doc));
  const std::string type = mention_type(doc, name);
  CHECK(type != "Place");
  CHECK(type != "(no mention)");
}

}  // namespace

TEST_CASE("a bare surname resolves to the full name before it", "[resolve]") {
  Doc doc = process("Governor Hawar Sindi spoke in Duhok on Monday. Sindi said the roads were open.");
  INFO(describe_mentions(doc));
  uint32_t full = find_mention(doc, "Hawar Sindi");
  uint32_t bare = find_mention(doc, "Sindi");
  REQUIRE(full != kNone);
  REQUIRE(bare != kNone);
  CHECK(doc.mentions[bare].antecedent == full);
  CHECK(resolve::root_mention(doc, bare) == full);
  CHECK(doc.mentions[bare].type == "Person");
  CHECK_FALSE(doc.mentions[bare].is_reference);
  // The full mention is its own root.
  CHECK(doc.mentions[full].antecedent == kNone);
  CHECK(resolve::root_mention(doc, full) == full);
}

// find_full_name scores a following full name by minus its distance, below the initial
// best score of -1, so a surname written before the full name never resolves.
TEST_CASE("a bare surname may also point forward to the full name", "[resolve]") {
  Doc doc = process("Sindi arrived late. Later Governor Hawar Sindi spoke in Duhok.");
  INFO(describe_mentions(doc));
  uint32_t bare = find_mention(doc, "Sindi");
  REQUIRE(bare != kNone);
  CHECK(root_name(doc, bare) == "Hawar Sindi");
}

TEST_CASE("namesakes: a titled surname resolves to the one holding that title", "[resolve]") {
  SECTION("the president named first") {
    Doc doc = process(
        "President Aram Dosky met Minister Hawre Dosky in Duhok. President Dosky said the talks "
        "went well. Later Minister Dosky left for Erbil.");
    INFO(describe_mentions(doc));
    std::vector<uint32_t> bare = all_mentions(doc, "Dosky");
    REQUIRE(bare.size() == 2);
    CHECK(doc.mentions[bare[0]].title == "President");
    CHECK(root_name(doc, bare[0]) == "Aram Dosky");
    CHECK(doc.mentions[bare[1]].title == "Minister");
    CHECK(root_name(doc, bare[1]) == "Hawre Dosky");
  }
  SECTION("the president named last: the title beats proximity") {
    Doc doc = process(
        "Minister Hawre Dosky met President Aram Dosky in Duhok. Minister Hawre Dosky spoke "
        "first. President Dosky said the talks went well.");
    INFO(describe_mentions(doc));
    std::vector<uint32_t> bare = all_mentions(doc, "Dosky");
    REQUIRE(bare.size() == 1);
    CHECK(root_name(doc, bare[0]) == "Aram Dosky");
  }
}

TEST_CASE("namesakes: an untitled surname goes to the nearest preceding full name", "[resolve]") {
  Doc doc = process(
      "Aram Dosky opened the session. Hawre Dosky then read the budget. Dosky said the budget "
      "was fair.");
  INFO(describe_mentions(doc));
  uint32_t bare = find_mention(doc, "Dosky");
  REQUIRE(bare != kNone);
  CHECK(root_name(doc, bare) == "Hawre Dosky");
}

TEST_CASE("an unresolvable bare word stays a reference", "[resolve]") {
  Doc doc = process(
      "Governor Hawar Sindi spoke in Duhok. Barwari was not present. Later, Havrami arrived.");
  INFO(describe_mentions(doc));
  for (const char* word : {"Barwari", "Havrami"}) {
    uint32_t m = find_mention(doc, word);
    REQUIRE(m != kNone);
    CHECK(doc.mentions[m].antecedent == kNone);
    CHECK(doc.mentions[m].is_reference);
    CHECK(doc.mentions[m].type.empty());
  }
  // Not even the only full name in the article claims a surname it does not end with.
  CHECK(root_name(doc, find_mention(doc, "Barwari")) == "Barwari");
}

TEST_CASE("a bare word that the text shows to be a person becomes one", "[resolve]") {
  // A reporting verb after it...
  Doc said = process("Barwari said the checkpoint was closed.");
  INFO(describe_mentions(said));
  uint32_t m = find_mention(said, "Barwari");
  REQUIRE(m != kNone);
  CHECK(said.mentions[m].type == "Person");
  CHECK_FALSE(said.mentions[m].is_reference);
  // ...or coordination with a person.
  Doc coordinated = process("Governor Hawar Sindi and Barwari visited the camp.");
  INFO(describe_mentions(coordinated));
  uint32_t c = find_mention(coordinated, "Barwari");
  REQUIRE(c != kNone);
  CHECK(coordinated.mentions[c].type == "Person");
  CHECK_FALSE(coordinated.mentions[c].is_reference);
}

TEST_CASE("a bare word listed among places becomes a place", "[resolve]") {
  Doc doc = process("Jets struck bases in Sinjar, Qandil, Barwashin and Zakhura on Monday.");
  INFO(describe_mentions(doc));
  for (const char* name : {"Barwashin", "Zakhura"}) {
    CHECK(mention_type(doc, name) == "Place");
    CHECK_FALSE(doc.mentions[find_mention(doc, name)].is_reference);
  }
  // One place beside it is too little, and a person in the list makes it no list of places.
  for (const char* text : {"Jets struck Sinjar and Barwashin on Monday.",
                           "Governor Hawar Sindi, Sinjar, Qandil and Barwashin were named."}) {
    check_found_but_no_place(text, "Barwashin");
  }
}

TEST_CASE("a bare word after 'in' and set off before a larger place is a place", "[resolve]") {
  Doc doc = process("Troops launched an operation in Barwashin, northern Iraq, on Monday.");
  INFO(describe_mentions(doc));
  CHECK(mention_type(doc, "Barwashin") == "Place");
  // Without the preposition or the place after the comma it stays unresolved.
  for (const char* text : {"Barwashin, northern Iraq, was quiet on Monday.",
                           "Troops arrived in Barwashin, officials said on Monday."}) {
    check_found_but_no_place(text, "Barwashin");
  }
}

TEST_CASE("a surname does not resolve to a longer word ending the same way", "[resolve]") {
  // "Sindi" is not the last word of "Hawar Barsindi".
  Doc doc = process("Governor Hawar Barsindi spoke in Duhok. Sindi was not present.");
  INFO(describe_mentions(doc));
  uint32_t bare = find_mention(doc, "Sindi");
  REQUIRE(bare != kNone);
  CHECK(doc.mentions[bare].antecedent == kNone);
}

TEST_CASE("an acronym resolves to the name whose initials it is", "[resolve]") {
  Doc doc = process(
      "The Duhok Water Authority said supplies were low. Engineers at the DWA said pumps had failed.");
  INFO(describe_mentions(doc));
  uint32_t full = find_mention(doc, "Duhok Water Authority");
  uint32_t acronym = find_mention(doc, "DWA");
  REQUIRE(full != kNone);
  REQUIRE(acronym != kNone);
  CHECK(doc.mentions[full].type != "Person");
  CHECK(doc.mentions[acronym].antecedent == full);
  CHECK(doc.mentions[acronym].type == doc.mentions[full].type);
}

TEST_CASE("a body named by generic words is the one body of the article whose name holds them", "[resolve]") {
  // Earlier and qualified in front ("Iraqi Foreign Ministry").
  Doc doc = process("The Iraqi Foreign Ministry summoned the envoy on Monday. The Foreign Ministry said the "
                    "strikes broke the law.");
  INFO(describe_mentions(doc));
  const uint32_t full = find_mention(doc, "Iraqi Foreign Ministry");
  const uint32_t bare = find_mention(doc, "Foreign Ministry");
  REQUIRE(full != kNone);
  REQUIRE(bare != kNone);
  CHECK(resolve::root_mention(doc, bare) == full);
  // Later and qualified behind ("Ministry of Interior of the Kurdistan Regional Government").
  Doc later = process("The Ministry of Interior said two rockets fell near Erbil. A statement by the Ministry of "
                      "Interior of the Kurdistan Regional Government gave no more details.");
  INFO(describe_mentions(later));
  const std::vector<uint32_t> bodies = all_mentions(later, "Ministry of Interior");
  const uint32_t qualified = find_mention(later, "Ministry of Interior of the Kurdistan Regional Government");
  REQUIRE(bodies.size() == 1);
  REQUIRE(qualified != kNone);
  CHECK(resolve::root_mention(later, bodies[0]) == qualified);
}

TEST_CASE("a generic body stays unresolved when two bodies of the article hold its name", "[resolve]") {
  Doc doc = process("The Iraqi Foreign Ministry and the Turkish Foreign Ministry traded notes. The Foreign Ministry "
                    "said the talks would go on.");
  INFO(describe_mentions(doc));
  const uint32_t bare = find_mention(doc, "Foreign Ministry");
  REQUIRE(bare != kNone);
  CHECK(doc.mentions[bare].antecedent == kNone);
}

TEST_CASE("the subject of a clause after 'whom' is not the person 'whom' stands for", "[resolve]") {
  Doc doc = process("Governor Hawar Sindi met Luqman Barzinji, with whom he discussed the roads.");
  INFO(describe_mentions(doc));
  const uint32_t pronoun = find_mention(doc, "he");
  REQUIRE(pronoun != kNone);
  CHECK(root_name(doc, pronoun) == "Hawar Sindi");
  // Control: without "whom" the nearest person before the pronoun is meant.
  Doc control = process("Governor Hawar Sindi met Luqman Barzinji. Later he discussed the roads.");
  INFO(describe_mentions(control));
  const uint32_t later = find_mention(control, "he");
  REQUIRE(later != kNone);
  CHECK(root_name(control, later) == "Luqman Barzinji");
}

TEST_CASE("a quoted 'we' or 'I' stands for the speaker the quotation is attributed to", "[resolve]") {
  struct Case {
    const char* text;
    const char* speaker;
  };
  for (const Case& c : {
           Case{"\"We condemn the attack,\" Hawar Sindi said.", "Hawar Sindi"},
           Case{"\"We condemn the attack,\" said Interior Ministry spokesman Hawar Sindi.", "Hawar Sindi"},
           Case{"Hawar Sindi, the spokesperson of the Kurdistan Democratic Party, said: \"We condemn the attack.\"",
                "Hawar Sindi"},
           Case{"Luqman Barzinji visited Duhok. \"I saw the damage,\" he said.", "Luqman Barzinji"},
           Case{"\"We condemn the attack,\" Hawar Sindi, the governor of Duhok, told reporters.", "Hawar Sindi"},
           Case{"\"We condemn the attack,\" said the Kurdistan Democratic Party in a statement.",
                "Kurdistan Democratic Party"},
       }) {
    Doc doc = process(c.text);
    INFO(c.text << "\n" << describe_mentions(doc));
    uint32_t pronoun = find_mention(doc, "We");
    if (pronoun == kNone) pronoun = find_mention(doc, "I");
    REQUIRE(pronoun != kNone);
    CHECK(root_name(doc, pronoun) == c.speaker);
    CHECK_FALSE(doc.mentions[pronoun].is_reference);
  }
}

TEST_CASE("a 'we' outside a quotation, or in one attributed to no one, stands for no one", "[resolve]") {
  // Outside quotation marks "we" is the reporter's or the newsroom's: no mention at all.
  Doc unquoted = process("Hawar Sindi said we would see the damage.");
  INFO(describe_mentions(unquoted));
  CHECK(find_mention(unquoted, "we") == kNone);
  // No speaker named around the marks: the quoted "we" links to nobody, not even to the
  // person named just before the quotation.
  Doc unattributed = process("Hawar Sindi visited Duhok. \"We condemn the attack,\" read a statement issued there.");
  INFO(describe_mentions(unattributed));
  const uint32_t pronoun = find_mention(unattributed, "We");
  REQUIRE(pronoun != kNone);
  CHECK(unattributed.mentions[pronoun].antecedent == kNone);
  CHECK(unattributed.mentions[pronoun].is_reference);
}
