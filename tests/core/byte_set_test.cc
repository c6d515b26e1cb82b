// Tests for core/byte_set: a byte class built from a predicate, and runs of it in text.
#include "core/byte_set.h"

#include <catch2/catch.hpp>

using newsgraph::byte_set;
using newsgraph::ByteSet;
using newsgraph::end_of_run;

TEST_CASE("a byte set holds exactly the bytes its predicate accepts", "[core]") {
  static constexpr ByteSet kDigits = byte_set([](unsigned char c) { return c >= '0' && c <= '9'; });
  size_t members = 0;
  for (int byte = 0; byte < 256; ++byte) members += kDigits[byte];
  CHECK(members == 10);
  CHECK(kDigits['0']);
  CHECK(kDigits['9']);
  CHECK_FALSE(kDigits['a']);
  CHECK_FALSE(kDigits[0xB2]);  // not a digit byte-wise, whatever it means in Latin-1
}

TEST_CASE("end_of_run stops at the first byte outside the set, or at the end", "[core]") {
  static constexpr ByteSet kLetters = byte_set([](unsigned char c) { return c >= 'a' && c <= 'z'; });
  CHECK(end_of_run("abc1de", 0, kLetters) == 3);
  CHECK(end_of_run("abc1de", 3, kLetters) == 3);  // no run at a non-member
  CHECK(end_of_run("abc1de", 4, kLetters) == 6);
  CHECK(end_of_run("", 0, kLetters) == 0);
  CHECK(end_of_run("\xC3\xA9t\xC3\xA9", 2, kLetters) == 3);
}
