// Tests for ingest/text_reader: decode_text's one pass gives what its steps give one by one.
#include "ingest/text_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/utf8_text.h"

using namespace newsgraph;
using namespace newsgraph::ingest;

namespace {

// decode_text as its documentation spells it: validate_bytes, then normalize_text.
Result<std::string> decode_step_by_step(std::string_view raw, std::vector<std::string>* warnings) {
  Result<std::string> valid = validate_bytes(raw, "src", warnings);
  if (!valid.ok()) return valid;
  Result<std::string> text = normalize_text(valid.value());
  if (!text.ok()) return Status::Error(text.status().code(), "src: " + text.status().message());
  return text;
}

}  // namespace

TEST_CASE("decode_text gives the text, errors and warnings of its steps taken one by one", "[ingest]") {
  const std::vector<std::string> inputs = {
      "Plain ASCII.\r\nNext line.  \n\tTabbed\fpage",
      "Bad \xFF byte, a truncated \xE2\x82 sequence and a surrogate \xED\xA0\x80.",
      "Typography: \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s\xC2\xA0here\xE2\x80\x8B.",
      "Latin-1 only: T\xC3\xBCrkiye, \xC4\xB1",                   // no NFC work
      "Combining: Re\xCC\x81sume\xCC\x81 and a bullet \xE2\x80\xA2",  // NFC composes
      "A bullet \xE2\x80\xA2 and Arabic \xD9\x85\xD8\xB3\xD8\xB1\xD9\x88\xD8\xB1",  // inert: NFC already
      "Hangul jamo \xE1\x84\x80\xE1\x85\xA1 compose",          // U+1100 U+1161 -> U+AC00
      "Angstrom sign \xE2\x84\xAB decomposes",                    // U+212B -> U+00C5
      "An invalid byte before a combining mark: \xC3 e\xCC\x81",
      std::string("NUL \0 inside", 12),
      std::string(20, '\x01') + "mostly control bytes",
      std::string(5, '\x7F') + std::string(60, 'a'),  // a few DEL bytes: still text
      "",
  };
  for (const std::string& raw : inputs) {
    CAPTURE(raw);
    std::vector<std::string> one_pass_warnings, step_warnings;
    Result<std::string> one_pass = decode_text(raw, "src", &one_pass_warnings);
    Result<std::string> steps = decode_step_by_step(raw, &step_warnings);
    REQUIRE(one_pass.ok() == steps.ok());
    if (one_pass.ok()) {
      CHECK(one_pass.value() == steps.value());
    } else {
      CHECK(one_pass.status().message() == steps.status().message());
    }
    CHECK(one_pass_warnings == step_warnings);
  }
}

TEST_CASE("decode_text composes what NFC composes, beyond the combining marks too", "[ingest]") {
  Result<std::string> hangul = decode_text("\xE1\x84\x80\xE1\x85\xA1", "src", nullptr);
  REQUIRE(hangul.ok());
  CHECK(hangul.value() == "\xEA\xB0\x80");  // U+AC00
}

TEST_CASE("decode_text warns once about invalid UTF-8, counting the sequences replaced", "[ingest]") {
  std::vector<std::string> warnings;
  Result<std::string> text = decode_text("a\xFF" "b\xFE", "src", &warnings);
  REQUIRE(text.ok());
  CHECK(text.value() == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(warnings == std::vector<std::string>{
                        "src: invalid UTF-8 at byte 1 (2 sequences replaced with U+FFFD)"});
}
