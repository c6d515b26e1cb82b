// ByteSet: which of the 256 byte values belong to a class, for text scanned a byte at a
// time: runs of bytes that need no work are found by table and copied whole, which is most
// of any English text.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
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

// The end of the run of printable ASCII bytes (0x20..0x7E) that starts at `from`, tested
// eight at a time: nearly all bytes of English text are, so a scan that only has work at
// line ends, control bytes and UTF-8 sequences skips to them at about a byte per
// instruction, where a table lookup per byte costs four or five.
inline size_t end_of_printable_ascii(std::string_view text, size_t from) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  while (from + 8 <= text.size()) {
    uint64_t word;
    std::memcpy(&word, text.data() + from, 8);
    // Some byte is below 0x20 exactly when subtracting 0x20 from every byte borrows into the
    // high bit of a byte whose high bit was clear; 0x7F is the byte that xor 0x7F makes zero;
    // bytes from 0x80 have the high bit themselves.
    const uint64_t below_space = (word - 0x20 * kOnes) & ~word;
    const uint64_t xor_del = word ^ (0x7F * kOnes);
    const uint64_t del = (xor_del - kOnes) & ~xor_del;
    if ((below_space | del | word) & kHighBits) break;
    from += 8;
  }
  while (from < text.size() && text[from] >= 0x20 && text[from] < 0x7F) ++from;
  return from;
}

}  // namespace newsgraph
