// Regex: a compiled pattern for the regexes that live in ontology/ (metadata lines,
// furniture rules). PCRE2 with its JIT, because std::regex interprets by backtracking
// per character and took a third of all extraction time on news pages.
// Syntax is Perl's, which covers what the ontology writes in ECMAScript style: \d \w \s \b,
// (?:...), classes, alternation, counted repeats. Matching is on bytes (\w is ASCII), as
// before; "$" matches only at the true end of the subject.
// Thread contract: a compiled Regex is immutable and may be matched from any number of
// threads at once (each thread has its own match buffer).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsgraph {

struct RegexOptions {
  bool ignore_case = false;
};

// Where the groups of one match are: group 0 is the whole match; an unmatched group
// is npos..npos.
class RegexMatch {
 public:
  static constexpr size_t kMaxGroups = 32;
  static constexpr size_t npos = std::string_view::npos;

  bool matched(size_t group) const { return group < count_ && begin_[group] != npos; }
  size_t position(size_t group) const { return matched(group) ? begin_[group] : npos; }
  size_t length(size_t group) const { return matched(group) ? end_[group] - begin_[group] : 0; }
  // The group's text inside `subject` (the string that was searched); empty when unmatched.
  std::string_view view(std::string_view subject, size_t group) const {
    return matched(group) ? subject.substr(begin_[group], end_[group] - begin_[group]) : std::string_view();
  }
  size_t size() const { return count_; }

 private:
  friend class Regex;
  size_t count_ = 0;
  size_t begin_[kMaxGroups] = {};
  size_t end_[kMaxGroups] = {};
};

struct RegexSearch {
  bool subject_cut = false;  // the subject was cut short: "$" must not match its end
};

class Regex {
 public:
  // kParseError with PCRE2's message and offset when the pattern does not compile, or when
  // it has more than RegexMatch::kMaxGroups - 1 groups.
  static Result<Regex> compile(std::string_view pattern, RegexOptions options = {});

  // First match in `subject`. A pattern that hits the engine's limits on a pathological
  // subject counts as no match.
  bool search(std::string_view subject, RegexMatch& match, RegexSearch how = {}) const;
  bool search(std::string_view subject, RegexSearch how = {}) const;

  // False when no match can begin a subject whose first byte is `byte` (the pattern is
  // anchored and cannot start with it), so that callers with many patterns and one subject
  // can pick the few worth searching; true when the pattern cannot tell.
  bool may_start_with(unsigned char byte) const;

 private:
  struct Compiled;
  // PCRE2's return code for a search (> 0: a match and its group count), with the
  // groups in this thread's match buffer.
  int run(std::string_view subject, RegexSearch how) const;
  std::shared_ptr<const Compiled> compiled_;
};

// For each first byte of a subject, the indexes (in order) of the regexes that may match a
// subject starting with it (Regex::may_start_with), for callers that search many subjects
// with many anchored patterns: each subject is searched with its few candidates only.
using RegexesByFirstByte = std::array<std::vector<uint32_t>, 256>;
RegexesByFirstByte index_by_first_byte(const std::vector<const Regex*>& regexes);

}  // namespace newsgraph
