// Tests for the writer that copies strings needing no escaping whole
// (export/plain_string_writer.h): it must write exactly what RapidJSON's String/Key write.
#include "export/plain_string_writer.h"

#include <rapidjson/stringbuffer.h>

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace {

using newsgraph::exporter::PlainStringWriter;

// One document with keys and strings at every position a separator or indentation
// differs: first and later members, array elements, nested objects, an empty key and value,
// a UTF-8 value, and a string longer than RapidJSON's 16-byte SIMD step.
template <typename Writer, typename KeyFn, typename StringFn>
std::string document(KeyFn key, StringFn string) {
  rapidjson::StringBuffer buffer;
  PlainStringWriter<Writer> w(buffer);
  w.StartObject();
  key(w, "@id");
  string(w, "entity/per%2Fa");
  key(w, "mentions");
  w.StartArray();
  string(w, "first");
  w.StartObject();
  key(w, "");
  string(w, "");
  key(w, "n");
  w.Uint(3);
  key(w, "@type");
  string(w, "ng:Evidence");
  w.EndObject();
  string(w, "Erbil\xC3\xA9 \xE2\x80\x94 a string longer than sixteen bytes");
  w.EndArray();
  key(w, "last");
  string(w, "0.92");
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

template <typename Writer>
void check_same_bytes() {
  auto rapidjson_key = [](auto& w, std::string_view s) {
    w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  };
  auto rapidjson_string = [](auto& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  };
  auto plain_key = [](auto& w, std::string_view s) { CHECK(w.PlainKey(s)); };
  auto plain_string = [](auto& w, std::string_view s) { CHECK(w.PlainString(s)); };
  const std::string expected = document<Writer>(rapidjson_key, rapidjson_string);
  CHECK(document<Writer>(plain_key, plain_string) == expected);
  CHECK(document<Writer>(plain_key, rapidjson_string) == expected);
  CHECK(document<Writer>(rapidjson_key, plain_string) == expected);
}

}  // namespace

TEST_CASE("PlainString and PlainKey write what PrettyWriter's String and Key write",
          "[export]") {
  check_same_bytes<rapidjson::PrettyWriter<rapidjson::StringBuffer>>();
}

TEST_CASE("PlainString and PlainKey write what Writer's String and Key write", "[export]") {
  check_same_bytes<rapidjson::Writer<rapidjson::StringBuffer>>();
}

TEST_CASE("is_plain_json_ascii: printable ASCII without quote or backslash", "[export]") {
  using newsgraph::exporter::is_plain_json_ascii;
  CHECK(is_plain_json_ascii(""));
  CHECK(is_plain_json_ascii("dateline-city-region"));
  CHECK(is_plain_json_ascii("The Foreign Ministry said on Sunday it would send envoys, too."));
  // Each byte JSON escapes or that is not ASCII, first, inside a word-sized block and last.
  const std::string bad_bytes[] = {"\"", "\\", "\n", "\t", std::string(1, '\0'), "\x7f",
                                   "\xC3\xA9"};
  for (const std::string& bad : bad_bytes) {
    for (const std::string& text : {bad + "0123456789abcdef", "0123" + bad + "456789abcdef",
                                    "0123456789abcdef" + bad}) {
      INFO(text);
      CHECK_FALSE(is_plain_json_ascii(text));
    }
  }
}
