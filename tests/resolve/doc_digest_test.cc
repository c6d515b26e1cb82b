// Tests for resolve/doc_digest: a digest keeps, for every mention and relation, exactly
// what merging reads, through pipeline::process_article on a short invented article.
#include "resolve/doc_digest.h"

#include <catch2/catch.hpp>

#include "resolve/in_document.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::describe_mentions;
using newsgraph::testing::find_mention;
using newsgraph::testing::knowledge;
using newsgraph::testing::process;

namespace {

// An article through the pipeline, as its Doc (to compare with) and its digest.
std::pair<Doc, resolve::DocDigest> processed_and_digested(const std::string& text) {
  Doc doc = process(text);
  resolve::DocDigest digest = resolve::digest(doc, knowledge().vocabulary, knowledge().lexicons);
  return {std::move(doc), std::move(digest)};
}

// Every record of `d` is a root mention of `copy` with a class, carrying the folded names
// and blocking keys computed afresh from its mention; every such mention is a record.
void check_records(const Doc& copy, const resolve::DocDigest& d) {
  size_t expected_records = 0;
  for (uint32_t i = 0; i < copy.mentions.size(); ++i) {
    const Mention& m = copy.mentions[i];
    std::string_view coarse = knowledge().vocabulary.coarse_of(m.type);
    if (m.antecedent == kNone && !m.is_reference && !coarse.empty()) ++expected_records;
  }
  REQUIRE(d.records.size() == expected_records);
  std::vector<resolve::BlockingKey> expected;
  for (size_t k = 0; k < d.records.size(); ++k) {
    const resolve::RecordDigest& r = d.records[k];
    const Mention& m = copy.mentions[r.mention];
    INFO("record " << k << " " << m.name);
    CHECK(d.mentions[r.mention].root == kNone);
    CHECK(d.string(r.coarse) == knowledge().vocabulary.coarse_of(m.type));
    CHECK(d.string(r.folded_name) == resolve::fold_name(m.name));
    const std::string folded_key = resolve::fold_name(m.canonical.empty() ? m.name : m.canonical);
    CHECK(d.string(r.folded_key) == folded_key);
    resolve::blocking_keys({d.string(r.coarse), m.type, folded_key, m.acronym, !m.canonical.empty(),
                            d.mentions[r.mention].words},
                           knowledge().lexicons, expected);
    auto keys = d.keys_of(k);
    REQUIRE(keys.size() == expected.size());
    for (size_t j = 0; j < keys.size(); ++j) {
      CHECK(keys[j].kind == expected[j].kind);
      CHECK(d.string(keys[j].key) == expected[j].key);
    }
    CHECK(d.string(d.mentions[r.mention].name_key) == resolve::class_key(d.string(r.coarse), folded_key));
  }
}

}  // namespace

TEST_CASE("a digest keeps every mention's names, type, flags and root", "[resolve]") {
  const auto [copy, d] = processed_and_digested(
      "ERBIL (Hillside Post) - Governor Hawar Sindi met the Kurdistan Democratic Party (KDP) in Duhok on "
      "Monday. Sindi said the KDP would send a delegation.");
  INFO(describe_mentions(copy));
  REQUIRE(d.mentions.size() == copy.mentions.size());
  CHECK(d.article.text == copy.article.text);
  CHECK(d.meta.date == copy.meta.date);
  CHECK(d.meta.publisher == copy.meta.publisher);
  for (uint32_t i = 0; i < copy.mentions.size(); ++i) {
    const Mention& m = copy.mentions[i];
    const resolve::MentionDigest& md = d.mentions[i];
    INFO("mention " << i << " " << m.name);
    CHECK(d.string(md.name) == m.name);
    CHECK(d.string(md.canonical) == m.canonical);
    CHECK(d.string(md.acronym) == m.acronym);
    CHECK(d.string(md.type) == m.type);
    CHECK(md.words == m.end_token - m.first_token);
    CHECK(md.is_reference == m.is_reference);
    CHECK(md.is_acronym == m.is_acronym);
    CHECK(md.is_metonym == m.is_metonym);
    CHECK(md.score == m.score);
    CHECK((md.root == kNone) == (m.antecedent == kNone));
    CHECK(d.root_of(i) == resolve::root_mention(copy, i));
  }
  // The bare surname and the bare acronym point at their full names.
  uint32_t bare = find_mention(copy, "Sindi");
  REQUIRE(bare != kNone);
  CHECK(d.string(d.mentions[d.root_of(bare)].name) == "Hawar Sindi");
}

