// Tests for ingest/jsonl_reader: fields, ids, and per-line recovery with path:line warnings.
#include "ingest/jsonl_reader.h"

#include <catch2/catch.hpp>

#include "ingest/temp_dir.h"

using namespace newsgraph;
using namespace newsgraph::ingest;
using newsgraph::ingest::testing::TempDir;

TEST_CASE("jsonl: good lines read, bad lines warned with path:line and skipped", "[ingest]") {
  TempDir dir;
  const std::string path = dir.write(
      "feed.jsonl",
      "{\"id\": \"a1\", \"headline\": \"First\", \"body\": \"Body one.\", \"published\": "
      "\"2024-01-02\", \"link\": \"https://example.org/1\", \"source\": {\"name\": \"Wire\"}}\n"
      "{\"text\": \"\", \"content\": \"From content\\u00a0field.\", \"site\": \"Site B\"}\n"
      "not json at all\n"
      "\n"
      "[1, 2, 3]\n"
      "{\"title\": \"No text here\"}\n"
      "{\"id\": 42, \"text\": \"Numbered id.\"}\r\n");
  FurnitureRules none;
  ReaderOptions options;
  ReadReport report;
  std::vector<Article> articles;
  Status status = read_jsonl_file(path, none, options, articles, report);
  REQUIRE(status.ok());
  REQUIRE(articles.size() == 3);

  CHECK(articles[0].id == "a1");
  CHECK(articles[0].source == path + ":1");
  CHECK(articles[0].title == "First");
  CHECK(articles[0].text == "Body one.");
  CHECK(articles[0].date == "2024-01-02");
  CHECK(articles[0].url == "https://example.org/1");
  CHECK(articles[0].publisher == "Wire");

  CHECK(articles[1].id == "feed-2");  // no id: file stem and line number
  CHECK(articles[1].text == "From content field.");
  CHECK(articles[1].publisher == "Site B");

  CHECK(articles[2].id == "42");
  CHECK(articles[2].source == path + ":7");

  REQUIRE(report.warnings.size() == 3);
  CHECK_THAT(report.warnings[0], Catch::StartsWith(path + ":3: not JSON"));
  CHECK_THAT(report.warnings[1], Catch::StartsWith(path + ":5: not a JSON object"));
  CHECK_THAT(report.warnings[2], Catch::StartsWith(path + ":6: no text"));
  CHECK(report.skipped == 3);
}

TEST_CASE("jsonl: the size limit applies per line", "[ingest]") {
  TempDir dir;
  const std::string big(300, 'x');
  const std::string path = dir.write(
      "big.jsonl", "{\"text\": \"short\"}\n{\"text\": \"" + big + "\"}\n{\"text\": \"after\"}\n");
  FurnitureRules none;
  ReaderOptions options;
  options.max_file_bytes = 100;
  ReadReport report;
  std::vector<Article> articles;
  REQUIRE(read_jsonl_file(path, none, options, articles, report).ok());
  REQUIRE(articles.size() == 2);
  CHECK(articles[1].text == "after");
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0] == path + ":2: too large (312 bytes, limit 100)");
}

TEST_CASE("jsonl: invalid UTF-8 in a record is repaired with a warning", "[ingest]") {
  FurnitureRules none;
  std::vector<std::string> warnings;
  Result<Article> article =
      read_jsonl_record("{\"text\": \"caf\xE9 au lait\"}", "f-1", "f.jsonl:1", none, &warnings);
  REQUIRE(article.ok());
  CHECK(article.value().text == "caf\xEF\xBF\xBD au lait");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "f.jsonl:1: invalid UTF-8 at byte 3 (1 sequence replaced with U+FFFD)");
}

TEST_CASE("jsonl: empty and binary files are rejected whole", "[ingest]") {
  TempDir dir;
  FurnitureRules none;
  ReaderOptions options;
  ReadReport report;
  std::vector<Article> articles;
  Status empty = read_jsonl_file(dir.write("e.jsonl", "\n  \n"), none, options, articles, report);
  CHECK(empty.code() == ErrorCode::kInvalidInput);
  CHECK_THAT(empty.message(), Catch::EndsWith("e.jsonl: empty"));
  Status binary = read_jsonl_file(dir.write("b.jsonl", std::string("{\"a\0\0\0", 7)), none, options,
                                  articles, report);
  CHECK(binary.code() == ErrorCode::kInvalidInput);
  CHECK_THAT(binary.message(), Catch::Contains("looks binary"));
  CHECK(articles.empty());
}

TEST_CASE("jsonl: bad-line warnings are capped per file", "[ingest]") {
  TempDir dir;
  std::string body;
  for (size_t i = 0; i < kMaxLineWarningsPerFile + 10; ++i) body += "oops\n";
  body += "{\"text\": \"still read\"}\n";
  const std::string path = dir.write("noisy.jsonl", body);
  FurnitureRules none;
  ReadReport report;
  std::vector<Article> articles;
  REQUIRE(read_jsonl_file(path, none, ReaderOptions{}, articles, report).ok());
  REQUIRE(articles.size() == 1);
  CHECK(report.skipped == kMaxLineWarningsPerFile + 10);
  REQUIRE(report.warnings.size() == kMaxLineWarningsPerFile + 1);
  CHECK(report.warnings.back() == path + ": 10 more bad lines not listed");
}
