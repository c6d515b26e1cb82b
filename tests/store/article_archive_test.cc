// Tests for store/article_archive.h: the articles.jsonl archive and the merge order of add.
#include "store/article_archive.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "export/atomic_file.h"
#include "export/export_fixtures.h"

namespace {

using namespace newsgraph;

Article article(std::string id, std::string source, std::string text = "Some text.") {
  Article a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.text = std::move(text);
  return a;
}

std::vector<std::string> sources(const std::vector<Article>& articles) {
  std::vector<std::string> out;
  for (const auto& a : articles) out.push_back(a.source);
  return out;
}

}  // namespace

TEST_CASE("article records round-trip every field, hostile text included", "[store]") {
  Article a =
      article("doc#1", "in/a b.jsonl:12", "Line one \"quoted\" \\ back\nمسعود بارزاني\u2028\ttab");
  a.title = "T\u00eftle";
  a.date = "2024-02-29";
  a.publisher = "Kurdistan24";
  a.url = "https://example.org/a?b=c&d";
  auto record = store::article_to_record(a);
  REQUIRE(record.ok());
  CHECK(record.value().find('\n') == std::string::npos);
  auto back = store::article_from_record(record.value());
  REQUIRE(back.ok());
  for (auto member : {&Article::id, &Article::source, &Article::text, &Article::title,
                      &Article::date, &Article::publisher, &Article::url})
    CHECK(back.value().*member == a.*member);
  // Empty optional fields are left out; the JSONL reader's field names are used.
  CHECK(store::article_to_record(article("x", "x.txt")).value() ==
        R"({"id":"x","source":"x.txt","text":"Some text."})");
}

TEST_CASE("article records: errors", "[store]") {
  CHECK(store::article_to_record(article("bad", "b.txt", "\xff\xfe")).status().code() ==
        ErrorCode::kInvalidInput);
  // A bad byte after a long ASCII run, a surrogate and an overlong form, in any field.
  Article late = article("late", "l.txt", std::string(100, 'a') + "\xC3");
  CHECK(store::article_to_record(late).status().message() == "article late: its text is not valid UTF-8");
  Article title = article("t", "t.txt");
  title.title = "\xED\xA0\x80";
  CHECK(store::article_to_record(title).status().message() == "article t: its title is not valid UTF-8");
  Article overlong = article("o", "o.txt");
  overlong.publisher = "\xC0\xAF";
  CHECK_FALSE(store::article_to_record(overlong).ok());
  CHECK(store::article_from_record("{").status().code() == ErrorCode::kParseError);
  CHECK(store::article_from_record("[]").status().code() == ErrorCode::kParseError);
  CHECK(store::article_from_record(R"({"id":"x","text":"t"})").status().message() ==
        "no \"source\"");
  CHECK(store::article_from_record(R"({"id":"x","source":"s","text":3})").status().code() ==
        ErrorCode::kParseError);
}

TEST_CASE("articles.jsonl is written atomically and read back in order", "[store]") {
  exporter::testing::ScratchDir dir;
  const std::string path = (dir.path() / "articles.jsonl").string();
  std::vector<Article> articles = {article("b", "b.txt", "B\nb"), article("a", "a.txt")};
  REQUIRE(exporter::write_file_atomically(path, [&](const exporter::ByteSink& sink) {
            return store::write_articles_jsonl(articles, sink);
          }).ok());
  auto back = store::read_articles_jsonl(path);
  REQUIRE(back.ok());
  CHECK(sources(back.value()) == std::vector<std::string>{"b.txt", "a.txt"});
  CHECK(back.value()[0].text == "B\nb");
  std::ofstream(path, std::ios::app) << "\n{\"id\": 1}\n";
  auto broken = store::read_articles_jsonl(path);
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.status().message().find("articles.jsonl:4:") != std::string::npos);
  CHECK(store::read_articles_jsonl((dir.path() / "none").string()).status().code() ==
        ErrorCode::kIoError);
}

TEST_CASE("source_key splits JSONL record lines from file paths", "[store]") {
  CHECK(store::source_key("dir/a.jsonl:12").file == "dir/a.jsonl");
  CHECK(store::source_key("dir/a.jsonl:12").line == 12);
  CHECK(store::source_key("dir/A.NDJSON:3").file == "dir/A.NDJSON");
  CHECK(store::source_key("dir/a.txt").file == "dir/a.txt");
  CHECK(store::source_key("dir/notes:12").file == "dir/notes:12");  // not a JSONL file
  CHECK(store::source_key("c:/x.txt").file == "c:/x.txt");
}

TEST_CASE("combine_articles orders like build and replaces files given again", "[store]") {
  std::vector<Article> archived = {article("1", "in/1.txt"), article("3", "in/3.txt"),
                                   article("f9", "in/f.jsonl:9"), article("f10", "in/f.jsonl:10")};
  std::vector<Article> added = {article("2", "in/2.txt"), article("0", "a/0.txt")};
  auto combined = store::combine_articles(archived, added);
  CHECK(combined.replaced == 0);
  CHECK(sources(combined.articles) == std::vector<std::string>{"a/0.txt", "in/1.txt", "in/2.txt",
                                                               "in/3.txt", "in/f.jsonl:9",
                                                               "in/f.jsonl:10"});

  auto updated =
      store::combine_articles(archived, {article("3b", "in/3.txt"), article("g", "in/f.jsonl:1")});
  CHECK(updated.replaced == 3);  // in/3.txt, and both records of in/f.jsonl
  CHECK(sources(updated.articles) ==
        std::vector<std::string>{"in/1.txt", "in/3.txt", "in/f.jsonl:1"});
  CHECK(updated.articles[1].id == "3b");
}
