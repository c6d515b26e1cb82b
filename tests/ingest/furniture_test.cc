// Tests for ingest/furniture: rule loading (with file:line errors) and line removal.
#include "ingest/furniture.h"

#include <catch2/catch.hpp>

#include "ingest/temp_dir.h"

using namespace newsgraph;
using namespace newsgraph::ingest;
using newsgraph::ingest::testing::TempDir;

namespace {

// A small rule set of every kind, written for these tests only.
constexpr const char* kRules =
    "// furniture rules for tests\n"
    "{\"kind\": \"line_exact\", \"text\": \"Advertisement\", \"why\": \"ad slot label\"}\n"
    "\n"
    "{\"kind\": \"line_prefix\", \"text\": \"Read more:\"}\n"
    "{\"kind\": \"paragraph_contains\", \"text\": \"all rights reserved\"}\n"
    "{\"kind\": \"line_regex\", \"text\": \"^share (on|via) \\\\w+$\"}\n"
    "{\"kind\": \"line_exact\", \"text\": \"Don\\u2019t miss\"}\n"
    "{\"kind\": \"line_regex\", \"text\": \"^never matches|sponsored content$\"}\n";

FurnitureRules load_test_rules(const TempDir& dir) {
  Result<FurnitureRules> rules = load_furniture_rules(dir.write("furniture.jsonl", kRules));
  REQUIRE(rules.ok());
  FurnitureRules loaded = std::move(rules.value());
  return loaded;
}

}  // namespace

TEST_CASE("furniture rules load every kind", "[ingest]") {
  TempDir dir;
  FurnitureRules rules = load_test_rules(dir);
  CHECK(rules.exact.size() == 2);
  CHECK(rules.prefixes.size() == 1);
  CHECK(rules.contains.size() == 1);
  REQUIRE(rules.patterns.size() == 2);
  CHECK(rules.size() == 6);
}

TEST_CASE("each furniture rule kind matches case-insensitively", "[ingest]") {
  TempDir dir;
  FurnitureRules rules = load_test_rules(dir);
  // line_exact: the whole trimmed line, any case; not a line that merely contains it.
  CHECK(is_furniture_line("ADVERTISEMENT", rules));
  CHECK_FALSE(is_furniture_line("Advertisement revenue fell", rules));
  // A rule written with a curly apostrophe matches the normalized straight one.
  CHECK(is_furniture_line("don't MISS", rules));
  // line_prefix
  CHECK(is_furniture_line("read more: other story", rules));
  CHECK_FALSE(is_furniture_line("He said read more: nothing", rules));
  // paragraph_contains
  CHECK(is_furniture_line("(c) 2024 Some Outlet. All Rights Reserved.", rules));
  // line_regex, icase, searched in the trimmed line
  CHECK(is_furniture_line("Share via Email", rules));
  CHECK_FALSE(is_furniture_line("Share via email and post", rules));
  CHECK_FALSE(is_furniture_line("Please share via email", rules));  // anchored at start
  CHECK(is_furniture_line("This is Sponsored Content", rules));     // unanchored branch
}

TEST_CASE("remove_furniture drops matching lines and keeps paragraphs", "[ingest]") {
  TempDir dir;
  FurnitureRules rules = load_test_rules(dir);
  const std::string text =
      "Leaders meet in the capital\n"
      "\n"
      "Advertisement\n"
      "\n"
      "The two leaders met on Monday.\n"
      "Share on Twitter\n"
      "They discussed trade.\n"
      "\n"
      "\n"
      "\n"
      "Read more: unrelated story\n"
      "\n"
      "Talks resume next week.\n"
      "\n"
      "Copyright 2024. All rights reserved.\n";
  CHECK(remove_furniture(text, rules) ==
        "Leaders meet in the capital\n"
        "\n"
        "The two leaders met on Monday.\n"
        "They discussed trade.\n"
        "\n"
        "Talks resume next week.");
}

TEST_CASE("remove_furniture drops repeated lines, keeping the first", "[ingest]") {
  FurnitureRules none;
  // Headline printed twice in a row, then again above the body.
  const std::string text =
      "Ministers agree on budget\n"
      "Ministers agree on budget\n"
      "\n"
      "  Ministers Agree On Budget  \n"
      "\n"
      "Ministers agreed on the budget late on Tuesday.\n";
  CHECK(remove_furniture(text, none) ==
        "Ministers agree on budget\n\nMinisters agreed on the budget late on Tuesday.");
  CHECK(remove_furniture("\n\n  \n", none).empty());
}

TEST_CASE("bad furniture rule files fail with file:line", "[ingest]") {
  TempDir dir;
  auto load = [&dir](const std::string& name, const std::string& body) {
    return load_furniture_rules(dir.write(name, body)).status();
  };
  Status kind = load("kind.jsonl",
                     "{\"kind\": \"line_exact\", \"text\": \"ok\"}\n"
                     "{\"kind\": \"line_fuzzy\", \"text\": \"x\"}\n");
  CHECK(kind.code() == ErrorCode::kParseError);
  CHECK_THAT(kind.message(), Catch::Contains("kind.jsonl:2:"));
  CHECK_THAT(kind.message(), Catch::Contains("line_fuzzy"));

  Status regex = load("regex.jsonl", "\n{\"kind\": \"line_regex\", \"text\": \"(unclosed\"}\n");
  CHECK(regex.code() == ErrorCode::kParseError);
  CHECK_THAT(regex.message(), Catch::Contains("regex.jsonl:2:"));
  CHECK_THAT(regex.message(), Catch::Contains("bad regex"));

  Status json = load("json.jsonl", "{\"kind\": \"line_exact\", \"text\": }\n");
  CHECK(json.code() == ErrorCode::kParseError);
  CHECK_THAT(json.message(), Catch::Contains("json.jsonl:1:"));

  Status text = load("text.jsonl", "{\"kind\": \"line_prefix\"}\n");
  CHECK_THAT(text.message(), Catch::Contains("text.jsonl:1:"));
  CHECK_THAT(text.message(), Catch::Contains("\"text\""));

  Status empty = load("empty.jsonl", "{\"kind\": \"paragraph_contains\", \"text\": \"  \"}\n");
  CHECK_THAT(empty.message(), Catch::Contains("empty.jsonl:1:"));

  Status missing = load_furniture_rules((dir.path() / "absent.jsonl").string()).status();
  CHECK(missing.code() == ErrorCode::kIoError);
  CHECK_THAT(missing.message(), Catch::Contains("absent.jsonl"));
}
