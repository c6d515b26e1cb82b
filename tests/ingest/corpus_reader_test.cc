// Tests for ingest/corpus_reader: input listing, dispatch, and the report of problems.
#include "ingest/corpus_reader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "ingest/temp_dir.h"

using namespace newsgraph;
using namespace newsgraph::ingest;
using newsgraph::ingest::testing::TempDir;

namespace {

bool any_warning(const ReadReport& report, const std::string& needle) {
  return std::any_of(
      report.warnings.begin(), report.warnings.end(),
      [&needle](const std::string& w) { return w.find(needle) != std::string::npos; });
}

}  // namespace

TEST_CASE("list_inputs expands directories recursively, sorted", "[ingest]") {
  TempDir dir;
  const std::string b = dir.write("corpus/b.txt", "b");
  const std::string a = dir.write("corpus/a.txt", "a");
  const std::string nested = dir.write("corpus/sub/c.html", "<p>c</p>");
  dir.write("corpus/.git/config", "hidden");
  dir.write("corpus/.DS_Store", "hidden");
  const std::string single = dir.write("z.jsonl", "{}");

  Result<std::vector<std::string>> files =
      list_inputs({single, (dir.path() / "corpus").string(), a});
  REQUIRE(files.ok());
  CHECK(files.value() == std::vector<std::string>{a, b, nested, single});

  Result<std::vector<std::string>> missing = list_inputs({a, (dir.path() / "nope").string()});
  CHECK(missing.status().code() == ErrorCode::kIoError);
  CHECK_THAT(missing.status().message(), Catch::Contains("nope"));
}

TEST_CASE("input_kind dispatches on the extension, any case", "[ingest]") {
  CHECK(input_kind("a/story.TXT") == InputKind::kText);
  CHECK(input_kind("page.Htm") == InputKind::kHtml);
  CHECK(input_kind("page.html") == InputKind::kHtml);
  CHECK(input_kind("feed.jsonl") == InputKind::kJsonl);
  CHECK(input_kind("notes.md") == InputKind::kUnsupported);
  CHECK(input_kind("README") == InputKind::kUnsupported);
}

TEST_CASE("file_name splits a path's last component as std::filesystem does", "[ingest]") {
  for (const std::string path :
       {"a/b/story.txt", "story.txt", "story", "a/b/", "/", "", "a/.hidden", ".hidden", "a/.", "a/..", "..",
        "a/...", "a/b.", "x.tar.gz", "dir.d/file", "dir.d/file.TXT", ".a.b", "a//b.c", "a/.x", "a/x."}) {
    INFO(path);
    const std::filesystem::path reference(path);
    const FileName name = file_name(path);
    CHECK(name.stem == reference.stem().string());
    CHECK(name.extension == reference.extension().string());
    CHECK(file_stem(path) == reference.stem().string());
  }
}

TEST_CASE("read_articles reads text files and reports every problem", "[ingest]") {
  TempDir dir;
  const std::string good = dir.write(
      "in/story-1.txt",
      "Leaders meet\r\nLeaders meet\r\n\r\n\xE2\x80\x9CTalks went well,\xE2\x80\x9D she said "
      "\xE2\x80\x93 on Monday.\xC2\xA0\r\n\r\nAdvertisement\r\n");
  const std::string bad_utf8 = dir.write("in/latin1.txt", "Caf\xE9 opens.\n");
  const std::string binary =
      dir.write("in/image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const std::string empty = dir.write("in/empty.txt", "");
  const std::string blank = dir.write("in/blank.txt", " \n\t\n");
  const std::string unsupported = dir.write("in/notes.md", "# Notes");
  const std::string only_furniture = dir.write("in/ad.txt", "Advertisement\n");
  const std::string html = dir.write("in/page.HTML", "<title>T</title><p>Para one.</p><p>Two.</p>");
  const std::string vanished = (dir.path() / "in" / "gone.txt").string();

  TempDir rules_dir;
  Result<FurnitureRules> rules = load_furniture_rules(
      rules_dir.write("f.jsonl", "{\"kind\": \"line_exact\", \"text\": \"advertisement\"}\n"));
  REQUIRE(rules.ok());

  Result<std::vector<std::string>> files = list_inputs({(dir.path() / "in").string()});
  REQUIRE(files.ok());
  std::vector<std::string> inputs = files.value();
  inputs.push_back(vanished);

  ReadReport report;
  std::vector<Article> articles = read_articles(inputs, rules.value(), ReaderOptions{}, report);

  // Sorted order: latin1.txt, page.HTML, story-1.txt.
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].id == "latin1");
  CHECK(articles[0].text == "Caf\xEF\xBF\xBD opens.");
  CHECK(articles[1].id == "page");
  CHECK(articles[1].title == "T");
  CHECK(articles[1].text == "Para one.\n\nTwo.");
  CHECK(articles[2].id == "story-1");
  CHECK(articles[2].source == good);
  CHECK(articles[2].text == "Leaders meet\n\n\"Talks went well,\" she said - on Monday.");

  CHECK(any_warning(report, bad_utf8 + ": invalid UTF-8 at byte 3"));
  CHECK(any_warning(report, binary + ": looks binary"));
  CHECK(any_warning(report, empty + ": empty"));
  CHECK(any_warning(report, blank + ": empty"));
  CHECK(any_warning(report, unsupported + ": unsupported file kind"));
  CHECK(any_warning(report, only_furniture + ": no text left after removing page furniture"));
  CHECK(any_warning(report, vanished + ": cannot read"));
  CHECK(report.skipped == 6);
  CHECK(report.warnings.size() == 7);
}

TEST_CASE("read_file: unsupported kind and size limit statuses", "[ingest]") {
  TempDir dir;
  FurnitureRules none;
  ReadReport report;
  std::vector<Article> out;
  Status unsupported = read_file(dir.write("x.pdf", "%PDF"), none, ReaderOptions{}, out, report);
  CHECK(unsupported.code() == ErrorCode::kUnsupported);
  CHECK_THAT(unsupported.message(), Catch::Contains("x.pdf"));

  ReaderOptions small;
  small.max_file_bytes = 10;
  const std::string big = dir.write("big.txt", std::string(25, 'a'));
  Status too_large = read_file(big, none, small, out, report);
  CHECK(too_large.code() == ErrorCode::kInvalidInput);
  CHECK(too_large.message() == big + ": too large (25 bytes, limit 10)");
  CHECK(out.empty());
}

TEST_CASE("read_text_article works in memory", "[ingest]") {
  FurnitureRules none;
  Result<Article> article =
      read_text_article("mem", "memory", "Re\xCC\x81sume\xCC\x81 \xE2\x80\x94 done.  \n", none);
  REQUIRE(article.ok());
  CHECK(article.value().id == "mem");
  CHECK(article.value().source == "memory");
  CHECK(article.value().text == "R\xC3\xA9sum\xC3\xA9 - done.");
  Result<Article> nul = read_text_article("n", "memory", std::string("a\0b", 3), none);
  CHECK(nul.status().code() == ErrorCode::kInvalidInput);
  CHECK_THAT(nul.status().message(), Catch::StartsWith("memory: looks binary"));
}
