// Span: a half-open byte range [begin, end) into an Article's text.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsgraph {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
};

}  // namespace newsgraph
