// Event dates: resolves relative time expressions in a sentence ("on Monday", "last
// November", "earlier this month", "yesterday") against the article's publication date,
// so each relation carries the day it happened. Words come from ontology/lexicons
// (weekdays, months, relative_dates). Thread contract: immutable after load.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/doc.h"
#include "core/status.h"

namespace newsgraph::extract {

struct RelativeDate {
  std::vector<std::string> words;  // lower-case phrase tokens
  int days = 0;
  bool has_days = false;
  bool month_scope = false;
  bool previous = false;           // precedes a month name: its last occurrence
};

struct DateLexicon {
  std::unordered_map<std::string, int> weekdays;  // lower -> 0 (Monday) .. 6
  std::unordered_map<std::string, int> months;    // lower -> 1..12
  std::vector<RelativeDate> relative;

  // The words a time expression begins with (to be marked ontology::kDateCue, which
  // event_date relies on to pass over the other tokens).
  std::vector<std::string> cue_words() const;
};

Result<DateLexicon> load_date_lexicon(const std::string& lexicon_dir);

// ISO date (yyyy-mm-dd, or yyyy-mm for a month) the sentence's time expression resolves
// to; `published` when there is none; empty when there is no publication date either.
std::string event_date(const Doc& doc, const Sentence& sentence, const std::string& published,
                       const DateLexicon& lexicon);

}  // namespace newsgraph::extract
