// Tests for entity recognition, run through pipeline::process_article on short articles
// written for these tests (the people and outlets in them are invented).
#include "extract/entity_recognizer.h"

#include <catch2/catch.hpp>

#include <string>

#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::describe_mentions;
using newsgraph::testing::describe_relations;
using newsgraph::testing::find_mention;
using newsgraph::testing::has_relation;
using newsgraph::testing::mention_type;
using newsgraph::testing::process;

namespace {

// Mentions that can become entities (typed, not a bare unresolved reference).
size_t entity_mentions(const Doc& doc) {
  size_t n = 0;
  for (const Mention& m : doc.mentions) n += !m.type.empty() && !m.is_reference;
  return n;
}

}  // namespace

TEST_CASE("a military title before a name makes a person; the title is not in the name", "[extract]") {
  Doc doc = process("Major General Karwan Doski inspected the new barracks near Kirkuk.");
  INFO(describe_mentions(doc));
  uint32_t m = find_mention(doc, "Karwan Doski");
  REQUIRE(m != kNone);
  CHECK(doc.mentions[m].type == "Person");
  CHECK(doc.mentions[m].title == "Major General");
  CHECK(doc.text(doc.mentions[m].span) == "Karwan Doski");
  CHECK(doc.tokens[doc.mentions[m].first_token].lower == "karwan");
  CHECK(doc.mentions[m].end_token - doc.mentions[m].first_token == 2);
  CHECK(doc.mentions[m].score > 0.f);
  CHECK_FALSE(doc.mentions[m].rule.empty());
  // The abbreviated rank works the same way.
  Doc abbreviated = process("Maj. Gen. Karwan Doski inspected the new barracks near Kirkuk.");
  INFO(describe_mentions(abbreviated));
  uint32_t a = find_mention(abbreviated, "Karwan Doski");
  REQUIRE(a != kNone);
  CHECK(abbreviated.mentions[a].type == "Person");
  CHECK(abbreviated.mentions[a].title == "Maj. Gen.");
}

TEST_CASE("affiliation, title and name in one chunk: person, place and holdsPositionIn", "[extract]") {
  Doc doc = process("Kurdistan Region President Aram Dosky opened a hospital in Zakho on Sunday.");
  INFO(describe_mentions(doc));
  INFO(describe_relations(doc));
  uint32_t person = find_mention(doc, "Aram Dosky");
  uint32_t region = find_mention(doc, "Kurdistan Region");
  REQUIRE(person != kNone);
  REQUIRE(region != kNone);
  CHECK(doc.mentions[person].type == "Person");
  CHECK(doc.mentions[person].title == "President");
  CHECK(doc.mentions[person].affiliation == "Kurdistan Region");
  CHECK(doc.mentions[region].type == "AdministrativeArea");
  auto rels = testing::find_relations(doc, "Aram Dosky", "holdsPositionIn", "Kurdistan Region");
  REQUIRE(rels.size() == 1);
  CHECK(rels[0]->qualifier == "President");
  CHECK(rels[0]->confidence > 0.f);
  // No mention swallows the title.
  CHECK(find_mention(doc, "Kurdistan Region President Aram Dosky") == kNone);
  CHECK(find_mention(doc, "President Aram Dosky") == kNone);
}

TEST_CASE("an organization head at the end makes a government organization", "[extract]") {
  Doc doc = process("The Water Resources Ministry said the reservoirs were full.");
  INFO(describe_mentions(doc));
  uint32_t m = find_mention(doc, "Water Resources Ministry");
  REQUIRE(m != kNone);
  CHECK(doc.mentions[m].type == "GovernmentOrganization");
}

TEST_CASE("an organization head first ('Ministry of X') makes a government organization",
          "[extract]") {
  Doc doc = process("The Ministry of Water Resources said the reservoirs were full.");
  INFO(describe_mentions(doc));
  uint32_t m = find_mention(doc, "Ministry of Water Resources");
  REQUIRE(m != kNone);
  CHECK(doc.mentions[m].type == "GovernmentOrganization");
}

