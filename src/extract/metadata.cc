#include "extract/metadata.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "ontology/json_file.h"
#include "ontology/lexicons.h"

namespace newsgraph::extract {
namespace {

constexpr size_t kHeaderLines = 12;  // metadata sits in the first lines of a page
constexpr size_t kFooterLines = 6;   // credit lines sit in the last ones

std::string member(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}
int int_member(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsInt() ? it->value.GetInt() : 0;
}

struct Line {
  uint32_t begin, end;
};

std::vector<Line> first_lines(const std::string& text, size_t limit) {
  std::vector<Line> lines;
  for (size_t start = 0; start <= text.size() && lines.size() < limit;) {
    size_t newline = text.find('\n', start);
    if (newline == std::string::npos) newline = text.size();
    uint32_t b = static_cast<uint32_t>(start), e = static_cast<uint32_t>(newline);
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) lines.push_back({b, e});
    start = newline + 1;
  }
  return lines;
}

// The same for the last `limit` non-empty lines, read from the end (articles are long;
// only their foot is wanted).
std::vector<Line> last_lines(const std::string& text, size_t limit) {
  std::vector<Line> lines;
  size_t end = text.size();
  while (lines.size() < limit) {
    size_t newline = end == 0 ? std::string::npos : text.rfind('\n', end - 1);
    uint32_t b = newline == std::string::npos ? 0 : static_cast<uint32_t>(newline + 1);
    uint32_t e = static_cast<uint32_t>(end);
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) lines.push_back({b, e});
    if (newline == std::string::npos) break;
    end = newline;
  }
  std::reverse(lines.begin(), lines.end());
  return lines;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// One pattern against one line; group positions in `m` are offsets into the line.
bool search_line(const MetadataPattern& p, const MetadataLine& line, RegexMatch& m) {
  return worth_trying(p, line) && p.regex.search(line.window, m, {.subject_cut = line.cut});
}

std::string date_from(std::string_view line, const RegexMatch& m, const MetadataPattern& p,
                      const MetadataPatterns& all) {
  int y = 0, mo = 0, d = 0;
  for (size_t g = 0; g < p.fields.size() && g + 1 < m.size(); ++g) {
    std::string v(m.view(line, g + 1));
    switch (p.fields[g]) {
      case 'y': y = std::atoi(v.c_str()); break;
      case 'm': mo = std::atoi(v.c_str()); break;
      case 'd': d = std::atoi(v.c_str()); break;
      case 'M': {
        std::string key = ontology::to_lower_ascii(v);
        if (!key.empty() && key.back() == '.') key.pop_back();
        auto it = all.months.find(key);
        mo = it == all.months.end() ? 0 : it->second;
        break;
      }
      default: break;
    }
  }
  return iso_date(y, mo, d);
}

// A short line of capitalized words without final punctuation: how outlets print their
// name next to the date in page headers ("Outlet" under "14-02-2024").
bool looks_like_outlet_line(std::string_view line) {
  if (line.size() > 40 || line.empty() || !std::isupper(static_cast<unsigned char>(line[0])))
    return false;
  int words = 1;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == ' ') {
      ++words;
      if (i + 1 < line.size() && !std::isupper(static_cast<unsigned char>(line[i + 1])) &&
          !std::isdigit(static_cast<unsigned char>(line[i + 1])))
        return false;
    } else if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '&' && c != '\'') {
      return false;
    }
  }
  return words <= 3;
}

// A date the source's metadata gave, as an ISO day: "2025-03-04T10:00:00Z" -> "2025-03-04";
// other shapes ("March 4, 2025") go through the date patterns.
std::string source_date(const std::string& given, const MetadataPatterns& patterns) {
  int y = 0, m = 0, d = 0;
  if (given.size() >= 10 && std::sscanf(given.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) return iso_date(y, m, d);
  const MetadataLine line = metadata_line(given, patterns);
  for (const MetadataPattern& p : patterns.patterns) {
    RegexMatch match;
    if (p.kind == "date" && search_line(p, line, match)) {
      std::string iso = date_from(given, match, p, patterns);
      if (!iso.empty()) return iso;
    }
  }
  return "";
}

// Page titles often carry the site's name: "Headline | Outlet", "Headline - Outlet".
std::string without_site_suffix(const std::string& title, const std::string& publisher) {
  for (const char* separator : {" | ", " - ", " :: "}) {
    size_t cut = title.rfind(separator);
    if (cut == std::string::npos || cut == 0) continue;
    std::string tail = title.substr(cut + std::strlen(separator));
    if (!publisher.empty() && ontology::to_lower_ascii(tail) == ontology::to_lower_ascii(publisher))
      return title.substr(0, cut);
  }
  return title;
}

}  // namespace

