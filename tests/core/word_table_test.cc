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
