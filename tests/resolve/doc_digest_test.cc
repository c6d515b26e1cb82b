// Tests for resolve/doc_digest: a digest keeps, for every mention and relation, exactly
// what merging reads, through pipeline::process_article on a short invented article.
#include "resolve/doc_digest.h"

#include <catch2/catch.hpp>

#include "resolve/in_document.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::describe_mentions;
using newsgraph::testing::find_mention;
using newsgraph::testing::process;

TEST_CASE("a digest keeps every mention's names, type, flags and root", "[resolve]") {
  Doc doc = process(
      "ERBIL (Hillside Post) - Governor Hawar Sindi met the Kurdistan Democratic Party (KDP) in Duhok on "
      "Monday. Sindi said the KDP would send a delegation.");
  INFO(describe_mentions(doc));
  const Doc copy = doc;
  resolve::DocDigest d = resolve::digest(std::move(doc));
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
  Doc doc = process("Prime Minister Hawar Sindi met Foreign Minister Dilan Barakzai in Baghdad on Monday.");
  INFO(describe_mentions(doc));
  const Doc copy = doc;
  REQUIRE_FALSE(copy.relations.empty());
  resolve::DocDigest d = resolve::digest(std::move(doc));
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
  Doc doc = process("Hawar Sindi met Dilan Barakzai. Sindi and Barakzai met Rezan Duski later.");
  const Doc copy = doc;
  resolve::DocDigest d = resolve::digest(std::move(doc));
  size_t written = 0;
  for (const Mention& m : copy.mentions) written += m.name.size() + m.canonical.size() + m.type.size() + m.acronym.size();
  for (const RelationMention& r : copy.relations) written += r.predicate.size() + r.rule.size() + r.qualifier.size() + r.date.size();
  CHECK(d.strings.size() < written);  // "Person" and the rule ids repeat
}
