// furniture: removal of page furniture (share bars, "Advertisement", bylines boxes,
// cookie notices...) from article text, driven by rules that live in
// ontology/lexicons/furniture.jsonl so that adding a rule needs no recompile.
//
// Rule records, one JSON object per line:
//   {"kind": "line_exact",         "text": "...", "why": "optional"}  trimmed line equals text
//   {"kind": "line_prefix",        "text": "..."}  trimmed line starts with text
//   {"kind": "paragraph_contains", "text": "..."}  any line containing text
//   {"kind": "line_regex",         "text": "..."}  regex (core/regex.h) searched in the
//                                                  trimmed line
// All four kinds compare case-insensitively. Rule texts get the same typographic and NFC
// normalization as article text, so a rule written with a curly quote still matches.
//
// Thread contract: FurnitureRules is immutable after load_furniture_rules returns and may
// be shared by any number of threads calling remove_furniture concurrently.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/regex.h"
#include "core/status.h"
#include "ingest/literal_matcher.h"

namespace newsgraph::ingest {

// Lines longer than this are never tested against line_regex rules: furniture lines are
// short, and a paragraph is not worth a dozen regex searches.
inline constexpr size_t kMaxRegexLineBytes = 1024;

// The literal kinds are matchers built once at load, so that a line is tested against all
// texts of a kind in one pass instead of one pass per text (paragraphs are long, and every
// line of every article is tested).
struct FurnitureRules {
  LiteralMatcher exact;         // case-folded line_exact texts
  LiteralMatcher prefixes;      // case-folded line_prefix texts
  LiteralMatcher contains;      // case-folded paragraph_contains texts
  std::vector<Regex> patterns;  // line_regex, case-insensitive
  // Indexes into `patterns` of those a line starting with the byte may match: nearly all
  // are anchored at a first byte, and most lines start with a byte few of them can.
  RegexesByFirstByte patterns_by_first_byte;

  size_t size() const { return exact.size() + prefixes.size() + contains.size() + patterns.size(); }
};

// Loads rules from a JSONL file. Errors (kParseError) read "path:line: message" for a
// malformed line, a missing/empty "text", an unknown "kind" or a regex that does not
// compile; kIoError when the file cannot be opened.
Result<FurnitureRules> load_furniture_rules(const std::string& path);

// True when one trimmed, normalized line matches any rule.
bool is_furniture_line(std::string_view trimmed_line, const FurnitureRules& rules);

// Drops from normalized text every line that matches a rule, every line that repeats an
// earlier non-empty line of the same text, ignoring case (a headline printed twice, or
// above the body; the first occurrence stays), and surrounding whitespace of each kept line.
// Paragraph structure survives: kept paragraphs are separated by exactly one blank line, and there
// are no leading or trailing blank lines.
std::string remove_furniture(std::string_view text, const FurnitureRules& rules);

}  // namespace newsgraph::ingest
