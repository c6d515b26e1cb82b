// Tests for extract/metadata with the real patterns of ontology/patterns/metadata.jsonl:
// publication dates, publishers and datelines as pages print them. The outlets named here
// are invented for the tests.
#include "extract/metadata.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/utf8_text.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
using newsgraph::testing::knowledge;

namespace {

// A Doc as ingest hands text to extract/: normalized, with no metadata from the source.
struct Read {
  Doc doc;
  extract::MetadataSpans spans;
};

Read read(const std::string& raw) {
  Read r;
  auto text = ingest::normalize_text(raw);
  REQUIRE(text.ok());
  r.doc.article.id = "meta";
  r.doc.article.text = text.value();
  r.spans = extract::read_metadata(r.doc, knowledge().metadata);
  return r;
}

}  // namespace

TEST_CASE("iso_date validates the day", "[extract]") {
  CHECK(extract::iso_date(2024, 2, 14) == "2024-02-14");
  CHECK(extract::iso_date(2024, 2, 29) == "2024-02-29");
  CHECK(extract::iso_date(2023, 2, 29).empty());
  CHECK(extract::iso_date(2024, 13, 1).empty());
  CHECK(extract::iso_date(2024, 4, 31).empty());
}

TEST_CASE("a scraper's 'date YYYY-MM-DD' line gives the date", "[extract]") {
  Read r = read(" date 2024-05-06\nFarmers Protest Water Cuts in Basra\n"
                "Farmers blocked a road on Sunday, witnesses said.");
  CHECK(r.doc.meta.date == "2024-05-06");
  CHECK(r.doc.meta.publisher.empty());
  CHECK(r.spans.publisher.empty());
}

TEST_CASE("a day-first numeric date line and an outlet name on the next line", "[extract]") {
  Read r = read("14-02-2024\nZagros Herald\nThe governor of Duhok opened a new bridge on Tuesday.");
  CHECK(r.doc.meta.date == "2024-02-14");
  CHECK(r.doc.meta.publisher == "Zagros Herald");
  REQUIRE_FALSE(r.spans.publisher.empty());
  CHECK(r.spans.publisher.in(r.doc.article.text) == "Zagros Herald");
  // A day that does not exist is not a date.
  CHECK(read("31-02-2024\nThe bridge opened.").doc.meta.date.empty());
}

TEST_CASE("a byline date beats a view-date header", "[extract]") {
  const std::string header = "\u2022 Monday, 02 February 2026\n";
  // Alone, the header is read as the date (it is all there is)...
  CHECK(read(header + "Two soldiers were wounded near the border.").doc.meta.date == "2026-02-02");
  // ...but a byline with the article's own date wins over it.
  Read r = read(header + "Tigris Courier September 28, 2020 News\n"
                         "Two soldiers were wounded near the border, officials said.");
  CHECK(r.doc.meta.date == "2020-09-28");
  CHECK(r.doc.meta.publisher == "Tigris Courier");
  CHECK(r.spans.publisher.in(r.doc.article.text) == "Tigris Courier");
}

TEST_CASE("a sentence opening with a preposition and a date names no outlet", "[extract]") {
  Read r = read("Talks on water resumed in Baghdad.\n"
                "On March 25, 2023, exports through the pipeline were stopped.");
  CHECK(r.doc.meta.publisher.empty());
  CHECK(r.spans.publisher.empty());
  // Control: a name in that place is the byline's outlet.
  CHECK(read("Talks on water resumed in Baghdad.\nTigris Courier March 25, 2023\nExports stopped.")
            .doc.meta.publisher == "Tigris Courier");
}

TEST_CASE("a 'CITY (Outlet) -' dateline gives publisher and place", "[extract]") {
  Read r = read("ERBIL (Kurdistan Ledger) \u2013 Officials in the Kurdistan Region said on Monday "
                "that the airport would reopen.");
  CHECK(r.doc.meta.publisher == "Kurdistan Ledger");
  CHECK(r.doc.meta.dateline_place == "ERBIL");
  CHECK(r.spans.publisher.in(r.doc.article.text) == "Kurdistan Ledger");
  CHECK(r.spans.place.in(r.doc.article.text) == "ERBIL");
  CHECK(r.doc.meta.date.empty());
}

