// ByteSet: which of the 256 byte values belong to a class, for text scanned a byte at a
// time: runs of bytes that need no work are found by table and copied whole, which is most
// of any English text.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace newsgraph {

using ByteSet = std::array<bool, 256>;

// The set of bytes for which in_set(byte) is true; usable in constant expressions.
template <typename Predicate>
constexpr ByteSet byte_set(Predicate in_set) {
  ByteSet set{};
  for (int byte = 0; byte < 256; ++byte) set[byte] = in_set(static_cast<unsigned char>(byte));
  return set;
}

// The end of the run of bytes in `set` that starts at `from` (`from` itself when none is).
inline size_t end_of_run(std::string_view text, size_t from, const ByteSet& set) {
  while (from < text.size() && set[static_cast<unsigned char>(text[from])]) ++from;
  return from;
}

}  // namespace newsgraph
