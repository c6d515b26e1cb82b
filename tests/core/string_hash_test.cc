// Tests for core/string_hash: the inline hash every word table and string map uses, and the
// short-key comparison beside it. The tables index by the low bits, so what matters is that
// near-identical words (one byte apart, one byte longer, zero bytes in the tail) land apart
// in the low bits.
#include "core/string_hash.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using newsgraph::hash_bytes;
using newsgraph::StringHash;

TEST_CASE("string hash: equal bytes hash equal wherever they are held", "[core]") {
  const std::string owned = "Kurdistan Regional Government";
  const std::string buffer = "the " + owned + " said";
  std::string_view slice = std::string_view(buffer).substr(4, owned.size());
  CHECK(StringHash{}(owned) == StringHash{}(slice));
  CHECK(StringHash{}(std::string_view()) == StringHash{}(std::string()));
}

TEST_CASE("string hash: every length up to 40 takes every byte into account", "[core]") {
  // For each length, flipping any single byte (head, middle, tail, the overlapping reads)
  // changes the hash, and so does adding a zero byte.
  for (size_t length = 0; length <= 40; ++length) {
    std::string word(length, 'a');
    for (size_t i = 0; i < length; ++i) word[i] = static_cast<char>('a' + i % 26);
    const uint64_t base = hash_bytes(word.data(), word.size());
    for (size_t i = 0; i < length; ++i) {
      std::string changed = word;
      changed[i] = static_cast<char>(changed[i] ^ 1);
      INFO("length " << length << ", byte " << i);
      CHECK(hash_bytes(changed.data(), changed.size()) != base);
    }
    std::string longer = word + '\0';
    INFO("length " << length << " + NUL");
    CHECK(hash_bytes(longer.data(), longer.size()) != base);
  }
}

TEST_CASE("string hash: similar words spread evenly over the low bits", "[core]") {
  // 20,000 keys that differ in a counter ("word0", "word1", ...) and in length, into 4,096
  // buckets by the low 12 bits: about 4.9 per bucket; a hash that ignored some bytes or
  // left the low bits unmixed would pile them up.
  constexpr size_t kBuckets = 4096, kKeys = 20000;
  std::vector<int> load(kBuckets, 0);
  std::set<uint64_t> distinct;
  for (size_t i = 0; i < kKeys; ++i) {
    std::string key = (i % 3 == 0 ? "word" : i % 3 == 1 ? "minister of " : "x") + std::to_string(i);
    const uint64_t h = StringHash{}(key);
    distinct.insert(h);
    ++load[h & (kBuckets - 1)];
  }
  CHECK(distinct.size() == kKeys);
  const int fullest = *std::max_element(load.begin(), load.end());
  const auto empty = std::count(load.begin(), load.end(), 0);
  CHECK(fullest <= 20);
  // Poisson with mean 4.9 leaves ~0.75% of buckets empty (about 30); clustering leaves many more.
  CHECK(empty <= 80);
}

TEST_CASE("equal_short_bytes compares every byte of keys up to 24 bytes", "[core]") {
  // For every length, an equal copy held elsewhere compares equal, and a difference in any
  // one byte (first, middle, last, or where the overlapping reads meet) compares unequal.
  for (size_t length = 0; length <= 24; ++length) {
    std::string word(length, 'a');
    for (size_t i = 0; i < length; ++i) word[i] = static_cast<char>('a' + i % 26);
    const std::string copy = "  " + word;  // another address, another alignment
    INFO("length " << length);
    CHECK(newsgraph::equal_short_bytes(word.data(), copy.data() + 2, length));
    for (size_t i = 0; i < length; ++i) {
      std::string changed = word;
      changed[i] = static_cast<char>(changed[i] ^ 1);
      INFO("byte " << i);
      CHECK_FALSE(newsgraph::equal_short_bytes(word.data(), changed.data(), length));
    }
  }
}
