// Tests for ingest/literal_matcher: equals, prefix and substring queries, checked by hand on
// overlapping patterns and against std::string_view on generated texts.
#include "ingest/literal_matcher.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using newsgraph::ingest::LiteralMatcher;

TEST_CASE("literal matcher answers equals, prefix and contains", "[ingest]") {
  const LiteralMatcher matcher({"he", "she", "his", "hers", "hers"});
  CHECK(matcher.size() == 4);  // "hers" twice counts once

  CHECK(matcher.equals_any("she"));
  CHECK_FALSE(matcher.equals_any("sh"));  // a pattern's prefix is not a pattern
  CHECK_FALSE(matcher.equals_any("shes"));
  CHECK_FALSE(matcher.equals_any(""));

  CHECK(matcher.starts_with_any("hello"));
  CHECK(matcher.starts_with_any("he"));
  CHECK_FALSE(matcher.starts_with_any("h"));
  CHECK_FALSE(matcher.starts_with_any("the"));  // "he" occurs, but not at the start
  CHECK_FALSE(matcher.starts_with_any(""));

  CHECK(matcher.contains_any("ushers"));
  CHECK(matcher.contains_any("this"));
  CHECK(matcher.contains_any("shell, not much else"));  // matched early; the text goes on
  CHECK_FALSE(matcher.contains_any("hs sh h"));
  CHECK_FALSE(matcher.contains_any(""));
}

TEST_CASE("literal matcher finds a pattern inside a longer partial one", "[ingest]") {
  // "abcx" fails at x after "abc": the scan must still report "bc" through the failure link,
  // and "cd" after falling back from "abc".
  const LiteralMatcher matcher({"abcd", "bc"});
  CHECK(matcher.contains_any("xabcx"));
  CHECK_FALSE(matcher.contains_any("abxcd"));
  const LiteralMatcher fallback({"abcd", "cde"});
  CHECK(fallback.contains_any("abcde"));
  CHECK(fallback.contains_any("abccde"));
  CHECK_FALSE(fallback.contains_any("abcc"));
}

TEST_CASE("literal matcher edge cases", "[ingest]") {
  const LiteralMatcher none;
  CHECK(none.size() == 0);
  CHECK_FALSE(none.equals_any(""));
  CHECK_FALSE(none.starts_with_any("text"));
  CHECK_FALSE(none.contains_any("text"));

  // An empty pattern behaves as std::string_view does: found everywhere.
  const LiteralMatcher empty({""});
  CHECK(empty.equals_any(""));
  CHECK_FALSE(empty.equals_any("a"));
  CHECK(empty.starts_with_any("a"));
  CHECK(empty.contains_any(""));

  // Bytes are bytes: UTF-8 sequences and NUL match exactly, with no case folding.
  const LiteralMatcher bytes({"\xc2\xa9", std::string("a\0b", 3), "T\xc3\xbcrk"});
  CHECK(bytes.starts_with_any("\xc2\xa9 2024"));
  CHECK(bytes.contains_any(std::string("xa\0bx", 5)));
  CHECK_FALSE(bytes.contains_any("ab"));
  CHECK(bytes.equals_any("T\xc3\xbcrk"));
  CHECK_FALSE(bytes.equals_any("t\xc3\xbcrk"));
  CHECK_FALSE(bytes.contains_any("\xc2\xaa\xc3"));
}

TEST_CASE("literal matcher agrees with string_view on generated texts", "[ingest]") {
  // A small alphabet makes overlaps and near misses common.
  std::mt19937 random(20240611);
  auto generate = [&random](size_t max_length) {
    std::string text(random() % (max_length + 1), ' ');
    for (char& c : text) c = "abc\xff"[random() % 4];
    return text;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> patterns;
    for (size_t i = 0, n = 1 + random() % 6; i < n; ++i) {
      std::string pattern = generate(5);
      if (!pattern.empty()) patterns.push_back(pattern);
    }
    const LiteralMatcher matcher(patterns);
    for (int t = 0; t < 20; ++t) {
      const std::string text = generate(12);
      const std::string_view view(text);
      auto any = [&patterns](auto predicate) {
        return std::any_of(patterns.begin(), patterns.end(), predicate);
      };
      INFO("text \"" << text << "\"");
      CHECK(matcher.equals_any(text) == any([&](const std::string& p) { return view == p; }));
      CHECK(matcher.starts_with_any(text) ==
            any([&](const std::string& p) { return view.starts_with(p); }));
      CHECK(matcher.contains_any(text) ==
            any([&](const std::string& p) { return view.find(p) != view.npos; }));
    }
  }
}
