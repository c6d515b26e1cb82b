// Tests for extract/event_dates: relative time expressions resolved against the
// publication date, with the real lexicons (weekdays, months, relative_dates).
#include "extract/event_dates.h"

#include <catch2/catch.hpp>

#include <string>

#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

// The event date of the first sentence of `text`, published on `published`.
std::string date_of(const std::string& text, const std::string& published) {
  Doc doc = testing::process(text, published);
  REQUIRE_FALSE(doc.sentences.empty());
  return extract::event_date(doc, doc.sentences[0], extract::publication_date(published), knowledge().dates);
}

}  // namespace

// 2024-05-08 was a Wednesday.
TEST_CASE("a weekday resolves to its latest day on or before publication", "[extract]") {
  CHECK(date_of("The convoy was attacked on Monday near Kirkuk.", "2024-05-08") == "2024-05-06");
  CHECK(date_of("The convoy was attacked on Thursday near Kirkuk.", "2024-05-08") == "2024-05-02");
  // The publication weekday itself is that very day, not a week earlier.
  CHECK(date_of("The convoy was attacked on Wednesday near Kirkuk.", "2024-05-08") == "2024-05-08");
  // Across a year boundary: 2024-01-02 was a Tuesday.
  CHECK(date_of("Talks resumed on Friday in Baghdad.", "2024-01-02") == "2023-12-29");
}

TEST_CASE("'last' before a month is its latest occurrence before publication", "[extract]") {
  CHECK(date_of("The dam was completed last November, engineers said.", "2024-05-08") == "2023-11");
  CHECK(date_of("The dam was completed last March, engineers said.", "2024-05-08") == "2024-03");
  // The publication month itself means a year earlier.
  CHECK(date_of("The dam was completed last May, engineers said.", "2024-05-08") == "2023-05");
  // "last" before a word that is not a month is not a date.
  CHECK(date_of("The last convoy left Mosul.", "2024-05-08") == "2024-05-08");
}

TEST_CASE("fixed relative days and month scopes", "[extract]") {
  CHECK(date_of("Gunmen attacked a checkpoint yesterday, police said.", "2024-05-08") == "2024-05-07");
  CHECK(date_of("Gunmen attacked a checkpoint yesterday, police said.", "2024-03-01") == "2024-02-29");
  CHECK(date_of("Gunmen attacked a checkpoint last week, police said.", "2024-05-08") == "2024-05-01");
  CHECK(date_of("The ministers met earlier this month in Erbil.", "2024-05-08") == "2024-05");
}

TEST_CASE("no time expression gives the publication date", "[extract]") {
  CHECK(date_of("The ministers signed the agreement in Erbil.", "2024-05-08") == "2024-05-08");
  // Without a publication date nothing can be resolved.
  CHECK(date_of("The convoy was attacked on Monday near Kirkuk.", "").empty());
}

TEST_CASE("only the sentence's own expression counts", "[extract]") {
  Doc doc = testing::process(
      "Gunmen attacked a checkpoint on Monday. The ministers met in Erbil to discuss it.",
      "2024-05-08");
  REQUIRE(doc.sentences.size() == 2);
  const extract::PublicationDate published = extract::publication_date("2024-05-08");
  CHECK(extract::event_date(doc, doc.sentences[0], published, knowledge().dates) == "2024-05-06");
  CHECK(extract::event_date(doc, doc.sentences[1], published, knowledge().dates) == "2024-05-08");
}
