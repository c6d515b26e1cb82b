// Hashing for string-keyed containers that are searched with string_views (a slice of a
// buffer being scanned) without building a std::string per lookup.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;
template <typename T>
using StringMultimap = std::unordered_multimap<std::string, T, StringHash, std::equal_to<>>;

}  // namespace newsgraph