TEST_CASE("an acronym defined in parentheses and reused resolves to the full name", "[extract]") {
  Doc doc = process(
      "The Patriotic Coalition for Reform (PCR) won six seats in Duhok. "
      "Later the PCR named a candidate for governor.");
  INFO(describe_mentions(doc));
  uint32_t full = find_mention(doc, "Patriotic Coalition for Reform");
  REQUIRE(full != kNone);
  CHECK(doc.mentions[full].acronym == "PCR");
  CHECK_FALSE(doc.mentions[full].type.empty());
  CHECK(doc.mentions[full].type != "Person");
  // The bracketed definition is folded into the name: only the later use is a mention.
  int pcr_mentions = 0;
  uint32_t reuse = kNone;
  for (uint32_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].name == "PCR") {
      ++pcr_mentions;
      reuse = i;
    }
  REQUIRE(pcr_mentions == 1);
  CHECK(doc.mentions[reuse].first_token >= doc.sentences[1].first_token);
  CHECK(testing::root_name(doc, reuse) == "Patriotic Coalition for Reform");
  CHECK(doc.mentions[reuse].type == doc.mentions[full].type);
}

TEST_CASE("place cues after and before a name make places", "[extract]") {
  Doc doc = process(
      "Clashes erupted in Anbar province on Sunday. Shepherds fled to Mount Hasarok, "
      "and farmers left Zinarok district.");
  INFO(describe_mentions(doc));
  uint32_t anbar = find_mention(doc, "Anbar province");
  REQUIRE(anbar != kNone);
  CHECK(doc.mentions[anbar].type == "AdministrativeArea");
  CHECK(doc.mentions[anbar].canonical == "Anbar");
  uint32_t mount = find_mention(doc, "Mount Hasarok");
  REQUIRE(mount != kNone);
  CHECK(doc.mentions[mount].type == "Place");
  uint32_t district = find_mention(doc, "Zinarok district");
  REQUIRE(district != kNone);
  CHECK(doc.mentions[district].type == "AdministrativeArea");
}

TEST_CASE("'the X-Y war' is a named event", "[extract]") {
  Doc doc = process("Veterans of the Iran-Iraq war gathered in Basra on Friday.");
  INFO(describe_mentions(doc));
  uint32_t war = find_mention(doc, "Iran-Iraq war");
  REQUIRE(war != kNone);
  CHECK(doc.mentions[war].type == "Event");
  // The countries inside the event name are not mentions of their own.
  CHECK(find_mention(doc, "Iran") == kNone);
  CHECK(find_mention(doc, "Iraq") == kNone);
  uint32_t basra = find_mention(doc, "Basra");
  REQUIRE(basra != kNone);
  CHECK(doc.mentions[basra].type == "City");
}

TEST_CASE("a demonym or ethnic adjective alone is not an entity", "[extract]") {
  for (const char* text : {"Iraqi officials welcomed the decision on Monday.",
                           "Kurdish farmers welcomed the decision on Monday.",
                           "The decision was welcomed by Iranian and Turkish diplomats.",
                           // Several adjectives of origin side by side describe, too.
                           "Troops worked with Syrian Kurdish-led forces on Saturday.",
                           "Leaders of the Iraqi Arab and Syrian Yazidi communities met on Monday."}) {
    Doc doc = process(text);
    INFO(text);
    INFO(describe_mentions(doc));
    CHECK(entity_mentions(doc) == 0);
  }
}

TEST_CASE("a sentence-initial common word is not a name", "[extract]") {
  Doc doc = process(
      "Several ministers resigned on Monday. Security forces closed the roads. "
      "Yesterday the parliament met. Officials said little.");
  INFO(describe_mentions(doc));
  CHECK(doc.mentions.empty());
  // But a name after it in the same chunk survives the trim.
  Doc named = process("Yesterday Governor Hawar Sindi closed the roads.");
  INFO(describe_mentions(named));
  uint32_t m = find_mention(named, "Hawar Sindi");
  REQUIRE(m != kNone);
  CHECK(named.mentions[m].type == "Person");
}