TEST_CASE("the dateline publisher and place become mentions in the pipeline", "[extract]") {
  Doc doc = testing::process(
      "ERBIL (Kurdistan Ledger) - Officials said on Monday that the airport would reopen.", "");
  REQUIRE(doc.meta.publisher_mention != kNone);
  CHECK(doc.mentions[doc.meta.publisher_mention].name == "Kurdistan Ledger");
  CHECK(doc.mentions[doc.meta.publisher_mention].type == "NewsMediaOrganization");
  REQUIRE(doc.meta.place_mention != kNone);
  CHECK(doc.mentions[doc.meta.place_mention].name == "ERBIL");
  CHECK(doc.mentions[doc.meta.place_mention].canonical == "Erbil");
}

TEST_CASE("an 'Outlet / The minister said' lead gives the publisher", "[extract]") {
  Read r = read("Tigris Courier / The minister of electricity said on Sunday that power cuts "
                "would end by summer.");
  CHECK(r.doc.meta.publisher == "Tigris Courier");
  CHECK(r.spans.publisher.begin == 0);
  CHECK(r.spans.publisher.in(r.doc.article.text) == "Tigris Courier");
}

TEST_CASE("metadata given by the source is kept", "[extract]") {
  Doc doc;
  doc.article.text = "Tigris Courier September 28, 2020 News\nThe minister spoke.";
  doc.article.date = "2021-01-05";
  doc.article.publisher = "Source Outlet";
  (void)extract::read_metadata(doc, knowledge().metadata);
  CHECK(doc.meta.date == "2021-01-05");
  CHECK(doc.meta.publisher == "Source Outlet");
}

TEST_CASE("no date anywhere leaves the date empty", "[extract]") {
  Read r = read("Farmers Protest Water Cuts in Basra\n"
                "Farmers blocked a road on Sunday to protest water cuts, witnesses said.");
  CHECK(r.doc.meta.date.empty());
  CHECK(r.doc.meta.publisher.empty());
  CHECK(r.doc.meta.dateline_place.empty());
  // The first line reads like a headline.
  CHECK(r.doc.meta.headline == "Farmers Protest Water Cuts in Basra");
}

TEST_CASE("a credit line counts only at the foot of the page", "[extract]") {
  std::string body;
  for (int i = 0; i < 20; ++i) body += "Paragraph " + std::to_string(i) + " of the story goes on here.\n";
  Read foot = read("Officials met in Duhok\n\n" + body + "SOURCE: Lakeside Wire\n\n  \n");
  CHECK(foot.doc.meta.publisher == "Lakeside Wire");
  REQUIRE_FALSE(foot.spans.publisher.empty());
  CHECK(foot.doc.text(foot.spans.publisher) == "Lakeside Wire");
  // The same line in the middle of a long article is quoted text, not the page's credit.
  Read middle = read("Officials met in Duhok\n\n" + body + "SOURCE: Lakeside Wire\n" + body);
  CHECK(middle.doc.meta.publisher.empty());
}

namespace {

// One line for every pattern of metadata.jsonl (each is matched by at least one), and lines
// near misses: digit runs too short, a year cut by the line window.
std::vector<std::string> metadata_sample_lines() {
  return {"date 2024-02-14",
          " date 2020-06-16 Outlet.com",
          "Outlet September 28, 2020 News",
          "14-02-2024",
          "2024-02-14",
          "2024-02-14T10:00:00",
          "Published: March 4, 2025",
          "Posted on Jan. 4 2025 by the desk",
          "DUHOK (Lakeside Wire) - March 4, 2025 Officials said",
          "March 4, 2025",
          "\u2022 Monday, 02 February 2026",
          "4 March 2025",
          "The talks, held on March 4, 2025, ended without a deal.",
          "ERBIL (Kurdistan Ledger) - Officials said on Monday",
          "Tigris Courier / The minister said",
          "date 2024-02-14 Tigris Courier / The minister said",
          "SOURCE: Lakeside Wire",
          "By Lakeside Wire staff",
          "DUHOK, Kurdistan Region - Officials said",
          "DUHOK, 27th October, 2022 (Agency) - Officials said",
          "(AGGREGATOR- Original Outlet) Officials said",
          "Outlet September 28, 202 News",
          "March 4, 20 25",
          "1 22 333 and 4 5 6 7",
          std::string(237, 'x') + " 2024",
          std::string(238, 'x') + "2024-02-14"};
}

}  // namespace

