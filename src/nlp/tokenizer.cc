#include "nlp/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

#include "core/byte_set.h"

namespace newsgraph::nlp {
namespace {

// Bytes that end a word.
constexpr ByteSet kSpace = byte_set([](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });

// Punctuation that is always a token of its own at a word's edge.
constexpr ByteSet kEdgePunct = byte_set([](unsigned char c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '"': case '\'':
    case ',': case ';': case ':': case '!': case '?': case '.': case '*': case '|': case '/':
      return true;
    default:
      return false;
  }
});

// Bytes that split a word when they end it: edge punctuation and hyphens.
constexpr ByteSet kTrailingSplit = byte_set([](unsigned char c) { return kEdgePunct[c] || c == '-'; });

// Bytes of a word that no split can start inside it (is_inner_split's '-', '/' and ':' can).
constexpr ByteSet kPlainWordByte =
    byte_set([](unsigned char c) { return !kSpace[c] && c != '-' && c != '/' && c != ':'; });

// ASCII letters and digits, as std::isalpha and std::isdigit in the "C" locale: a token's
// first byte and its letters are tested at every token, one table load a test.
constexpr ByteSet kCapital = byte_set([](unsigned char c) { return c >= 'A' && c <= 'Z'; });
constexpr ByteSet kSmallLetter = byte_set([](unsigned char c) { return c >= 'a' && c <= 'z'; });
constexpr ByteSet kAsciiLetterOrDigit =
    byte_set([](unsigned char c) { return kCapital[c] || kSmallLetter[c] || (c >= '0' && c <= '9'); });

bool in(const ByteSet& set, char c) { return set[static_cast<unsigned char>(c)]; }

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

// Two or more letters, all capitals: ASCII letters only, as std::isalpha in the "C" locale.
// Stops at the first small letter, which most words show in their first two bytes.
bool is_all_caps(std::string_view w) {
  int capitals = 0;
  for (char c : w) {
    if (in(kSmallLetter, c)) return false;
    capitals += in(kCapital, c);
  }
  return capitals >= 2;
}

struct Emitter {
  std::string_view text;
  std::string_view lowered;  // text with ASCII letters lower-cased, offset for offset
  const ontology::Lexicons& lexicons;
  std::vector<Token>& out;
  bool pending_newline = false;
  bool pending_space = true;

  void emit(uint32_t begin, uint32_t end) {
    if (end <= begin) return;
    Token& t = out.emplace_back();
    t.span = {begin, end};
    // Offsets come from the scan of `text`, so plain pointer slices: substr would test bounds.
    const std::string_view w(text.data() + begin, end - begin);
    t.lower.assign(lowered.data() + begin, end - begin);
    t.word_classes = lexicons.classes_of(std::string_view(lowered.data() + begin, end - begin));
    if (static_cast<unsigned char>(w[0]) < 0x80) {  // ASCII, most tokens: the same answers without ICU
      t.is_word = in(kAsciiLetterOrDigit, w[0]);
      t.capitalized = in(kCapital, w[0]);
    } else {
      UChar32 c = first_code_point(w);
      t.is_word = c > 0 && (u_isalpha(c) || u_isdigit(c));
      t.capitalized = c > 0 && (u_isupper(c) || u_istitle(c) || (u_isalpha(c) && !u_islower(c)));
    }
    t.all_caps = is_all_caps(w);
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
  // Lower-cased once for the whole text: each token's `lower` is then a copy of its slice,
  // and abbreviations are looked up in it without a string of their own.
  const std::string lowered = ontology::to_lower_ascii(text);
  Emitter emitter{text, lowered, lexicons, tokens};
  auto emit = [&emitter](size_t begin, size_t end) {
    emitter.emit(static_cast<uint32_t>(begin), static_cast<uint32_t>(end));
  };
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (in(kSpace, text[i])) {
      emitter.pending_space = true;
      if (text[i] == '\n') emitter.pending_newline = true;
      ++i;
      continue;
    }
    // Most words are one token as they stand: nothing inside that splits, no punctuation at
    // either edge, no possessive 's.
    size_t word_end = end_of_run(text, i, kPlainWordByte);
    const bool plain_inside = word_end == n || in(kSpace, text[word_end]);
    if (plain_inside && !in(kEdgePunct, text[i]) && !in(kTrailingSplit, text[word_end - 1]) &&
        !(word_end - i > 2 && text[word_end - 1] == 's' && text[word_end - 2] == '\'')) {
      emit(i, word_end);
      i = word_end;
      continue;
    }
    while (word_end < n && !in(kSpace, text[word_end])) ++word_end;
    size_t begin = i, end = word_end;
    // Leading punctuation, one token each.
    for (; begin < end && in(kEdgePunct, text[begin]); ++begin) emit(begin, begin + 1);
    // Trailing punctuation, stripped right to left: what is stripped is [end, word_end), and
    // it is emitted after the core, one token per byte but for a possessive "'s".
    while (end > begin) {
      char c = text[end - 1];
      if (c == '.') {
        std::string_view core = text.substr(begin, end - begin);
        if (is_initials(core) || lexicons.abbreviations.contains(std::string_view(lowered).substr(begin, end - begin)))
          break;
        --end;
      } else if (in(kEdgePunct, c) || (c == '-' && end - begin > 1)) {
        --end;
        if (c == '\'' && end - begin >= 1 && text[end - 1] == 's') break;  // plural possessive "forces'"
      } else {
        break;
      }
    }
    const size_t stripped = end;
    // Possessive 's.
    const bool possessive = end - begin > 2 && text[end - 1] == 's' && text[end - 2] == '\'';
    if (possessive) end -= 2;
    // Core, split at hyphens and slashes.
    size_t part = begin;
    for (size_t k = begin + 1; k + 1 < end; ++k) {
      if (is_inner_split(text, k)) {
        emit(part, k);
        emit(k, k + 1);
        part = k + 1;
      }
    }
    emit(part, end);
    if (possessive) emit(end, end + 2);
    for (size_t k = stripped; k < word_end; ++k) emit(k, k + 1);
    i = word_end;
  }
  return tokens;
}

}  // namespace newsgraph::nlp
