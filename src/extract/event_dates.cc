#include "extract/event_dates.h"

#include <cstdio>

#include "extract/metadata.h"
#include "ontology/json_file.h"
#include "ontology/lexicons.h"

namespace newsgraph::extract {
namespace {

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return iso_date(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

bool parse_iso(const std::string& iso, int& y, int& m, int& d) {
  return iso.size() >= 10 && std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) == 3;
}

std::string month_string(int y, int m) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m);
  return buffer;
}

std::string str(const rapidjson::Value& r, const char* key) {
  auto it = r.FindMember(key);
  return it != r.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace

Result<DateLexicon> load_date_lexicon(const std::string& dir) {
  DateLexicon lex;
  auto read_map = [&](const char* file, const char* value_key, std::unordered_map<std::string, int>& out) {
    return ontology::for_each_jsonl_record(dir + "/" + file, [&](const rapidjson::Value& r, size_t) {
      auto v = r.FindMember(value_key);
      std::string word = str(r, "word");
      if (word.empty() || v == r.MemberEnd() || !v->value.IsInt())
        return Status::Error(ErrorCode::kParseError, std::string("needs \"word\" and \"") + value_key + "\"");
      out[ontology::to_lower_ascii(word)] = v->value.GetInt();
      return Status::Ok();
    });
  };
  if (Status s = read_map("weekdays.jsonl", "weekday", lex.weekdays); !s.ok()) return s;
  if (Status s = read_map("months.jsonl", "month", lex.months); !s.ok()) return s;
  Status s = ontology::for_each_jsonl_record(dir + "/relative_dates.jsonl", [&](const rapidjson::Value& r, size_t) {
    RelativeDate rd;
    std::string phrase = ontology::to_lower_ascii(str(r, "phrase"));
    if (phrase.empty()) return Status::Error(ErrorCode::kParseError, "missing \"phrase\"");
    size_t start = 0;
    while (start < phrase.size()) {
      size_t space = phrase.find(' ', start);
      rd.words.push_back(phrase.substr(start, space - start));
      start = space == std::string::npos ? phrase.size() : space + 1;
    }
    if (auto d = r.FindMember("days"); d != r.MemberEnd() && d->value.IsInt()) {
      rd.days = d->value.GetInt();
      rd.has_days = true;
    }
    rd.month_scope = str(r, "scope") == "month";
    auto p = r.FindMember("previous");
    rd.previous = p != r.MemberEnd() && p->value.IsBool() && p->value.GetBool();
    lex.relative.push_back(std::move(rd));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return lex;
}

std::vector<std::string> DateLexicon::cue_words() const {
  std::vector<std::string> out;
  for (const auto& [weekday, number] : weekdays) out.push_back(weekday);
  for (const RelativeDate& rd : relative)
    if (!rd.words.empty()) out.push_back(rd.words.front());
  return out;
}

PublicationDate publication_date(const std::string& published) {
  PublicationDate out;
  out.iso = published;
  int d = 0;
  out.parsed = parse_iso(published, out.year, out.month, d);
  if (out.parsed) out.days = days_from_civil(out.year, out.month, d);
  return out;
}

std::string event_date(const Doc& doc, const Sentence& sentence, const PublicationDate& published,
                       const DateLexicon& lex) {
  if (!published.parsed) return published.iso;
  const int y = published.year, m = published.month;
  const long pub = published.days;
  const auto& tokens = doc.tokens;
  for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
    if (!tokens[i].is(ontology::kDateCue)) continue;
    const std::string& w = tokens[i].lower;
    if (auto wd = lex.weekdays.find(w); wd != lex.weekdays.end()) {
      // The latest such weekday on or before publication: news reports the past.
      long pub_weekday = ((pub % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday (3)
      long back = (pub_weekday - wd->second + 7) % 7;
      return civil_from_days(pub - back);
    }
    for (const RelativeDate& rd : lex.relative) {
      if (i + rd.words.size() > sentence.end_token) continue;
      bool same = true;
      for (size_t k = 0; k < rd.words.size() && same; ++k) same = tokens[i + k].lower == rd.words[k];
      if (!same) continue;
      uint32_t after = i + static_cast<uint32_t>(rd.words.size());
      if (rd.previous) {
        if (after >= sentence.end_token) continue;
        auto month = lex.months.find(tokens[after].lower);
        if (month == lex.months.end()) continue;
        int year = month->second < m ? y : y - 1;
        return month_string(year, month->second);
      }
      if (rd.has_days) return civil_from_days(pub + rd.days);
      if (rd.month_scope) return month_string(y, m);
    }
  }
  return published.iso;
}

}  // namespace newsgraph::extract
