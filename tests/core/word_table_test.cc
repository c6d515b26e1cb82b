// Tests for core/word_table: the flat word -> flags table the tokenizer looks every token
// up in, checked against an unordered_map on the same words.
#include "core/word_table.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <unordered_map>

using newsgraph::WordTable;

TEST_CASE("a word table answers as a map of or-ed flags, across growth", "[core]") {
  WordTable table;
  std::unordered_map<std::string, uint32_t> expected;
  std::mt19937 random(7);
  std::uniform_int_distribution<int> length(1, 30), letter('a', 'z'), bit(0, 31);
  for (int i = 0; i < 20000; ++i) {  // grows from 1,024 slots several times
    std::string word;
    for (int n = length(random); n > 0; --n) word += static_cast<char>(letter(random));
    uint32_t flag = 1u << bit(random);
    table.add(word, flag);
    expected[word] |= flag;
  }
  table.add("minister", 1);
  table.add("minister", 4);  // flags of a word accumulate
  expected["minister"] |= 5;
  REQUIRE(table.size() == expected.size());
  for (const auto& [word, flags] : expected) {
    INFO(word);
    CHECK(table.find(word) == flags);
  }
  size_t visited = 0;
  table.for_each([&](std::string_view word, uint32_t flags) {
    ++visited;
    CHECK(expected.at(std::string(word)) == flags);
  });
  CHECK(visited == expected.size());
  // Absent words, prefixes and extensions of present ones, and the 23/24-byte boundary.
  CHECK(table.find("ministe") == 0);
  CHECK(table.find("ministers") == 0);
  CHECK(table.find("") == 0);
  const std::string inline_longest(23, 'q'), first_long(24, 'q');
  table.add(inline_longest, 2);
  table.add(first_long, 8);
  CHECK(table.find(inline_longest) == 2);
  CHECK(table.find(first_long) == 8);
  CHECK(table.find(std::string(22, 'q')) == 0);
  CHECK(WordTable().find("anything") == 0);
}

TEST_CASE("a word table tells apart words that differ in one byte or only in length", "[core]") {
  // "a", "ab", ... up to 24 letters (flags: the length), so each word's prefixes are stored
  // too; and each word with one byte changed at every place. The packed keys read a word in
  // overlapping pieces, so every byte of every length must count, and the length too.
  WordTable table;
  std::unordered_map<std::string, uint32_t> expected;
  for (size_t length = 1; length <= 24; ++length) {
    std::string word;
    for (size_t i = 0; i < length; ++i) word += static_cast<char>('a' + i);
    table.add(word, static_cast<uint32_t>(length));
    expected[word] = static_cast<uint32_t>(length);
  }
  for (const auto& [word, flags] : expected) {
    INFO(word);
    CHECK(table.find(word) == flags);
    for (size_t at = 0; at < word.size(); ++at) {
      std::string changed = word;
      changed[at] = 'Z';
      CHECK(table.find(changed) == 0);
    }
    CHECK(table.find(word + "y") == 0);  // no stored word has a y
  }
  // Zero bytes are bytes like any other: "ab", "ab\0" and "a\0b" are three words.
  table.add(std::string("ab\0", 3), 1u << 20);
  table.add(std::string("a\0b", 3), 1u << 21);
  CHECK(table.find(std::string("ab\0", 3)) == 1u << 20);
  CHECK(table.find(std::string("a\0b", 3)) == 1u << 21);
  CHECK(table.find("ab") == 2);
  CHECK(table.find(std::string("\0", 1)) == 0);
  // for_each gives each word back byte for byte.
  size_t visited = 0;
  table.for_each([&](std::string_view word, uint32_t flags) {
    ++visited;
    if (word == std::string_view("ab\0", 3)) CHECK(flags == 1u << 20);
    else if (word == std::string_view("a\0b", 3)) CHECK(flags == 1u << 21);
    else CHECK(expected.at(std::string(word)) == flags);
  });
  CHECK(visited == expected.size() + 2);
}

TEST_CASE("reserving room in a word table keeps its words and takes more", "[core]") {
  WordTable table;
  table.reserve(0);  // an empty table reserving nothing stays usable
  CHECK(table.find("a") == 0);
  std::unordered_map<std::string, uint32_t> expected;
  auto add = [&](int i) {
    const std::string word = "w" + std::to_string(i);
    table.add(word, static_cast<uint32_t>(i));
    expected[word] = static_cast<uint32_t>(i);
  };
  for (int i = 1; i <= 100; ++i) add(i);
  table.reserve(5000);  // moves the 100 words into a larger table
  table.reserve(10);    // less than the table holds: changes nothing
  for (int i = 101; i <= 5000; ++i) add(i);
  table.add(std::string(30, 'x'), 7);  // a long word beside them
  REQUIRE(table.size() == expected.size() + 1);
  for (const auto& [word, flags] : expected) {
    INFO(word);
    CHECK(table.find(word) == flags);
  }
  CHECK(table.find(std::string(30, 'x')) == 7);
  CHECK(table.find("w0") == 0);
}