TEST_CASE("well-known organizations and places come from the gazetteer", "[extract]") {
  Doc doc = process("The Kurdistan Democratic Party (KDP) met the Peshmerga in Erbil.");
  INFO(describe_mentions(doc));
  uint32_t kdp = find_mention(doc, "Kurdistan Democratic Party");
  REQUIRE(kdp != kNone);
  CHECK(doc.mentions[kdp].type == "PoliticalParty");
  CHECK(doc.mentions[kdp].canonical == "Kurdistan Democratic Party");
  CHECK(doc.mentions[kdp].acronym == "KDP");
  uint32_t peshmerga = find_mention(doc, "Peshmerga");
  REQUIRE(peshmerga != kNone);
  CHECK(doc.mentions[peshmerga].type == "MilitaryOrganization");
  uint32_t erbil = find_mention(doc, "Erbil");
  REQUIRE(erbil != kNone);
  CHECK(doc.mentions[erbil].type == "City");
  // "U.S." with periods is the country.
  Doc us = process("The U.S. sent aid to Erbil.");
  INFO(describe_mentions(us));
  uint32_t u = find_mention(us, "U.S.");
  REQUIRE(u != kNone);
  CHECK(us.mentions[u].type == "Country");
  CHECK(us.mentions[u].canonical == "United States");
}

// Until 9e9edfc the chunker trimmed "us" as a stopword without looking at case, so the
// all-capital acronym "US" (a listed alias of United States) was never a mention.
TEST_CASE("'US' in capitals is the country; the pronoun 'us' is nothing", "[extract]") {
  Doc doc = process("The US told us nothing. US officials declined to comment.");
  INFO(describe_mentions(doc));
  REQUIRE(doc.mentions.size() == 2);
  for (const Mention& m : doc.mentions) {
    CHECK(m.name == "US");
    CHECK(m.type == "Country");
    CHECK(m.canonical == "United States");
  }
}

// "Sardar" is both a given name and a title in the lexicons: until 9e9edfc the last title
// inside the chunk won, left no name after it, and "Governor Dilan" became an Organization.
TEST_CASE("a surname that is also a title word does not break the titled name", "[extract]") {
  Doc doc = process("Governor Dilan Sardar opened a bridge in Zakho on Monday.");
  INFO(describe_mentions(doc));
  uint32_t m = find_mention(doc, "Dilan Sardar");
  REQUIRE(m != kNone);
  CHECK(doc.mentions[m].type == "Person");
  CHECK(doc.mentions[m].title == "Governor");
  CHECK(find_mention(doc, "Governor Dilan") == kNone);
}

TEST_CASE("a headline in title case trusts only lexicon entries", "[extract]") {
  Doc doc = process("Drone Strike Hits Fuel Depot Near Kirkuk\n"
                    "A drone struck a fuel depot on Sunday, officials said.");
  INFO(describe_mentions(doc));
  uint32_t kirkuk = find_mention(doc, "Kirkuk");
  REQUIRE(kirkuk != kNone);
  CHECK(doc.mentions[kirkuk].type == "City");
  CHECK(find_mention(doc, "Drone Strike Hits Fuel Depot Near") == kNone);
  CHECK(entity_mentions(doc) == 1);
}

TEST_CASE("an ayn or hamza mark closing a word inside a name keeps the name whole", "[extract]") {
  // "Shia'" ("Shia\u2019" before ingest's typography folding): the transliterated Arabic
  // letter, not a possessive or a closing quote.
  Doc doc = process("Prime Minister Ahmed Shia' Al Karimi is scheduled to visit Washington on Monday.");
  INFO(describe_mentions(doc));
  const uint32_t whole = find_mention(doc, "Ahmed Shia' Al Karimi");
  REQUIRE(whole != kNone);
  CHECK(doc.mentions[whole].type == "Person");
  CHECK(find_mention(doc, "Ahmed Shia") == kNone);
  CHECK(find_mention(doc, "Al Karimi") == kNone);
  // A plural possessive still ends a name, and a quoted name keeps its own bounds.
  Doc possessive = process("The Kurds' Peshmerga Ministry rejected the plan.");
  INFO(describe_mentions(possessive));
  CHECK(find_mention(possessive, "Kurds' Peshmerga Ministry") == kNone);
  Doc quoted = process("Officials called it the 'Dara Salih' Plan Monday.");
  INFO(describe_mentions(quoted));
  CHECK(find_mention(quoted, "Dara Salih' Plan") == kNone);
}