TEST_CASE("metadata prefilters never turn down a line that a pattern's regex matches", "[extract]") {
  const extract::MetadataPatterns& patterns = knowledge().metadata;
  std::vector<std::string> lines = metadata_sample_lines();
  for (const extract::MetadataPattern& p : patterns.patterns) {
    size_t matched = 0;
    for (const std::string& text : lines) {
      extract::MetadataLine line = extract::metadata_line(text, patterns);
      if (!p.regex.search(line.window, {.subject_cut = line.cut})) continue;
      ++matched;
      INFO(p.id << " on \"" << text << "\"");
      CHECK(extract::worth_trying(p, line));
    }
    INFO(p.id << " matches none of the sample lines: add one");
    CHECK(matched > 0);
  }
}

TEST_CASE("the year prefilter turns down lines without four digits in a row", "[extract]") {
  const extract::MetadataPatterns& patterns = knowledge().metadata;
  CHECK(patterns.fewest_digits_required == 4);
  auto digit_run = [&](const std::string& text) { return extract::metadata_line(text, patterns).digit_run; };
  CHECK(digit_run("2024 opens the line") >= 4);
  CHECK(digit_run("the line ends in 2024") >= 4);
  CHECK(digit_run("in 1 22 333 or 12345 words") >= 4);
  CHECK(digit_run("1 22 333 and 4 5 6 7") < 4);
  CHECK(digit_run("no digits at all") < 4);
  // Patterns see the line's first MetadataLine::kLineWindow bytes: a year after them is not there.
  CHECK(digit_run(std::string(extract::MetadataLine::kLineWindow - 2, 'x') + "2024") < 4);
  CHECK(digit_run(std::string(extract::MetadataLine::kLineWindow - 4, 'x') + "2024") >= 4);

  const extract::MetadataPattern* byline = nullptr;
  for (const extract::MetadataPattern& p : patterns.patterns)
    if (p.id == "byline-month-day-year") byline = &p;
  REQUIRE(byline != nullptr);
  CHECK(byline->requires_digits == 4);
  CHECK(extract::worth_trying(*byline, extract::metadata_line("Outlet September 28, 2020 News", patterns)));
  CHECK_FALSE(extract::worth_trying(*byline, extract::metadata_line("Outlet September 28, 202 News", patterns)));
  CHECK_FALSE(extract::worth_trying(*byline, extract::metadata_line("Officials met on Monday", patterns)));
  // The year is there, but the pattern is anchored at a capital letter.
  CHECK_FALSE(extract::worth_trying(*byline, extract::metadata_line("outlet September 28, 2020 News", patterns)));
}

TEST_CASE("metadata reads the same with and without the prefilters", "[extract]") {
  extract::MetadataPatterns unfiltered = knowledge().metadata;
  for (extract::MetadataPattern& p : unfiltered.patterns) {
    p.requires_any.clear();
    p.requires_digits = 0;
  }
  unfiltered.fewest_digits_required = unfiltered.most_digits_required = 0;
  std::vector<std::string> lines = metadata_sample_lines();
  lines.push_back("");
  for (size_t i = 0; i < lines.size(); ++i) {
    // Each sample line first, then with the lines around it, as a page's head.
    for (const std::string& text :
         {lines[i], lines[i] + "\n" + lines[(i + 1) % lines.size()] + "\n" + lines[(i + 5) % lines.size()] +
                        "\nOfficials met on Monday.\nSOURCE: Lakeside Wire"}) {
      Doc filtered_doc, unfiltered_doc;
      filtered_doc.article.text = unfiltered_doc.article.text = text;
      extract::MetadataSpans filtered = extract::read_metadata(filtered_doc, knowledge().metadata);
      extract::MetadataSpans plain = extract::read_metadata(unfiltered_doc, unfiltered);
      INFO(text);
      CHECK(filtered_doc.meta.date == unfiltered_doc.meta.date);
      CHECK(filtered_doc.meta.publisher == unfiltered_doc.meta.publisher);
      CHECK(filtered_doc.meta.dateline_place == unfiltered_doc.meta.dateline_place);
      CHECK(filtered_doc.meta.headline == unfiltered_doc.meta.headline);
      CHECK(filtered.publisher.begin == plain.publisher.begin);
      CHECK(filtered.publisher.end == plain.publisher.end);
      CHECK(filtered.place.begin == plain.place.begin);
      CHECK(filtered.place.end == plain.place.end);
    }
  }
}
