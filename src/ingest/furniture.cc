// furniture: loading furniture rules from JSONL and dropping the lines they match.
#include "ingest/furniture.h"

#include <unordered_set>

#include "core/string_hash.h"
#include "ingest/utf8_text.h"
#include "ontology/json_file.h"

namespace newsgraph::ingest {
namespace {

// Case-folded texts of the literal kinds, gathered while loading: a LiteralMatcher is
// built once from all texts of its kind.
struct LiteralTexts {
  std::vector<std::string> exact;
  std::vector<std::string> prefixes;
  std::vector<std::string> contains;
};

Status add_rule(const rapidjson::Value& record, LiteralTexts& literals,
                std::vector<Regex>& patterns) {
  auto kind_it = record.FindMember("kind");
  if (kind_it == record.MemberEnd() || !kind_it->value.IsString())
    return Status::Error(ErrorCode::kParseError, "missing string field \"kind\"");
  auto text_it = record.FindMember("text");
  if (text_it == record.MemberEnd() || !text_it->value.IsString())
    return Status::Error(ErrorCode::kParseError, "missing string field \"text\"");
  auto why_it = record.FindMember("why");
  if (why_it != record.MemberEnd() && !why_it->value.IsString())
    return Status::Error(ErrorCode::kParseError, "field \"why\" must be a string");

  const std::string_view kind(kind_it->value.GetString(), kind_it->value.GetStringLength());
  const std::string_view raw(text_it->value.GetString(), text_it->value.GetStringLength());
  if (trim_ascii(raw).empty())
    return Status::Error(ErrorCode::kParseError, "empty \"text\" would match every line");

  if (kind == "line_regex") {
    Result<Regex> regex = Regex::compile(raw, {.ignore_case = true});
    if (!regex.ok()) return regex.status();
    patterns.push_back(std::move(regex).value());
    return Status::Ok();
  }
  // Page text is compared after the same normalization, then case folding.
  std::string folded = fold_case(clean_inline_text(raw));
  if (kind == "line_exact") {
    literals.exact.push_back(std::move(folded));
  } else if (kind == "line_prefix") {
    literals.prefixes.push_back(std::move(folded));
  } else if (kind == "paragraph_contains") {
    literals.contains.push_back(std::move(folded));
  } else {
    return Status::Error(ErrorCode::kParseError,
                         "unknown kind \"" + std::string(kind) +
                             "\" (expected line_exact, line_prefix, paragraph_contains or "
                             "line_regex)");
  }
  return Status::Ok();
}

bool matches_regex(std::string_view line, const FurnitureRules& rules) {
  if (line.size() > kMaxRegexLineBytes) return false;
  if (line.empty()) {
    for (const Regex& pattern : rules.patterns)
      if (pattern.search(line)) return true;
    return false;
  }
  for (uint32_t index : rules.patterns_by_first_byte[static_cast<unsigned char>(line[0])])
    if (rules.patterns[index].search(line)) return true;
  return false;
}

// `folded` is fold_case(line), computed once by the caller and shared with the
// repeated-line check.
bool matches_rules(std::string_view line, std::string_view folded, const FurnitureRules& rules) {
  return rules.exact.equals_any(folded) || rules.prefixes.starts_with_any(folded) ||
         rules.contains.contains_any(folded) || matches_regex(line, rules);
}

// The trimmed line that starts at `begin`; moves `begin` past its line break (past the end
// of `text` after the last line).
std::string_view next_line(std::string_view text, size_t& begin) {
  size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  const std::string_view line = trim_ascii(text.substr(begin, end - begin));
  begin = end + 1;
  return line;
}

}  // namespace

Result<FurnitureRules> load_furniture_rules(const std::string& path) {
  LiteralTexts literals;
  FurnitureRules rules;
  Status status = ontology::for_each_jsonl_record(
      path, [&literals, &rules](const rapidjson::Value& record, size_t) {
        return add_rule(record, literals, rules.patterns);
      });
  if (!status.ok()) return status;
  rules.exact = LiteralMatcher(literals.exact);
  rules.prefixes = LiteralMatcher(literals.prefixes);
  rules.contains = LiteralMatcher(literals.contains);
  std::vector<const Regex*> regexes;
  for (const Regex& pattern : rules.patterns) regexes.push_back(&pattern);
  rules.patterns_by_first_byte = index_by_first_byte(regexes);
  return rules;
}

bool is_furniture_line(std::string_view trimmed_line, const FurnitureRules& rules) {
  return rules.size() != 0 && matches_rules(trimmed_line, fold_case(trimmed_line), rules);
}

std::string remove_furniture(std::string_view text, const FurnitureRules& rules) {
  std::string out;
  out.reserve(text.size());
  // The text is folded once, not line by line: folding never makes or removes a line break
  // or an ASCII space, so the lines of the folded text are the text's lines folded, and the
  // two are read side by side.
  const std::string folded_text = fold_case(text);
  // Folded kept lines, viewed in folded_text: a headline repeated in another case ("Talks In
  // Capital" above "Talks in capital") is still a repeat.
  std::unordered_set<std::string_view, StringHash> seen;
  bool blank_pending = false;
  size_t begin = 0, folded_begin = 0;
  while (begin <= text.size()) {
    const std::string_view line = next_line(text, begin);
    const std::string_view folded = next_line(folded_text, folded_begin);
    if (line.empty()) {
      blank_pending = !out.empty();
      continue;
    }
    // A dropped line leaves no blank behind, so dropping a whole paragraph between two
    // blank lines leaves one blank line, and dropping a line inside a paragraph joins it.
    if (matches_rules(line, folded, rules)) continue;
    if (!seen.insert(folded).second) continue;
    if (!out.empty()) out += blank_pending ? "\n\n" : "\n";
    blank_pending = false;
    out.append(line);
  }
  return out;
}

}  // namespace newsgraph::ingest
