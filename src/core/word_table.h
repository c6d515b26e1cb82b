// WordTable: word -> 32-bit flags, for lookups made at every token of every article.
// An unordered_map of tens of thousands of words costs a bucket, a node and often a key on
// three cache lines per lookup; here a word of up to 23 bytes sits in its slot, so a
// lookup reads one line (open addressing, linear probing, at most 3/4 full). Longer words
// go to an ordinary map.
// Thread contract: find() is safe from many threads once adding is over.
#pragma once

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
    for (size_t i = home(word);; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.length == 0) return 0;
      if (slot.length == word.size() && equal_short_bytes(slot.key, word.data(), word.size())) return slot.value;
    }
  }

  // Or-s `flags` into the word's flags (adding the word when new). The empty word is ignored.
  void add(std::string_view word, uint32_t flags) {
    if (word.empty()) return;
    if (word.size() > kInlineBytes) {
      long_words_[std::string(word)] |= flags;
      return;
    }
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();
    for (size_t i = home(word);; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.length == 0) {
        std::memcpy(slot.key, word.data(), word.size());
        slot.length = static_cast<uint8_t>(word.size());
        slot.value = flags;
        ++used_;
        return;
      }
      if (slot.length == word.size() && std::memcmp(slot.key, word.data(), word.size()) == 0) {
        slot.value |= flags;
        return;
      }
    }
  }

  size_t size() const { return used_ + long_words_.size(); }

  // Calls visit(word, flags) for every word, in no particular order.
  void for_each(const std::function<void(std::string_view, uint32_t)>& visit) const {
    for (const Slot& slot : slots_)
      if (slot.length) visit(std::string_view(slot.key, slot.length), slot.value);
    for (const auto& [word, flags] : long_words_) visit(word, flags);
  }

 private:
  static constexpr size_t kInlineBytes = 23;
  struct alignas(32) Slot {
    char key[kInlineBytes];
    uint8_t length = 0;  // 0: empty
    uint32_t value = 0;
  };

  size_t home(std::string_view word) const { return StringHash{}(word) & mask_; }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    used_ = 0;
    for (const Slot& slot : old)
      if (slot.length) add(std::string_view(slot.key, slot.length), slot.value);
  }

  std::vector<Slot> slots_;  // a power of two in size
  size_t mask_ = 0;
  size_t used_ = 0;
  StringMap<uint32_t> long_words_;
};

}  // namespace newsgraph
