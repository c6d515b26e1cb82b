// Doc: everything the pipeline knows about one article, filled stage by stage.
// nlp/ fills tokens and sentences, extract/ fills metadata, mentions and relations,
// resolve/ links mentions to their in-article antecedents. All positions are Spans
// into article.text; strings are copied only where a later stage needs a new form
// (normalized token text for lexicon lookups, a canonical entity name).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/span.h"

namespace newsgraph {

inline constexpr uint32_t kNone = UINT32_MAX;

struct Token {
  Span span;
  std::string lower;        // case-folded text used for lexicon lookups
  bool capitalized = false; // first letter upper case (or non-Latin letter)
  bool all_caps = false;    // two or more letters, all upper case ("KDP", "U.S.")
  bool is_word = false;     // starts with a letter or digit
  bool sentence_start = false;
  bool space_before = true; // whitespace precedes the token in the text
  bool newline_before = false;
  uint8_t title_words = 0;  // words of the longest lexicon title starting here (set by the
                            // relation stage in the sentences it matches in)
  uint32_t word_classes = 0;  // what `lower` is in the lexicons (ontology::WordClass bits)

  // Whether the word is in any of the classes (ontology::WordClass bits, or-ed).
  bool is(uint32_t classes) const { return (word_classes & classes) != 0; }
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, end_token) into Doc::tokens
  uint32_t end_token = 0;
};

// A quotation: the tokens between an opening and a closing quotation mark.
struct Quotation {
  uint32_t open = 0;    // the opening mark's token
  uint32_t end = 0;     // the closing mark's token, or the first token after the paragraph
                        // that ended the quotation unclosed
  bool closed = false;
};

// A named mention of an entity (or a reference that resolve/ links to one).
struct Mention {
  Span span;                   // the name itself, titles excluded
  uint32_t first_token = 0;    // [first_token, end_token) into Doc::tokens
  uint32_t end_token = 0;
  std::string type;            // ontology class local name ("Person", "City", ...)
  std::string name;            // surface form as written (normalized spacing)
  std::string canonical;       // the lexicon's canonical name when a lexicon entry matched
  std::string acronym;         // "KDP" when the text defines it: "Kurdistan Democratic Party (KDP)"
  std::string affiliation;     // canonical or surface name of the polity/org in its title
  std::string title;           // role words attached to the mention ("Prime Minister")
  std::string rule;            // id of the rule that found it
  float score = 0.f;
  uint32_t antecedent = kNone; // mention this one refers to (bare surname, acronym, title)
  bool is_reference = false;   // only a reference (pronoun-like, bare title): never an entity alone
  bool is_acronym = false;     // written in capitals ("KDP"): an alias even when resolved
  bool is_metonym = false;     // a capital for its government or country ("Washington warned"):
                               // a reference (canonical = the country) that is a full agent
};

// A relation stated in one sentence between two mentions.
struct RelationMention {
  uint32_t subject = kNone;    // index into Doc::mentions
  uint32_t object = kNone;
  std::string predicate;       // vocabulary local name ("metWith")
  std::string qualifier;       // e.g. the title for holdsPositionIn
  std::string rule;            // pattern id
  float confidence = 0.f;      // measured precision of the rule
  Span evidence;               // the sentence
  std::string date;            // ISO day the event happened, if known
};

struct ArticleMeta {
  std::string date;            // publication date, ISO yyyy-mm-dd
  std::string publisher;       // outlet name as written
  std::string dateline_place;  // "ERBIL" in "ERBIL (Outlet) -"
  std::string headline;
  uint32_t publisher_mention = kNone;  // the mention naming the publisher in the text
  uint32_t place_mention = kNone;      // the dateline place's mention
};

struct Doc {
  Article article;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Quotation> quotations;  // in text order, none nested
  ArticleMeta meta;
  std::vector<Mention> mentions;
  std::vector<RelationMention> relations;

  std::string_view text(Span s) const { return s.in(article.text); }
};

}  // namespace newsgraph
