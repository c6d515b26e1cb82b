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
  bool any_line = false;  // also searched in the last lines ("SOURCE: Agency" credit lines)
};

struct MetadataPatterns {
  std::vector<MetadataPattern> patterns;
  std::unordered_map<std::string, int> months;  // lower-case name or abbreviation -> 1..12
};

Result<MetadataPatterns> load_metadata_patterns(const std::string& patterns_path,
                                                const std::string& months_path);

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