TEST_CASE("a demonym before a lexicon name of that country's body is part of the name", "[extract]") {
  Doc doc = process("Earlier this morning, the Iranian Revolutionary Guards claimed the strike.");
  INFO(describe_mentions(doc));
  const uint32_t m = find_mention(doc, "Iranian Revolutionary Guards");
  REQUIRE(m != kNone);
  CHECK(doc.mentions[m].canonical == "Islamic Revolutionary Guard Corps");
  CHECK(doc.mentions[m].rule == "gazetteer+demonym");
  // Another country's demonym does not make the body that country's.
  Doc other = process("Earlier this morning, the Turkish Revolutionary Guards claimed the strike.");
  INFO(describe_mentions(other));
  for (const Mention& mention : other.mentions) CHECK(mention.rule != "gazetteer+demonym");
}

TEST_CASE("a leader's name before 'administration' names that leader's government", "[extract]") {
  Doc doc = process("The delegation urged the Dosky administration to act, as the Sindi administration had.");
  INFO(describe_mentions(doc));
  for (const char* name : {"Dosky administration", "Sindi administration"}) {
    CHECK(mention_type(doc, name) == "GovernmentOrganization");
    CHECK_FALSE(doc.mentions[find_mention(doc, name)].is_reference);
  }
  CHECK(find_mention(doc, "Dosky") == kNone);
  // A country's adjective keeps its own reading, and a dictionary word opening the sentence
  // is no leader.
  Doc described = process("New administration officials met the Iraqi administration in Erbil.");
  INFO(describe_mentions(described));
  CHECK(find_mention(described, "New administration") == kNone);
  CHECK(find_mention(described, "Iraqi administration") != kNone);
}

TEST_CASE("'the villages of X and Y': a place word and 'of' make the names places", "[extract]") {
  Doc doc = process("Rockets fell between the villages of Sheikh Hasan and Kani Dosky, and near the town of Khabat.");
  INFO(describe_mentions(doc));
  for (const char* name : {"Sheikh Hasan", "Kani Dosky", "Khabat"}) {
    CHECK(mention_type(doc, name) == "City");
  }
  CHECK(find_mention(doc, "Hasan") == kNone);  // "Sheikh" is no title here
  // After a comma, only a member of the enumeration is a place.
  Doc list = process("Drones struck the villages of Kani Dosky, Bersive and Zakhura on Monday.");
  INFO(describe_mentions(list));
  for (const char* name : {"Kani Dosky", "Bersive", "Zakhura"}) {
    CHECK(mention_type(list, name) == "City");
  }
  Doc said = process("Drones struck the village of Kani Dosky, Hawar Sindi said on Monday.");
  INFO(describe_mentions(said));
  CHECK(mention_type(said, "Hawar Sindi") == "Person");
}

TEST_CASE("a generic ministry is named with the government that owns it", "[extract]") {
  Doc doc = process(
      "The Ministry of Interior of the Kurdistan Regional Government issued a statement, and the "
      "Ministry of Finance in the Kurdistan Regional Government paid the salaries.");
  INFO(describe_mentions(doc));
  INFO(describe_relations(doc));
  for (const char* name : {"Ministry of Interior of the Kurdistan Regional Government",
                           "Ministry of Finance in the Kurdistan Regional Government"}) {
    CHECK(mention_type(doc, name) == "GovernmentOrganization");
    CHECK(has_relation(doc, name, "memberOf", "Kurdistan Regional Government"));
  }
  // A ministry with a name of its own keeps it, and a city after "in" is no owner.
  Doc own = process("The Ministry of Peshmerga Affairs of the Kurdistan Regional Government met, and the Ministry of Health in Erbil replied.");
  INFO(describe_mentions(own));
  CHECK(find_mention(own, "Ministry of Peshmerga Affairs") != kNone);
  CHECK(find_mention(own, "Ministry of Health") != kNone);
}

