// Article metadata: publication date, publisher and dateline place, read off the first
// lines of the page by the patterns of ontology/patterns/metadata.jsonl. Pages often print
// the day they were viewed as well as the article's date: every pattern has a priority and
// view-date headers have the lowest, so a byline or dateline date wins.
// Thread contract: MetadataPatterns is read-only after loading.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/doc.h"
#include "core/regex.h"
#include "core/status.h"

namespace newsgraph::extract {

struct MetadataPattern {
  std::string kind;   // date, publisher or place
  std::string id;
  Regex regex;
  std::string fields; // date patterns: order of groups (y, m, d numeric; M month name)
  int outlet_group = 0;
  int place_group = 0;
  int priority = 0;
  std::vector<std::string> requires_any;  // the line holds one of these, or the regex is not tried
  size_t requires_digits = 0;  // the line holds this many digits in a row (a year), or the regex is not tried
  bool any_line = false;  // also searched in the last lines ("SOURCE: Agency" credit lines)
};

struct MetadataPatterns {
  std::vector<MetadataPattern> patterns;
  std::unordered_map<std::string, int> months;  // lower-case name or abbreviation -> 1..12
  size_t fewest_digits_required = 0;  // the smallest non-zero requires_digits: shorter runs never count
  size_t most_digits_required = 0;    // the largest requires_digits: counting a line's digits stops there
  // Indexes into `patterns` of those a line starting with the byte may match: most are
  // anchored at a few first bytes, so a line is offered to a few patterns, not to all.
  // Filled by load_metadata_patterns, from `patterns` as loaded.
  RegexesByFirstByte by_first_byte;
};

Result<MetadataPatterns> load_metadata_patterns(const std::string& patterns_path,
                                                const std::string& months_path);

// One line as the patterns read it, measured once for all of them: metadata opens its line
// ("CITY (Outlet) -", "By Outlet staff", "date 2024-..."), so patterns see its first
// kLineWindow bytes only and a paragraph-long first line costs no more than a short one.
struct MetadataLine {
  static constexpr size_t kLineWindow = 240;
  std::string_view window;  // the line's first kLineWindow bytes
  bool cut = false;         // the line goes on after the window: "$" does not match its end
  size_t digit_run = 0;     // longest run of digits in the window, as far as the patterns care
};
MetadataLine metadata_line(std::string_view line, const MetadataPatterns& patterns);

// False when the line cannot match `p` by its prefilters ("requires", "requires_digits")
// or by the first bytes its regex may start with: they only spare the regex lines it would
// turn down.
bool worth_trying(const MetadataPattern& p, const MetadataLine& line);

// Where each metadata value was found in the text (empty span when not found).
struct MetadataSpans {
  Span publisher;
  Span place;
};

// Fills doc.meta (keeping values the source's own metadata already gave).
MetadataSpans read_metadata(Doc& doc, const MetadataPatterns& patterns);

// "2024-02-14" from numbers; empty when the day does not exist.
std::string iso_date(int year, int month, int day);

}  // namespace newsgraph::extract
