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

// The day time expressions count from: an article's publication date, read once per article
// rather than once per sentence.
struct PublicationDate {
  std::string iso;       // as given (empty when unknown)
  bool parsed = false;   // whether `iso` reads as year-month-day
  int year = 0, month = 0;
  long days = 0;         // since 1970-01-01
};
PublicationDate publication_date(const std::string& published);

// ISO date (yyyy-mm-dd, or yyyy-mm for a month) the sentence's time expression resolves
// to; the publication date as given when there is none or it does not parse (empty when
// there is none either).
std::string event_date(const Doc& doc, const Sentence& sentence, const PublicationDate& published,
                       const DateLexicon& lexicon);

}  // namespace newsgraph::extract