TEST_CASE("a lexicon place hyphened to an unknown word is one compound place", "[extract]") {
  Doc doc = process("Jets struck the Zap-Barwashin area, and talks on Erbil-Baghdad ties resumed.");
  INFO(describe_mentions(doc));
  CHECK(mention_type(doc, "Zap-Barwashin") == "Place");
  CHECK(doc.mentions[find_mention(doc, "Zap-Barwashin")].canonical.empty());  // not the lexicon's Zap
  // Two lexicon names stay two.
  CHECK(find_mention(doc, "Erbil") != kNone);
  CHECK(find_mention(doc, "Baghdad") != kNone);
}

TEST_CASE("a name in the role of a title ('kept X as finance minister') is a person", "[extract]") {
  Doc doc = process("He kept Hawar Sindi as foreign minister, and Erbil Dosky as the finance minister.");
  INFO(describe_mentions(doc));
  for (const char* name : {"Hawar Sindi", "Erbil Dosky"}) {
    CHECK(mention_type(doc, name) == "Person");
  }
  CHECK(find_mention(doc, "Erbil") == kNone);
  // Without the role, a place name stays a place.
  Doc place = process("He kept Erbil as a base for the talks.");
  INFO(describe_mentions(place));
  CHECK(mention_type(place, "Erbil") == "City");
}

TEST_CASE("a credit line's names are people, not a title-case headline", "[extract]") {
  for (const char* credit : {"Editing by Karwan Dosky", "Additional reporting by Karwan Dosky", "By Karwan Dosky"}) {
    const std::string text = std::string("The minister met the envoy in Erbil on Monday.\n\n") + credit + "\n";
    Doc doc = process(text);
    INFO(text);
    INFO(describe_mentions(doc));
    CHECK(mention_type(doc, "Karwan Dosky") == "Person");
  }
  // Another line of capitals with "by" in it stays a headline.
  Doc headline = process("Statement By Karwan Dosky Welcomes Erbil Accord\n\nThe minister met the envoy on Monday.\n");
  INFO(describe_mentions(headline));
  CHECK(find_mention(headline, "Karwan Dosky") == kNone);
}

TEST_CASE("a single unknown name after 'identified as' is a person", "[extract]") {
  Doc doc = process("The official, identified as Tavgir, was arrested in Duhok.");
  INFO(describe_mentions(doc));
  const uint32_t m = find_mention(doc, "Tavgir");
  REQUIRE(m != kNone);
  CHECK(doc.mentions[m].type == "Person");
  CHECK_FALSE(doc.mentions[m].is_reference);
  // Control: the same word without the introducer stays an unresolved reference.
  Doc control = process("The official was seen with Tavgir in Duhok.");
  INFO(describe_mentions(control));
  const uint32_t c = find_mention(control, "Tavgir");
  REQUIRE(c != kNone);
  CHECK(control.mentions[c].is_reference);
}

TEST_CASE("a name cut short by a lexicon name after a connector does not end in the connector", "[extract]") {
  Doc doc = process("The French Consulate in Erbil was closed on Monday.");
  INFO(describe_mentions(doc));
  CHECK(find_mention(doc, "French Consulate in") == kNone);
  CHECK(find_mention(doc, "French Consulate") != kNone);
  CHECK(mention_type(doc, "Erbil") == "City");
  // Nor does a possessive between two lexicon names become a name of its own.
  Doc possessive = process("The Kurdistan Region's Ministry of Peshmerga said two soldiers were wounded.");
  INFO(describe_mentions(possessive));
  CHECK(find_mention(possessive, "'s") == kNone);
}
