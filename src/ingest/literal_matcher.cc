// literal_matcher: building the Aho-Corasick automaton and walking it.
#include "ingest/literal_matcher.h"

#include <limits>
#include <queue>

namespace newsgraph::ingest {
namespace {

constexpr uint32_t kNoState = std::numeric_limits<uint32_t>::max();

}  // namespace

LiteralMatcher::LiteralMatcher() : LiteralMatcher(std::vector<std::string>{}) {}

LiteralMatcher::LiteralMatcher(const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns)
    for (char byte : pattern) {
      uint16_t& column = column_of_[static_cast<unsigned char>(byte)];
      if (column == 0) column = static_cast<uint16_t>(column_count_++);
    }

  // The trie of the patterns; kNoState marks a missing edge until failure links fill it.
  add_state(0);
  for (const std::string& pattern : patterns) {
    State state = kRoot;
    for (char byte : pattern) {
      const size_t edge = state * column_count_ + column_of_[static_cast<unsigned char>(byte)];
      if (transitions_[edge] == kNoState) {
        const State child = add_state(depth_[state] + 1);
        transitions_[edge] = child;  // after add_state, which may reallocate transitions_
      }
      state = transitions_[edge];
    }
    if (!ends_pattern_[state]) ++pattern_count_;
    ends_pattern_[state] = 1;
  }

  // Breadth first, so that a state's failure state (always shallower) is complete before
  // the state itself: a missing edge becomes the failure state's transition on that byte,
  // which turns the trie into an automaton that never backtracks over the text.
  std::vector<State> failure(depth_.size(), kRoot);
  std::queue<State> pending;
  ends_any_[kRoot] = ends_pattern_[kRoot];
  for (size_t column = 0; column < column_count_; ++column) {
    State& child = transitions_[kRoot * column_count_ + column];
    if (child == kNoState) {
      child = kRoot;
    } else {
      pending.push(child);
    }
  }
  while (!pending.empty()) {
    const State state = pending.front();
    pending.pop();
    ends_any_[state] = ends_pattern_[state] || ends_any_[failure[state]];
    for (size_t column = 0; column < column_count_; ++column) {
      State& child = transitions_[state * column_count_ + column];
      const State fallback = transitions_[failure[state] * column_count_ + column];
      if (child == kNoState) {
        child = fallback;
      } else {
        failure[child] = fallback;
        pending.push(child);
      }
    }
  }

  contains_rows_.resize(transitions_.size());
  for (State state = 0; state < depth_.size(); ++state)
    for (size_t column = 0; column < column_count_; ++column) {
      const State to = ends_any_[state] ? state : transitions_[state * column_count_ + column];
      contains_rows_[state * column_count_ + column] = static_cast<uint32_t>(to * column_count_);
    }
}

LiteralMatcher::State LiteralMatcher::add_state(uint32_t depth) {
  const State state = static_cast<State>(depth_.size());
  transitions_.resize(transitions_.size() + column_count_, kNoState);
  depth_.push_back(depth);
  ends_pattern_.push_back(0);
  ends_any_.push_back(0);
  return state;
}

bool LiteralMatcher::equals_any(std::string_view text) const {
  State state = kRoot;
  for (char byte : text) {
    const State to = next(state, byte);
    if (!is_trie_step(state, to)) return false;
    state = to;
  }
  return ends_pattern_[state] != 0;
}

bool LiteralMatcher::starts_with_any(std::string_view text) const {
  State state = kRoot;
  if (ends_pattern_[state]) return true;
  for (char byte : text) {
    const State to = next(state, byte);
    if (!is_trie_step(state, to)) return false;
    state = to;
    if (ends_pattern_[state]) return true;
  }
  return false;
}

bool LiteralMatcher::contains_any(std::string_view text) const {
  size_t row = kRoot;  // the root's row is 0
  // Unrolled: with no test per byte left in the body, the loop's own count and branch were
  // a third of its instructions.
#pragma GCC unroll 4
  for (char byte : text) row = contains_rows_[row + column_of_[static_cast<unsigned char>(byte)]];
  return ends_any_[row / column_count_] != 0;
}

}  // namespace newsgraph::ingest
