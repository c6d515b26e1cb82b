// WordTable: word -> 32-bit flags, for lookups made at every token of every article.
// An unordered_map of tens of thousands of words costs a bucket, a node and often a key on
// three cache lines per lookup; here a word of up to 23 bytes sits in its slot, so a
// lookup reads one line (open addressing, linear probing, at most 3/4 full). Longer words
// go to an ordinary map.
// A short word is packed once into three 64-bit words (its bytes zero-padded, its length in
// the top byte of the last), which both hashes it and is the key a slot holds: a probe is
// three integer compares, with no test of the length first and no byte compare after.
// Thread contract: find() is safe from many threads once adding is over.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_hash.h"

namespace newsgraph {

class WordTable {
 public:
  // The flags of `word`, 0 when it was never added.
  uint32_t find(std::string_view word) const {
    if (word.size() > kInlineBytes) {
      auto it = long_words_.find(word);
      return it == long_words_.end() ? 0 : it->second;
    }
    if (slots_.empty()) return 0;
    const PackedWord key = pack(word);
    for (size_t i = home(key);; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return slot.value;
      if (slot.empty()) return 0;
    }
  }

  // Or-s `flags` into the word's flags (adding the word when new). The empty word is ignored.
  void add(std::string_view word, uint32_t flags) {
    if (word.empty()) return;
    if (word.size() > kInlineBytes) {
      long_words_[std::string(word)] |= flags;
      return;
    }
    if ((used_ + 1) * 4 > slots_.size() * 3) rehash(slots_.empty() ? kFirstSlotCount : slots_.size() * 2);
    const PackedWord key = pack(word);
    for (size_t i = home(key);; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.empty()) {
        slot.key = key;
        slot.value = flags;
        ++used_;
        return;
      }
      if (slot.key == key) {
        slot.value |= flags;
        return;
      }
    }
  }

  size_t size() const { return used_ + long_words_.size(); }

  // Makes room for `words` words in all, so that adding that many rehashes nothing.
  void reserve(size_t words) {
    size_t slot_count = slots_.empty() ? kFirstSlotCount : slots_.size();
    while (words * 4 > slot_count * 3) slot_count *= 2;
    if (slot_count != slots_.size()) rehash(slot_count);
  }

  // Calls visit(word, flags) for every word, in no particular order.
  void for_each(const std::function<void(std::string_view, uint32_t)>& visit) const {
    for (const Slot& slot : slots_)
      if (!slot.empty()) visit(slot.key.bytes(), slot.value);
    for (const auto& [word, flags] : long_words_) visit(word, flags);
  }

 private:
  static constexpr size_t kInlineBytes = 23;
  static constexpr size_t kFirstSlotCount = 1024;

  // A word of 1 to kInlineBytes bytes: bytes 0-7, 8-15 and 16-22 in words[0], [1] and [2],
  // zero after the word's end, and its length in the top byte of words[2] (so "ab" and
  // "ab\0" differ). All zero is no word: the empty slot.
  struct PackedWord {
    uint64_t words[3] = {0, 0, 0};

    bool operator==(const PackedWord& other) const {
      return words[0] == other.words[0] && words[1] == other.words[1] && words[2] == other.words[2];
    }
    size_t length() const { return words[2] >> 56; }
    std::string_view bytes() const { return {reinterpret_cast<const char*>(words), length()}; }
  };

  // Reads the word with the overlapping 8- and 4-byte loads of hash_bytes, never a byte past
  // its end: where two loads overlap, they hold the same bytes at the same places, so or-ing
  // them (the second one shifted into place) gives each byte once.
  static PackedWord pack(std::string_view word) {
    static_assert(std::endian::native == std::endian::little, "byte i of a word is bits 8i to 8i+7");
    using detail::read4;
    using detail::read8;
    const char* p = word.data();
    const size_t n = word.size();
    PackedWord key;
    if (n >= 8) {
      key.words[0] = read8(p);
      if (n > 16) {
        key.words[1] = read8(p + 8);
        key.words[2] = read8(p + n - 8) >> (8 * (24 - n));
      } else if (n > 8) {
        key.words[1] = read8(p + n - 8) >> (8 * (16 - n));
      }
    } else if (n >= 4) {
      key.words[0] = read4(p) | read4(p + n - 4) << (8 * (n - 4));
    } else if (n > 0) {
      key.words[0] = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
                     static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << (8 * (n >> 1)) |
                     static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << (8 * (n - 1));
    }
    key.words[2] |= static_cast<uint64_t>(n) << 56;
    return key;
  }

  struct alignas(32) Slot {
    PackedWord key;
    uint32_t value = 0;
    bool empty() const { return key.words[2] == 0; }  // a word's length is never 0
  };

  size_t home(const PackedWord& key) const {
    constexpr uint64_t kMix1 = 0x9e3779b97f4a7c15ULL;  // the constants of hash_bytes
    constexpr uint64_t kMix2 = 0xc2b2ae3d27d4eb4fULL;
    return detail::fold_multiply(key.words[0] ^ kMix1, key.words[1] ^ key.words[2] ^ kMix2) & mask_;
  }

  // Moves every word into a table of `slot_count` slots, a power of two.
  void rehash(size_t slot_count) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(slot_count, Slot{});
    mask_ = slots_.size() - 1;
    used_ = 0;
    for (const Slot& slot : old)
      if (!slot.empty()) add(slot.key.bytes(), slot.value);
  }

  std::vector<Slot> slots_;  // a power of two in size
  size_t mask_ = 0;
  size_t used_ = 0;
  StringMap<uint32_t> long_words_;
};

}  // namespace newsgraph