MetadataLine metadata_line(std::string_view line, const MetadataPatterns& patterns) {
  MetadataLine measured;
  measured.window = line.substr(0, MetadataLine::kLineWindow);
  measured.cut = line.size() > MetadataLine::kLineWindow;
  // A run of n digits holds a byte at every n-th offset, so with n the fewest digits any
  // pattern requires, looking at every n-th byte finds every run that matters (and most
  // lines hold none): measured from there to both ends.
  const std::string_view w = measured.window;
  const size_t step = patterns.fewest_digits_required;
  auto is_digit = [w](size_t i) { return w[i] >= '0' && w[i] <= '9'; };  // \d of a byte-wise regex
  for (size_t i = step - 1; step > 0 && i < w.size() && measured.digit_run < patterns.most_digits_required;
       i += step) {
    if (!is_digit(i)) continue;
    size_t begin = i, end = i + 1;
    while (begin > 0 && is_digit(begin - 1)) --begin;
    while (end < w.size() && is_digit(end)) ++end;
    measured.digit_run = std::max(measured.digit_run, end - begin);
    i = end;  // not a digit; the next run starts after it
  }
  return measured;
}

bool worth_trying(const MetadataPattern& p, const MetadataLine& line) {
  if (line.digit_run < p.requires_digits) return false;
  // Before the literals are looked for: most patterns are anchored at a few first bytes.
  if (!line.window.empty() && !p.regex.may_start_with(static_cast<unsigned char>(line.window[0])))
    return false;
  if (p.requires_any.empty()) return true;
  for (const std::string& literal : p.requires_any)
    if (line.window.find(literal) != std::string_view::npos) return true;
  return false;
}

