#include "nlp/sentence_splitter.h"

namespace newsgraph::nlp {
namespace {

// The token's only byte, or 0 when it has more: what the punctuation tests below ask, without
// a string comparison per token.
char only_byte(const Token& t) { return t.lower.size() == 1 ? t.lower[0] : '\0'; }

bool is_terminal(const Token& t) {
  const char c = only_byte(t);
  return c == '.' || c == '!' || c == '?';
}
bool is_closing_quote(const Token& t) {
  const char c = only_byte(t);
  return c == '"' || c == '\'' || c == ')';
}

}  // namespace

std::vector<Sentence> split_sentences(std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  uint32_t start = 0;
  auto close = [&](uint32_t end) {
    if (end <= start) return;
    Sentence s;
    s.first_token = start;
    s.end_token = end;
    s.span = {tokens[start].span.begin, tokens[end - 1].span.end};
    tokens[start].sentence_start = true;
    sentences.push_back(s);
    start = end;
  };
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    // Only a token after a line break or a one-byte token (a terminal) can end a sentence:
    // most tokens are neither, and a loop of its own skips them.
    while (i < n && !tokens[i].newline_before && tokens[i].lower.size() != 1) ++i;
    if (i == n) break;
    if (i > start && tokens[i].newline_before) {
      const Token& prev = tokens[i - 1];
      bool continues = !tokens[i].capitalized && tokens[i].is_word && !is_terminal(prev) &&
                       only_byte(prev) != ':';
      if (!continues) close(i);
    }
    if (!is_terminal(tokens[i])) continue;
    uint32_t end = i + 1;
    while (end < n && is_closing_quote(tokens[end]) && !tokens[end].space_before) ++end;
    if (end >= n) continue;
    const Token& next = tokens[end];
    bool opens = next.capitalized || only_byte(next) == '"' || only_byte(next) == '\'' ||
                 (next.is_word && std::isdigit(static_cast<unsigned char>(next.lower[0])));
    if (opens || next.newline_before) {
      close(end);
      i = end - 1;
    }
  }
  close(n);
  return sentences;
}

}  // namespace newsgraph::nlp
