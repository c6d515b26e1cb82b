// Hashing for string-keyed containers that are searched with string_views (a slice of a
// buffer being scanned) without building a std::string per lookup.
//
// hash_bytes is inline because nearly every key hashed here is a word or a short name:
// libstdc++'s std::hash is an out-of-line murmur loop that cost ~50 instructions per token,
// more than the lookup it served. Words are read 8 bytes at a time (overlapping reads for
// the tail, so no byte loop) and folded with a 64x64->128-bit multiply, which mixes every
// input bit into the low bits that power-of-two tables index by.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph {

namespace detail {
inline uint64_t read8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t read4(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
__extension__ typedef unsigned __int128 uint128;  // GCC and Clang on 64-bit targets
inline uint64_t fold_multiply(uint64_t a, uint64_t b) {
  const uint128 product = static_cast<uint128>(a) * b;
  return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
}
}  // namespace detail

inline uint64_t hash_bytes(const char* p, size_t n) {
  constexpr uint64_t kSeed = 0x243f6a8885a308d3ULL;  // digits of pi: arbitrary, odd, dense
  constexpr uint64_t kMix1 = 0x9e3779b97f4a7c15ULL;
  constexpr uint64_t kMix2 = 0xc2b2ae3d27d4eb4fULL;
  uint64_t h = kSeed ^ (n * kMix1);
  uint64_t a = 0, b = 0;
  if (n <= 16) {
    if (n >= 8) {
      a = detail::read8(p);
      b = detail::read8(p + n - 8);
    } else if (n >= 4) {
      a = detail::read4(p);
      b = detail::read4(p + n - 4);
    } else if (n > 0) {
      // One to three bytes: first, middle and last (some read twice).
      a = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
          static_cast<unsigned char>(p[n - 1]);
    }
  } else {
    size_t i = 0;
    for (; i + 16 < n; i += 16)
      h = detail::fold_multiply(detail::read8(p + i) ^ kMix1, detail::read8(p + i + 8) ^ h);
    a = detail::read8(p + n - 16);
    b = detail::read8(p + n - 8);
  }
  return detail::fold_multiply(a ^ kMix2, b ^ h) ^ h;
}

// Whether the `n` bytes at `a` and at `b` are equal, for short keys (n <= 24 only): the same
// overlapping 8- and 4-byte reads as hash_bytes, inline, where memcmp is a call that costs
// more than the hash-table probe it ends (resolve/'s string table).
inline bool equal_short_bytes(const char* a, const char* b, size_t n) {
  using detail::read4;
  using detail::read8;
  if (n >= 8)
    return read8(a) == read8(b) && read8(a + n - 8) == read8(b + n - 8) && (n <= 16 || read8(a + 8) == read8(b + 8));
  if (n >= 4) return read4(a) == read4(b) && read4(a + n - 4) == read4(b + n - 4);
  // One to three bytes: first, middle and last cover them all.
  return n == 0 || (a[0] == b[0] && a[n >> 1] == b[n >> 1] && a[n - 1] == b[n - 1]);
}

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return hash_bytes(s.data(), s.size()); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;
template <typename T>
using StringMultimap = std::unordered_multimap<std::string, T, StringHash, std::equal_to<>>;

}  // namespace newsgraph
