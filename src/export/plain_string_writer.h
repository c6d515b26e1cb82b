// A RapidJSON writer (Writer or PrettyWriter) that also takes strings the caller knows need
// no escaping and copies them whole. RapidJSON's String() escapes as it copies, and walks a
// string shorter than 16 bytes one character at a time; most strings of graph.jsonld are
// short keys ("@id", "sentence") and node IRIs, which need no escaping by construction.
// Thread contract: as the RapidJSON writer it extends (one thread per writer).
#pragma once

#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <cstring>
#include <string_view>
#include <type_traits>

#include "core/byte_set.h"

namespace newsgraph::exporter {

// True when `s` is printable ASCII without '"' and '\\': valid UTF-8 that JSON holds as it
// is, so PlainString may write it.
inline bool is_plain_json_ascii(std::string_view s) {
  return end_of_printable_ascii(s, 0) == s.size() && s.find('"') == std::string_view::npos &&
         s.find('\\') == std::string_view::npos;
}

template <typename Writer>
struct IsPrettyWriter : std::false_type {};
template <typename Stream, typename Source, typename Target, typename Allocator, unsigned kFlags>
struct IsPrettyWriter<rapidjson::PrettyWriter<Stream, Source, Target, Allocator, kFlags>>
    : std::true_type {};

// Base: a rapidjson::Writer or rapidjson::PrettyWriter writing into a rapidjson::StringBuffer.
template <typename Base>
class PlainStringWriter : public Base {
 public:
  using Base::Base;

  // Writes the bytes String(s) or Key(s) would write (the same separator, line break and
  // indentation before it), for a string `s` that holds no '"', no '\\' and no byte below
  // 0x20 and is valid UTF-8; the caller vouches for that.
  bool PlainString(std::string_view s) {
    if constexpr (IsPrettyWriter<Base>::value)
      this->PrettyPrefix(rapidjson::kStringType);
    else
      this->Prefix(rapidjson::kStringType);
    char* out = this->os_->Push(s.size() + 2);
    out[0] = '"';
    std::memcpy(out + 1, s.data(), s.size());
    out[s.size() + 1] = '"';
    return this->EndValue(true);
  }
  bool PlainKey(std::string_view s) { return PlainString(s); }  // as Key() is String()
};

}  // namespace newsgraph::exporter