std::string iso_date(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return "";
  int days = kDays[month - 1] + (month == 2 && is_leap(year));
  if (day > days) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

Result<MetadataPatterns> load_metadata_patterns(const std::string& patterns_path,
                                                const std::string& months_path) {
  MetadataPatterns out;
  Status s = ontology::for_each_jsonl_record(months_path, [&](const rapidjson::Value& r, size_t) {
    std::string word = member(r, "word");
    int month = int_member(r, "month");
    if (word.empty() || month < 1 || month > 12)
      return Status::Error(ErrorCode::kParseError, "needs \"word\" and \"month\" 1..12");
    out.months[ontology::to_lower_ascii(word)] = month;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = ontology::for_each_jsonl_record(patterns_path, [&](const rapidjson::Value& r, size_t) {
    MetadataPattern p;
    p.kind = member(r, "kind");
    p.id = member(r, "id");
    p.fields = member(r, "fields");
    p.outlet_group = int_member(r, "outlet");
    p.place_group = int_member(r, "place");
    p.priority = int_member(r, "priority");
    p.any_line = member(r, "scope") == "any";
    if (auto it = r.FindMember("requires"); it != r.MemberEnd()) {
      if (!it->value.IsArray()) return Status::Error(ErrorCode::kParseError, "\"requires\" must be an array of strings");
      for (const auto& literal : it->value.GetArray()) {
        if (!literal.IsString() || literal.GetStringLength() == 0)
          return Status::Error(ErrorCode::kParseError, "\"requires\" must be an array of non-empty strings");
        p.requires_any.emplace_back(literal.GetString());
      }
    }
    if (auto it = r.FindMember("requires_digits"); it != r.MemberEnd()) {
      if (!it->value.IsUint() || it->value.GetUint() == 0)
        return Status::Error(ErrorCode::kParseError, "\"requires_digits\" must be a positive integer");
      p.requires_digits = it->value.GetUint();
      out.most_digits_required = std::max(out.most_digits_required, p.requires_digits);
      out.fewest_digits_required = out.fewest_digits_required == 0
                                       ? p.requires_digits
                                       : std::min(out.fewest_digits_required, p.requires_digits);
    }
    if (p.kind != "date" && p.kind != "publisher" && p.kind != "place")
      return Status::Error(ErrorCode::kParseError, "\"kind\" must be date, publisher or place");
    if (p.id.empty()) return Status::Error(ErrorCode::kParseError, "missing \"id\"");
    std::string source = member(r, "regex");
    Result<Regex> regex = Regex::compile(source);
    if (!regex.ok()) return Status::Error(ErrorCode::kParseError, "pattern " + p.id + ": " + regex.status().message());
    p.regex = std::move(regex).value();
    if (p.kind == "date" && p.fields.empty())
      return Status::Error(ErrorCode::kParseError, "date pattern " + p.id + " needs \"fields\"");
    out.patterns.push_back(std::move(p));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::vector<const Regex*> regexes;
  for (const MetadataPattern& p : out.patterns) regexes.push_back(&p.regex);
  out.by_first_byte = index_by_first_byte(regexes);
  return out;
}

MetadataSpans read_metadata(Doc& doc, const MetadataPatterns& patterns) {
  const std::string& text = doc.article.text;
  std::vector<Line> lines = first_lines(text, kHeaderLines);
  int best_date = -1, best_publisher = -1, best_place = -1;
  size_t date_line = SIZE_MAX;
  MetadataSpans spans;
  std::string date, publisher;
  RegexMatch m;  // one for every search: each search resets it, and it is 0.5 KiB to clear
  for (size_t li = 0; li < lines.size(); ++li) {
    std::string_view line(text.data() + lines[li].begin, lines[li].end - lines[li].begin);
    const MetadataLine measured = metadata_line(line, patterns);
    for (uint32_t index : patterns.by_first_byte[static_cast<unsigned char>(line[0])]) {
      const MetadataPattern& p = patterns.patterns[index];
      if (!search_line(p, measured, m)) continue;
      if (p.kind == "date" && p.priority > best_date) {
        std::string d = date_from(line, m, p, patterns);
        if (d.empty()) continue;
        date = d;
        best_date = p.priority;
        date_line = li;
      }
      if (p.outlet_group && p.priority > best_publisher && m.matched(p.outlet_group)) {
        uint32_t b = lines[li].begin + static_cast<uint32_t>(m.position(p.outlet_group));
        spans.publisher = {b, b + static_cast<uint32_t>(m.length(p.outlet_group))};
        publisher = std::string(m.view(line, p.outlet_group));
        best_publisher = p.priority;
      }
      if (p.place_group && p.priority > best_place && m.matched(p.place_group)) {
        uint32_t b = lines[li].begin + static_cast<uint32_t>(m.position(p.place_group));
        spans.place = {b, b + static_cast<uint32_t>(m.length(p.place_group))};
        doc.meta.dateline_place = std::string(m.view(line, p.place_group));
        best_place = p.priority;
      }
    }
  }
  // Credit lines at the foot of the page ("SOURCE: Agency") for patterns that allow it.
  if (best_publisher < 0) {
    std::vector<Line> foot = last_lines(text, kFooterLines);
    for (const Line& foot_line : foot) {
      std::string_view line(text.data() + foot_line.begin, foot_line.end - foot_line.begin);
      const MetadataLine measured = metadata_line(line, patterns);
      for (uint32_t index : patterns.by_first_byte[static_cast<unsigned char>(line[0])]) {
        const MetadataPattern& p = patterns.patterns[index];
        if (!p.any_line || !p.outlet_group || p.priority <= best_publisher ||
            !search_line(p, measured, m) || !m.matched(p.outlet_group))
          continue;
        uint32_t b = foot_line.begin + static_cast<uint32_t>(m.position(p.outlet_group));
        spans.publisher = {b, b + static_cast<uint32_t>(m.length(p.outlet_group))};
        publisher = std::string(m.view(line, p.outlet_group));
        best_publisher = p.priority;
      }
    }
  }
  // An outlet name printed on its own line next to the date line.
  if (best_publisher < 0 && date_line != SIZE_MAX) {
    for (size_t li : {date_line + 1, date_line - 1}) {
      if (li >= lines.size()) continue;
      std::string_view line(text.data() + lines[li].begin, lines[li].end - lines[li].begin);
      if (looks_like_outlet_line(line)) {
        spans.publisher = {lines[li].begin, lines[li].end};
        publisher = std::string(line);
        break;
      }
    }
  }
  doc.meta.date = !doc.article.date.empty() ? source_date(doc.article.date, patterns) : date;
  if (doc.meta.date.empty()) doc.meta.date = date;
  doc.meta.publisher = !doc.article.publisher.empty() ? doc.article.publisher : publisher;
  doc.meta.headline = without_site_suffix(doc.article.title, doc.meta.publisher);
  if (doc.meta.headline.empty() && !lines.empty()) {
    // The first line is the headline when it is not itself metadata and reads like one.
    std::string_view first(text.data() + lines[0].begin, lines[0].end - lines[0].begin);
    bool publisher_line = !spans.publisher.empty() && spans.publisher.begin >= lines[0].begin &&
                          spans.publisher.end <= lines[0].end;
    bool is_meta = date_line == 0 || publisher_line;
    if (!is_meta && first.size() >= 20 && first.size() <= 200 && first.back() != '.')
      doc.meta.headline = std::string(first);
  }
  return spans;
}

}  // namespace newsgraph::extract
