// Tests for core/byte_set: a byte class built from a predicate, and runs of it in text.
#include "core/byte_set.h"

#include <catch2/catch.hpp>

#include <string>

using newsgraph::byte_set;
using newsgraph::ByteSet;
using newsgraph::end_of_printable_ascii;
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

TEST_CASE("end_of_printable_ascii stops where a byte-at-a-time scan does", "[core]") {
  static constexpr ByteSet kPrintable = byte_set([](unsigned char c) { return c >= 0x20 && c < 0x7F; });
  // Every byte value at every offset of a 20-byte text, so at each place of the eight-byte
  // words and in the tail after them, scanned from several starts.
  for (int byte = 0; byte < 256; ++byte) {
    for (size_t at = 0; at < 20; ++at) {
      std::string text(20, 'a');
      text[at] = static_cast<char>(byte);
      for (size_t from : {size_t{0}, size_t{1}, size_t{7}, at, size_t{20}}) {
        INFO("byte " << byte << " at " << at << " from " << from);
        CHECK(end_of_printable_ascii(text, from) == end_of_run(text, from, kPrintable));
      }
    }
  }
  CHECK(end_of_printable_ascii("", 0) == 0);
  CHECK(end_of_printable_ascii("plain ASCII text, no stops~", 0) == 27);
  CHECK(end_of_printable_ascii("twelve bytes\n then", 0) == 12);
  CHECK(end_of_printable_ascii("caf\xC3\xA9 au lait", 0) == 3);
  CHECK(end_of_printable_ascii("tab\there", 0) == 3);
  CHECK(end_of_printable_ascii("del\x7Fhere", 0) == 3);
}
