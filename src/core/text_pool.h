// TextPool: keeps strings for the life of the pool and hands out views of them; keep()
// holds each distinct string once. A graph holds hundreds of thousands of evidence records that
// repeat the same article ids, rule ids and dates, and a sentence that states two
// relations is evidence twice: owning a std::string per field cost about a third of the
// memory of a 100,000-article build.
// Views stay valid while the pool lives, also across moves of the pool (the bytes sit in
// heap blocks that never move). Thread contract: not thread-safe.
#pragma once

#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsgraph {

class TextPool {
 public:
  TextPool() = default;
  TextPool(TextPool&&) noexcept = default;
  TextPool& operator=(TextPool&&) noexcept = default;
  // Views into one pool must not be mistaken for views into a copy of it.
  TextPool(const TextPool&) = delete;
  TextPool& operator=(const TextPool&) = delete;

  // A view of an equal string held by the pool (the empty view for the empty string).
  std::string_view keep(std::string_view text);
  // A view of a new copy, without looking for an equal string: for text that seldom
  // repeats (sentences), where the lookup would cost more than the bytes it saves.
  std::string_view copy(std::string_view text);
  // Strings kept by keep() (each once), and the bytes of everything held.
  size_t size() const { return kept_.size(); }
  size_t bytes() const { return bytes_; }

 private:
  static constexpr size_t kBlockBytes = 1 << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;      // shared blocks of kBlockBytes; the last one fills
  std::vector<std::unique_ptr<char[]>> long_texts_;  // a block each
  size_t block_used_ = kBlockBytes;                  // bytes taken in the last block (none yet: full)
  size_t bytes_ = 0;
  std::unordered_set<std::string_view> kept_;
};

}  // namespace newsgraph
