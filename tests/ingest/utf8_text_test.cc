// Tests for ingest/utf8_text: UTF-8 validation and repair, binary sniffing, typography, NFC.
#include "ingest/utf8_text.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <utility>

using namespace newsgraph;
using namespace newsgraph::ingest;

TEST_CASE("find_invalid_utf8 reports the offset of the first ill-formed sequence", "[ingest]") {
  CHECK(find_invalid_utf8("plain ASCII") == kNoInvalidByte);
  CHECK(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\xB0") == kNoInvalidByte);
  CHECK(find_invalid_utf8("ab\xFF"
                          "cd") == 2);
  CHECK(find_invalid_utf8("x\xC0\xAF") == 1);         // overlong '/'
  CHECK(find_invalid_utf8("xy\xED\xA0\x80") == 2);    // UTF-16 surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(find_invalid_utf8("abc\xE2\x82") == 3);       // truncated at the end
  CHECK(find_invalid_utf8("ok\xE2\x82x") == 2);       // truncated mid-text
}

TEST_CASE("find_invalid_utf8 finds a bad byte at any offset after ASCII runs", "[ingest]") {
  // ASCII is skipped eight bytes at a time: a bad byte or a valid sequence may sit at any
  // position of such a word.
  for (size_t ascii = 0; ascii < 24; ++ascii) {
    const std::string run(ascii, 'a');
    CHECK(find_invalid_utf8(run + "\xC3\xA9" + run) == kNoInvalidByte);
    CHECK(find_invalid_utf8(run + "\xFF" + run) == ascii);
    CHECK(find_invalid_utf8(run + "\xC3\xA9" + run + "\xE2\x82" + run) == 2 * ascii + 2);
  }
}

TEST_CASE("repair_utf8 replaces each maximal bad subpart with U+FFFD", "[ingest]") {
  Utf8Repair clean = repair_utf8("fine text");
  CHECK(clean.text == "fine text");
  CHECK(clean.first_invalid == kNoInvalidByte);
  CHECK(clean.replaced == 0);

  Utf8Repair one = repair_utf8(
      "a\xFF"
      "b");
  CHECK(one.text ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(one.first_invalid == 1);
  CHECK(one.replaced == 1);

  // A truncated three-byte sequence is one maximal subpart: one replacement, and the
  // following valid character survives.
  Utf8Repair truncated = repair_utf8("x\xE2\x82y");
  CHECK(truncated.text == "x\xEF\xBF\xBDy");
  CHECK(truncated.replaced == 1);

  // A surrogate encoding is three separate bad bytes (ED cannot be followed by A0).
  Utf8Repair surrogate = repair_utf8("\xED\xA0\x80");
  CHECK(surrogate.replaced == 3);
  CHECK(find_invalid_utf8(surrogate.text) == kNoInvalidByte);
}

TEST_CASE("check_not_binary rejects NUL bytes and control-heavy data", "[ingest]") {
  CHECK(check_not_binary("Normal text.\n\tIndented.\r\n\fNext page.").ok());
  CHECK(check_not_binary("").ok());

  Status nul = check_not_binary(std::string("PK\x03\x04\0\0data", 10));
  CHECK(nul.code() == ErrorCode::kInvalidInput);
  CHECK_THAT(nul.message(), Catch::Contains("looks binary"));
  CHECK_THAT(nul.message(), Catch::Contains("offset 4"));

  std::string controls;
  for (int i = 0; i < 20; ++i)
    controls +=
        "\x01\x02"
        "abcdefgh";
  Status noisy = check_not_binary(controls);
  CHECK(noisy.code() == ErrorCode::kInvalidInput);
  CHECK_THAT(noisy.message(), Catch::Contains("looks binary"));

  // The first NUL is reported, wherever it is.
  CHECK_THAT(check_not_binary(std::string(37, 'a') + std::string(3, '\0')).message(),
             Catch::Contains("offset 37"));
  // Tab, line feed, carriage return and form feed are text; DEL is a control byte.
  CHECK(check_not_binary(std::string(100, '\t') + std::string(100, '\n') + std::string(100, '\f')).ok());
  CHECK_FALSE(check_not_binary(std::string(100, '\x7f')).ok());

  // One stray control byte in a long text is not enough.
  CHECK(check_not_binary(std::string(200, 'a') + "\x1b").ok());
}

TEST_CASE("normalize_nfc leaves text below U+0300 as ICU does, and composes the rest", "[ingest]") {
  // Text whose code points all lie below U+0300 skips ICU. Appending U+2126 OHM SIGN, which
  // NFC maps to U+03A9 and which composes with nothing before it, sends the same text
  // through ICU: both must keep it as it is, for every such code point after a letter and
  // after the code point before it.
  auto utf8 = [](char32_t cp) {
    std::string out;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
  };
  for (char32_t cp = 0x80; cp < 0x300; ++cp) {
    const std::string text = "e" + utf8(cp) + utf8(cp - 1) + utf8(cp) + "x";
    INFO("U+" << std::hex << static_cast<uint32_t>(cp));
    Result<std::string> fast = normalize_nfc(text);
    Result<std::string> through_icu = normalize_nfc(text + "\xE2\x84\xA6");
    REQUIRE(fast.ok());
    REQUIRE(through_icu.ok());
    CHECK(fast.value() == text);
    CHECK(through_icu.value() == text + "\xCE\xA9");
  }
  // A combining mark (from U+0300) after Latin-1 text still composes.
  Result<std::string> composed = normalize_nfc("Kurd\xC3\xAE caf" "e\xCC\x81");
  REQUIRE(composed.ok());
  CHECK(composed.value() == "Kurd\xC3\xAE caf\xC3\xA9");
}

TEST_CASE("normalize_typography maps quotes, dashes, spaces and line ends", "[ingest]") {
  // Curly single and double quotes, including low-9 and reversed forms.
  CHECK(normalize_typography("\xE2\x80\x98it\xE2\x80\x99s\xE2\x80\x9A\xE2\x80\x9B") == "'it's''");
  CHECK(normalize_typography("Workers\xC2\xB4 Party, it\xCA\xBCs") == "Workers' Party, it's");
  CHECK(normalize_typography("\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x9Elow\xE2\x80\x9C") ==
        "\"quoted\" \"low\"");
  // En, em, figure dash and horizontal bar become one '-', spacing as in the source.
  CHECK(normalize_typography("ERBIL \xE2\x80\x93 Monday") == "ERBIL - Monday");
  CHECK(normalize_typography("word\xE2\x80\x94word \xE2\x80\x92 \xE2\x80\x95") == "word-word - -");
  // No-break, narrow no-break and ideographic spaces become ASCII spaces.
  CHECK(normalize_typography("10\xC2\xA0km a\xE2\x80\xAF"
                             "b c\xE3\x80\x80"
                             "d") == "10 km a b c d");
  // Zero-width characters and a BOM vanish.
  CHECK(normalize_typography("\xEF\xBB\xBFzero\xE2\x80\x8Bwidth\xE2\x80\x8D") == "zerowidth");
  // CRLF and lone CR become LF; trailing spaces (including former NBSP) are trimmed.
  CHECK(normalize_typography("one  \r\ntwo\xC2\xA0\rthree\t\n") == "one\ntwo\nthree\n");
  CHECK(normalize_typography("last line   ") == "last line");
}

TEST_CASE("check_not_binary counts every control byte wherever it sits", "[ingest]") {
  // 100 bytes with `controls` escapes spread from `first`: at most 10% is text. Line ends and
  // UTF-8 bytes around them stop a scan that skips plain ASCII eight bytes at a time, and
  // do not count.
  for (size_t first = 0; first < 9; ++first) {
    for (size_t controls : {size_t{10}, size_t{11}}) {
      std::string text = std::string(20, 'a') + "\n\xC3\xA9\t" + std::string(76, 'b');
      for (size_t k = 0; k < controls; ++k) text[first + 9 * k] = '\x1b';
      INFO("first control at " << first << ", " << controls << " controls");
      CHECK(text.size() == 100);
      CHECK(check_not_binary(text).ok() == (controls == 10));
    }
  }
}

TEST_CASE("normalize_typography maps a character the same at any offset in ASCII text", "[ingest]") {
  // Plain ASCII is copied in runs found eight bytes at a time: whatever ends a run must be
  // handled the same wherever it falls in those words.
  const std::pair<std::string, std::string> cases[] = {
      {"\r\n", "\n"},        {"\r", "\n"},          {"\n", "\n"},
      {"\t", "\t"},           {"\f", "\f"},          {"\x7F", "\x7F"},
      {"\xC2\xA0", " "},      {"\xE2\x80\x99", "'"}, {"\xE2\x80\x9C", "\""},
      {"\xE2\x80\x94", "-"}, {"\xEF\xBB\xBF", ""},   {"\xC3\xA9", "\xC3\xA9"},
      {"\xFF", "\xEF\xBF\xBD"}, {"\xE2\x80", "\xEF\xBF\xBD"}};
  for (const auto& [special, mapped] : cases) {
    for (size_t at = 0; at < 18; ++at) {
      const std::string before(at, 'x'), after(24 - at, 'y');
      INFO("case \"" << special << "\" after " << at << " bytes");
      CHECK(normalize_typography(before + special + after) == before + mapped + after);
    }
  }
}

TEST_CASE("normalize_nfc composes with ICU", "[ingest]") {
  Result<std::string> composed = normalize_nfc(
      "caf"
      "e\xCC\x81");
  REQUIRE(composed.ok());
  CHECK(composed.value() == "caf\xC3\xA9");
  Result<std::string> ascii = normalize_nfc("plain");
  REQUIRE(ascii.ok());
  CHECK(ascii.value() == "plain");
}

TEST_CASE("normalize_text removes zero-width characters before composing", "[ingest]") {
  Result<std::string> text = normalize_text("e\xE2\x80\x8B\xCC\x81 \xE2\x80\x9Cx\xE2\x80\x9D");
  REQUIRE(text.ok());
  CHECK(text.value() == "\xC3\xA9 \"x\"");
}

TEST_CASE("clean_inline_text collapses whitespace and repairs bytes", "[ingest]") {
  CHECK(clean_inline_text("  Leaders\xC2\xA0meet \n in\t\xE2\x80\x9C"
                          "Erbil\xE2\x80\x9D  ") == "Leaders meet in \"Erbil\"");
  CHECK(clean_inline_text("bad\xFF") == "bad\xEF\xBF\xBD");
  CHECK(clean_inline_text(" \n ").empty());
}

TEST_CASE("fold_case folds ASCII and beyond", "[ingest]") {
  CHECK(fold_case("Share This ARTICLE") == "share this article");
  CHECK(fold_case("\xC3\x89T\xC3\x89") == "\xC3\xA9t\xC3\xA9");  // ÉTÉ -> été
}

TEST_CASE("fold_case folds text that mixes ASCII runs with other characters", "[ingest]") {
  // ASCII and non-ASCII runs alternate; ß folds to two letters, so the folded text is longer.
  CHECK(fold_case("\xC3\x9C" "ber DIE Stra\xC3\x9F" "E \xE2\x80\x93 OK") ==
        "\xC3\xBC" "ber die strasse \xE2\x80\x93 ok");  // Über DIE StraßE – OK
  CHECK(fold_case("A\xC3\x89") == "a\xC3\xA9");  // ends in a non-ASCII run
  CHECK(fold_case("") == "");
}
