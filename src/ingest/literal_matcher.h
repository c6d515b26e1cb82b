// literal_matcher: tells whether any of a fixed set of byte strings equals a text, starts
// it, or occurs anywhere in it, in at most one pass over the text however many strings
// there are (an Aho-Corasick automaton, built once).
//
// Bytes are compared exactly. Callers that want case-insensitive matching fold both the
// patterns and the text first (fold_case in ingest/utf8_text.h).
//
// Thread contract: immutable after construction; any number of threads may query one
// matcher concurrently.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::ingest {

class LiteralMatcher {
 public:
  // Matches nothing.
  LiteralMatcher();
  // Repeated patterns count once. An empty pattern equals the empty text, starts and
  // occurs in every text.
  explicit LiteralMatcher(const std::vector<std::string>& patterns);

  // Number of distinct patterns.
  size_t size() const { return pattern_count_; }

  bool equals_any(std::string_view text) const;       // text is one of the patterns
  bool starts_with_any(std::string_view text) const;  // some pattern is a prefix of text
  bool contains_any(std::string_view text) const;     // some pattern occurs in text

 private:
  using State = uint32_t;
  static constexpr State kRoot = 0;

  State next(State state, char byte) const {
    return transitions_[state * column_count_ + column_of_[static_cast<unsigned char>(byte)]];
  }
  // The automaton's transitions also encode failure links; only a step one byte deeper
  // follows the trie, i.e. continues spelling a pattern from its first byte.
  bool is_trie_step(State from, State to) const { return depth_[to] == depth_[from] + 1; }
  State add_state(uint32_t depth);

  // Bytes that occur in no pattern share column 0; every other byte has its own column.
  // This keeps a row a few dozen entries long instead of 256.
  std::array<uint16_t, 256> column_of_{};
  size_t column_count_ = 1;
  std::vector<State> transitions_;     // state * column_count_ + column -> next state
  std::vector<uint32_t> depth_;        // bytes from the root
  std::vector<uint8_t> ends_pattern_;  // a pattern is spelled from the root to here
  std::vector<uint8_t> ends_any_;      // a pattern ends here: this state's or a suffix's
  // contains_any's transitions: the next state's row (state * column_count_), read without
  // a multiplication, and a state where a pattern has ended stays there on every byte, so
  // the scan tests for a match once at the end instead of after every byte.
  std::vector<uint32_t> contains_rows_;
  size_t pattern_count_ = 0;
};

}  // namespace newsgraph::ingest
