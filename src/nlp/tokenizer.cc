#include "nlp/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace newsgraph::nlp {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Punctuation that is always a token of its own at a word's edge.
bool is_edge_punct(char c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '"': case '\'':
    case ',': case ';': case ':': case '!': case '?': case '.': case '*': case '|': case '/':
      return true;
    default:
      return false;
  }
}

// Splits inside a word: hyphens and slashes become tokens of their own, and so does a
// colon between letters ("SOURCE:Agency"), but not one between digits ("1:02").
bool is_inner_split(std::string_view text, size_t k) {
  char c = text[k];
  if (c == '-' || c == '/') return true;
  return c == ':' && std::isalpha(static_cast<unsigned char>(text[k - 1])) &&
         std::isalpha(static_cast<unsigned char>(text[k + 1]));
}

// True for "B." and "U.S.": letters each followed by a period.
bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2) return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!std::isalpha(static_cast<unsigned char>(w[i])) || w[i + 1] != '.') return false;
  return true;
}

UChar32 first_code_point(std::string_view w) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), i, static_cast<int32_t>(w.size()), c);
  return c;
}

struct Emitter {
  std::string_view text;
  const ontology::Lexicons& lexicons;
  std::vector<Token>& out;
  bool pending_newline = false;
  bool pending_space = true;

  void emit(uint32_t begin, uint32_t end) {
    if (end <= begin) return;
    Token& t = out.emplace_back();
    t.span = {begin, end};
    std::string_view w = text.substr(begin, end - begin);
    // One pass lower-cases ASCII letters (as ontology::to_lower_ascii does) and counts
    // letters and capitals for all_caps: ASCII letters only, as std::isalpha in the "C" locale.
    t.lower.assign(w);
    int letters = 0, upper = 0;
    for (char& ch : t.lower) {
      const bool is_upper = ch >= 'A' && ch <= 'Z';
      letters += is_upper || (ch >= 'a' && ch <= 'z');
      upper += is_upper;
      ch = static_cast<char>(ch | (is_upper ? 0x20 : 0));
    }
    t.word_classes = lexicons.classes_of(t.lower);
    const unsigned char first = static_cast<unsigned char>(w[0]);
    if (first < 0x80) {  // ASCII, most tokens: the same answers without ICU
      t.is_word = (first >= '0' && first <= '9') || static_cast<unsigned>((first | 0x20) - 'a') < 26;
      t.capitalized = first >= 'A' && first <= 'Z';
    } else {
      UChar32 c = first_code_point(w);
      t.is_word = c > 0 && (u_isalpha(c) || u_isdigit(c));
      t.capitalized = c > 0 && (u_isupper(c) || u_istitle(c) || (u_isalpha(c) && !u_islower(c)));
    }
    t.all_caps = letters >= 2 && upper == letters;
    t.space_before = pending_space;
    t.newline_before = pending_newline;
    pending_space = false;
    pending_newline = false;
  }
};

}  // namespace

std::vector<Token> tokenize(std::string_view text, const ontology::Lexicons& lexicons) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);  // news English: about one token per five bytes
  Emitter emitter{text, lexicons, tokens};
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (is_space(text[i])) {
      emitter.pending_space = true;
      if (text[i] == '\n') emitter.pending_newline = true;
      ++i;
      continue;
    }
    size_t word_end = i;
    while (word_end < n && !is_space(text[word_end])) ++word_end;
    size_t begin = i, end = word_end;
    // Leading punctuation, one token each.
    while (begin < end && is_edge_punct(text[begin])) {
      emitter.emit(static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + 1));
      ++begin;
    }
    // Trailing punctuation, collected right to left and emitted after the core.
    std::vector<std::pair<size_t, size_t>> trailing;
    while (end > begin) {
      char c = text[end - 1];
      if (c == '.') {
        std::string_view core = text.substr(begin, end - begin);
        std::string lower = ontology::to_lower_ascii(core);
        if (lexicons.abbreviations.count(lower) || is_initials(core)) break;
        trailing.emplace_back(end - 1, end);
        --end;
      } else if (is_edge_punct(c) || (c == '-' && end - begin > 1)) {
        if (c == '\'' && end - begin >= 2 && text[end - 2] == 's') {
          trailing.emplace_back(end - 1, end);  // plural possessive "forces'"
          --end;
          break;
        }
        trailing.emplace_back(end - 1, end);
        --end;
      } else {
        break;
      }
    }
    // Possessive 's.
    if (end - begin > 2 && text[end - 1] == 's' && text[end - 2] == '\'') {
      trailing.emplace_back(end - 2, end);
      end -= 2;
    }
    // Core, split at hyphens and slashes.
    size_t part = begin;
    for (size_t k = begin; k < end; ++k) {
      if (k > begin && k + 1 < end && is_inner_split(text, k)) {
        emitter.emit(static_cast<uint32_t>(part), static_cast<uint32_t>(k));
        emitter.emit(static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1));
        part = k + 1;
      }
    }
    emitter.emit(static_cast<uint32_t>(part), static_cast<uint32_t>(end));
    for (auto it = trailing.rbegin(); it != trailing.rend(); ++it)
      emitter.emit(static_cast<uint32_t>(it->first), static_cast<uint32_t>(it->second));
    i = word_end;
  }
  return tokens;
}

}  // namespace newsgraph::nlp
