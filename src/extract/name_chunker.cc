#include "extract/name_chunker.h"

#include <algorithm>

namespace newsgraph::extract {
namespace {

bool is_name_word(const Token& t) { return t.is_word && t.capitalized; }

bool is_glue_hyphen(const std::vector<Token>& tokens, uint32_t i, uint32_t end) {
  // "Hennis-Plasschaert", also when a typo put a space after the hyphen.
  return tokens[i].lower == "-" && !tokens[i].space_before && i + 1 < end &&
         is_name_word(tokens[i + 1]);
}

bool is_small_number(const Token& t) {
  if (t.lower.empty() || t.lower.size() > 3) return false;
  return std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

bool is_title_case_line(const Doc& doc, const Sentence& sentence, const ontology::Lexicons& lex) {
  // A credit or byline ("Editing by X", "Additional reporting by X", "By X") names people in
  // capitals like a headline but is none: its names are read as names.
  uint32_t lead = sentence.first_token;
  while (lead < sentence.end_token && lex.credit_leads.count(doc.tokens[lead].lower)) ++lead;
  if (lead < sentence.end_token && doc.tokens[lead].lower == "by") return false;
  int words = 0, capitals = 0;
  for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (!t.is_word || t.lower.size() <= 3) continue;
    ++words;
    capitals += t.capitalized;
  }
  const Token& last = doc.tokens[sentence.end_token - 1];
  bool ends_like_prose = last.lower == "." || last.lower == "\"";
  return words >= 3 && capitals * 10 >= words * 8 && !ends_like_prose;
}

std::vector<Chunk> find_name_chunks(const Doc& doc, const Sentence& sentence,
                                    const ontology::Lexicons& lex) {
  const auto& tokens = doc.tokens;
  const uint32_t end = sentence.end_token;
  std::vector<Chunk> chunks;
  uint32_t i = sentence.first_token;
  while (i < end) {
    const Token& t = tokens[i];
    bool particle_start = t.is(ontology::kNameParticle) && i + 1 < end &&
                          (is_name_word(tokens[i + 1]) || is_glue_hyphen(tokens, i + 1, end));
    if (!is_name_word(t) && !particle_start) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    bool crossed = false;  // one connector per name: "Ministry of Foreign Affairs"
    while (j < end) {
      const Token& u = tokens[j];
      const Token& previous = tokens[j - 1];
      if (is_name_word(u) && !u.newline_before) {
        ++j;
      } else if (is_glue_hyphen(tokens, j, end)) {
        j += 2;
      } else if (u.is(ontology::kNameParticle) && j + 1 < end &&
                 (is_name_word(tokens[j + 1]) || is_glue_hyphen(tokens, j + 1, end))) {
        ++j;
      } else if (!crossed && u.is(ontology::kNameConnector) && j + 1 < end &&
                 is_name_word(tokens[j + 1]) &&
                 (lex.org_head(previous.lower, true) || lex.org_head(previous.lower, false) ||
                  lex.title_connections.count(previous.lower + " " + u.lower))) {
        // Only right after an organization head or inside a title; never across "of the",
        // where the definite article starts a second name ("X of the Y").
        ++j;
        crossed = true;
      } else if ((u.lower == "'s" || u.lower == "'") && !u.space_before && j + 1 < end &&
                 is_name_word(tokens[j + 1]) && previous.is(ontology::kCommonWord) &&
                 !previous.is(ontology::kGivenName)) {
        // A common noun's possessive inside a name: "People's Protection Units",
        // "Workers' Party" (a place's possessive, "Iran's Guards", ends the name).
        ++j;
      } else if (u.lower == "'" && !u.space_before && j >= i + 2 && j + 1 < end &&
                 is_name_word(tokens[j + 1]) && tokens[j + 1].space_before && previous.capitalized &&
                 previous.lower.back() != 's' && !(i > 0 && tokens[i - 1].lower == "'")) {
        // A transliterated ayn or hamza closing a word inside a name: "Mohammed Shia' Al
        // Sudani" (not a possessive: no "s" before it; not a closing quote: none opened).
        ++j;
      } else if (is_small_number(u) && j == i + 1 && !lex.abbreviations.count(tokens[j - 1].lower) &&
                 !tokens[j - 1].is(ontology::kTitle) &&
                 (j + 1 >= end || (!tokens[j + 1].is_word && tokens[j + 1].lower != "-"))) {
        // "Kurdistan 24": a number after a one-word name, before punctuation.
        ++j;
        break;
      } else {
        break;
      }
    }
    // Trim sentence-initial function and common words: capitals there say nothing.
    uint32_t b = i;
    while (b < j && ((!tokens[b].all_caps && tokens[b].is(ontology::kStopword)) ||
                     (tokens[b].sentence_start && !tokens[b].all_caps && tokens[b].is(ontology::kCommonWord) &&
                      !tokens[b].is(ontology::kTitle))))
      ++b;
    uint32_t e = j;
    while (e > b && (tokens[e - 1].is(ontology::kNameConnector) ||
                     (!tokens[e - 1].all_caps && tokens[e - 1].is(ontology::kStopword)) ||
                     !tokens[e - 1].is_word))
      --e;
    // "pro-Iran Coordination Framework": the name glued to a lower-case prefix by a hyphen
    // is a modifier of its own, not the first word of the next name.
    bool prefixed = b >= 2 && tokens[b - 1].lower == "-" && !tokens[b - 1].space_before &&
                    !tokens[b].space_before && !tokens[b - 2].capitalized && tokens[b - 2].is_word;
    if (prefixed && e > b + 1) {
      chunks.push_back({b, b + 1});
      ++b;
    }
    if (e > b && tokens[b].capitalized) chunks.push_back({b, e});
    i = j;
  }
  return chunks;
}

}  // namespace newsgraph::extract
