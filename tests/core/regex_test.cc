#include "core/regex.h"

#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

using newsgraph::ErrorCode;
using newsgraph::Regex;
using newsgraph::RegexMatch;

namespace {
Regex compiled(const std::string& pattern, newsgraph::RegexOptions options = {}) {
  auto regex = Regex::compile(pattern, options);
  REQUIRE(regex.ok());
  return std::move(regex).value();
}
}  // namespace

TEST_CASE("a regex reports its groups as offsets into the subject", "[core]") {
  Regex date = compiled(R"(^(\d{4})-(\d{2})-(\d{2})(?:T([\d:]+))?$)");
  RegexMatch m;
  const std::string line = "2024-02-14";
  REQUIRE(date.search(line, m));
  CHECK(m.view(line, 1) == "2024");
  CHECK(m.position(2) == 5);
  CHECK(m.length(3) == 2);
  CHECK_FALSE(m.matched(4));  // the optional time is absent
  CHECK(m.view(line, 4).empty());
  CHECK_FALSE(date.search("on 2024-02-14"));  // "^" holds at the subject's start only
}

TEST_CASE("a regex searches past the start unless anchored, and ignores case on request", "[core]") {
  Regex word = compiled(R"(\bicon$)", {.ignore_case = true});
  CHECK(word.search("Radio ICON"));
  CHECK_FALSE(word.search("Radio iconic"));
  Regex exact = compiled("^share$");
  CHECK_FALSE(exact.search("SHARE"));
}

TEST_CASE("subjects turned away before matching are exactly those that cannot match", "[core]") {
  // Anchored with one first byte, caseless: either case of the letter may start a match.
  Regex photo = compiled("^Photo\\s*:", {.ignore_case = true});
  CHECK(photo.search("photo: AFP"));
  CHECK(photo.search("PHOTO : AFP"));
  CHECK_FALSE(photo.search("A photo: AFP"));
  CHECK_FALSE(photo.search(""));
  // Anchored with a set of first bytes, one of them the lead byte of a non-ASCII character.
  Regex pager = compiled("^(?:\xC2\xAB|\xE2\x80\xB9)?\\s*(Prev|Next)$", {.ignore_case = true});
  CHECK(pager.search("\xC2\xAB Next"));
  CHECK(pager.search("next"));
  CHECK(pager.search(" Prev"));
  CHECK_FALSE(pager.search("Go next"));
  Regex digits = compiled("^\\d+ views?$");
  CHECK(digits.search("12 views"));
  CHECK_FALSE(digits.search("x12 views"));
  // Shorter than any match.
  Regex link = compiled("^https?://\\S+$");
  CHECK_FALSE(link.search("http://"));
  CHECK(link.search("http://a"));
  // Unanchored patterns and patterns that match the empty string are still searched.
  CHECK(compiled("Erbil").search("talks in Erbil today"));
  CHECK(compiled("^$").search(""));
  CHECK(compiled("^(a|)").search("b"));
}

TEST_CASE("a regex tells the first bytes a match may start with", "[core]") {
  Regex photo = compiled("^Photo\\s*:", {.ignore_case = true});
  CHECK(photo.may_start_with('P'));
  CHECK(photo.may_start_with('p'));
  CHECK_FALSE(photo.may_start_with('A'));
  Regex digits = compiled("^\\d+ views?$");
  CHECK(digits.may_start_with('7'));
  CHECK_FALSE(digits.may_start_with('v'));
  // Unanchored, or matching the empty string: any first byte may do.
  CHECK(compiled("Erbil").may_start_with('x'));
  CHECK(compiled("^(a|)").may_start_with('b'));
}

TEST_CASE("regexes are indexed by the first bytes their matches may start with, in order", "[core]") {
  Regex photo = compiled("^Photo\\s*:", {.ignore_case = true});
  Regex erbil = compiled("Erbil");
  Regex digits = compiled("^\\d+ views?$");
  const newsgraph::RegexesByFirstByte index = newsgraph::index_by_first_byte({&photo, &erbil, &digits});
  using Indexes = std::vector<uint32_t>;
  CHECK(index['P'] == Indexes{0, 1});
  CHECK(index['p'] == Indexes{0, 1});
  CHECK(index['7'] == Indexes{1, 2});
  CHECK(index['x'] == Indexes{1});  // the unanchored pattern may match after any first byte
}

TEST_CASE("a cut subject never lets $ match at the cut", "[core]") {
  Regex whole = compiled(R"(^\d+ views$)");
  CHECK(whole.search("12 views"));
  CHECK_FALSE(whole.search("12 views", {.subject_cut = true}));
}

TEST_CASE("a bad pattern is a parse error naming the pattern", "[core]") {
  auto bad = Regex::compile("(unclosed");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == ErrorCode::kParseError);
  CHECK_THAT(bad.status().message(), Catch::Contains("(unclosed"));
  std::string many;
  for (int i = 0; i < 40; ++i) many += "(a)";
  CHECK_FALSE(Regex::compile(many).ok());  // more groups than a RegexMatch holds
}

TEST_CASE("catastrophic backtracking ends as no match, not a crash or a hang", "[core]") {
  Regex nested = compiled(R"(^(a+)+$)");
  std::string subject(5000, 'a');
  subject += 'b';
  CHECK_FALSE(nested.search(subject));
  CHECK(nested.search(std::string(5000, 'a')));
}

TEST_CASE("one compiled regex serves several threads at once", "[core]") {
  Regex number = compiled(R"((\d+) of (\d+))");
  std::vector<int> ok(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      const std::string subject = "page " + std::to_string(t) + " of 9";
      for (int i = 0; i < 2000; ++i) {
        RegexMatch m;
        ok[t] += number.search(subject, m) && m.view(subject, 1) == std::to_string(t);
      }
    });
  for (auto& thread : threads) thread.join();
  for (int count : ok) CHECK(count == 2000);
}