TEST_CASE("a digest keeps every relation's ends, strings and evidence", "[resolve]") {
  const auto [copy, d] =
      processed_and_digested("Prime Minister Hawar Sindi met Foreign Minister Dilan Barakzai in Baghdad on Monday.");
  INFO(describe_mentions(copy));
  REQUIRE_FALSE(copy.relations.empty());
  REQUIRE(d.relations.size() == copy.relations.size());
  for (size_t i = 0; i < copy.relations.size(); ++i) {
    const RelationMention& r = copy.relations[i];
    const resolve::RelationDigest& rd = d.relations[i];
    CHECK(rd.subject == r.subject);
    CHECK(rd.object == r.object);
    CHECK(d.string(rd.predicate) == r.predicate);
    CHECK(d.string(rd.qualifier) == r.qualifier);
    CHECK(d.string(rd.rule) == r.rule);
    CHECK(d.string(rd.date) == r.date);
    CHECK(d.text(rd.evidence) == copy.text(r.evidence));
    CHECK(rd.confidence == r.confidence);
  }
}

TEST_CASE("a digest stores a repeated string once", "[resolve]") {
  const auto [copy, d] =
      processed_and_digested("Hawar Sindi met Dilan Barakzai. Sindi and Barakzai met Rezan Duski later.");
  // Every "Person" and every repeated name is one stretch of the buffer.
  REQUIRE(d.mentions.size() == copy.mentions.size());
  size_t people = 0;
  for (uint32_t i = 0; i < copy.mentions.size(); ++i) {
    for (uint32_t j = 0; j < i; ++j) {
      if (copy.mentions[i].type == copy.mentions[j].type) {
        CHECK(d.mentions[i].type.begin == d.mentions[j].type.begin);
      }
      if (copy.mentions[i].name == copy.mentions[j].name) {
        CHECK(d.mentions[i].name.begin == d.mentions[j].name.begin);
      }
    }
    people += copy.mentions[i].type == "Person";
  }
  CHECK(people >= 3);
}

TEST_CASE("a digest stores a repeated long name once and keeps names of one length apart", "[resolve]") {
  // Names of more than 24 bytes are compared another way than short ones; "Hawar Sindi" and
  // "Rezan Duski" have one length.
  const auto [copy, d] = processed_and_digested(
      "The Kurdistan Democratic Party met the Patriotic Union of Kurdistan in Erbil. Hawar Sindi and "
      "Rezan Duski said the Kurdistan Democratic Party and the Patriotic Union of Kurdistan would meet again.");
  REQUIRE(d.mentions.size() == copy.mentions.size());
  size_t long_repeats = 0;
  for (uint32_t i = 0; i < copy.mentions.size(); ++i) {
    CHECK(d.string(d.mentions[i].name) == copy.mentions[i].name);
    for (uint32_t j = 0; j < i; ++j) {
      if (copy.mentions[i].name != copy.mentions[j].name) continue;
      CHECK(d.mentions[i].name.begin == d.mentions[j].name.begin);
      long_repeats += copy.mentions[i].name.size() > 24;
    }
  }
  CHECK(long_repeats >= 1);
}

TEST_CASE("a digest carries each record's folded names and blocking keys", "[resolve]") {
  // Records are the root mentions with a class, not the references; each comes with what
  // the merger would otherwise compute from the whole corpus on one thread.
  const auto [copy, d] = processed_and_digested(
      "Governor Hawar Sindi met the Kurdistan Democratic Party (KDP) in Duhok on Monday. "
      "Sindi said the KDP would send a delegation.");
  INFO(describe_mentions(copy));
  check_records(copy, d);
  REQUIRE(d.records.size() >= 3);  // Hawar Sindi, the party, Duhok
  // The defined acronym is one of the party's keys.
  uint32_t party = find_mention(copy, "Kurdistan Democratic Party");
  REQUIRE(party != kNone);
  bool has_acronym_key = false;
  for (size_t k = 0; k < d.records.size(); ++k)
    if (d.records[k].mention == party)
      for (const resolve::KeyDigest& key : d.keys_of(k))
        has_acronym_key = has_acronym_key || (key.kind == resolve::KeyKind::kAcronym && d.string(key.key) == "ORG|kdp");
  CHECK(has_acronym_key);
  // Mentions with an antecedent carry no key: they merge through their root.
  uint32_t bare = find_mention(copy, "Sindi");
  REQUIRE(bare != kNone);
  CHECK(d.mentions[bare].name_key.empty());
}

TEST_CASE("a record written again in an article has the folded names and keys of the first", "[resolve]") {
  const auto [copy, d] = processed_and_digested(
      "Iran condemned the strikes near Erbil on Monday. The Iraqi Army said Iran had moved troops. "
      "Officials in Erbil said the Iraqi Army would answer Iran.");
  INFO(describe_mentions(copy));
  check_records(copy, d);
  size_t repeated = 0;
  for (size_t k = 0; k < d.records.size(); ++k)
    for (size_t j = 0; j < k; ++j)
      repeated += copy.mentions[d.records[k].mention].name == copy.mentions[d.records[j].mention].name;
  CHECK(repeated >= 1);
}
