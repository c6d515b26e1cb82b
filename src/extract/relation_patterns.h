// Relation patterns: the small pattern language of ontology/patterns/relations.jsonl,
// loaded, checked (errors name file and line) and compiled once.
//
// A pattern is a sequence of elements matched over the tokens of one sentence:
//   {"entity": "AGENT", "role": "subject", "list": true}  an entity mention of a class
//       (PER, ORG, LOC, EVT, AGENT = PER|ORG|polities, or fine class names joined by "|");
//       "list" also takes "X, Y and Z"; "role" is subject, object or both (all pairs);
//       "demonym": true also accepts "Turkish" for Turkey (off by default: "Iraqi
//       leaders" is no mention of Iraq as an agent).
//   {"lower": ["met", "received"]}   one token from the list; "word*" matches a prefix
//   {"title": true}                   a title from the lexicon ("Interior Minister"), kept
//                                     as the relation's qualifier
//   {"skip": 4}                       up to 4 tokens that are not entity mentions (a named
//                                     event excepted) nor a clause opener ("that")
//   "optional": true on any element makes it optional.
// Record: {"id", "predicate", "confidence", "pattern": [...], "allow_negation": false,
//          "apposition": false}.
// Thread contract: immutable after load; shared by all extraction threads.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/doc.h"
#include "core/status.h"
#include "core/string_hash.h"
#include "ontology/lexicons.h"
#include "ontology/vocabulary.h"

namespace newsgraph::extract {

enum class ElementKind { kEntity, kWord, kTitle, kSkip };
enum class Role { kNone, kSubject, kObject, kBoth };

struct PatternElement {
  ElementKind kind = ElementKind::kWord;
  bool optional = false;
  // kEntity
  // Coarse or fine class names, after AGENT expands: a handful, searched in order (asked
  // for every candidate mention of every pattern; cheaper than hashing the name).
  std::vector<std::string> classes;
  bool accepts_class(std::string_view name) const {
    return std::find(classes.begin(), classes.end(), name) != classes.end();
  }
  Role role = Role::kNone;
  bool list = false;
  bool demonym = false;  // also a demonym standing for its country ("Turkish Ambassador")
  // kWord
  StringSet words;
  std::vector<std::string> prefixes;        // from "word*"
  // kSkip
  uint32_t max_skip = 0;

  bool accepts_word(const std::string& lower) const;
  // accepts_word for a token: a token not marked ontology::kPatternWord holds none of the
  // elements' words, so only prefixes can accept it (no lookup).
  bool accepts_token(const Token& token) const {
    return (token.is(ontology::kPatternWord) || !prefixes.empty()) && accepts_word(token.lower);
  }
};

struct RelationPattern {
  std::string id;
  std::string predicate;
  float confidence = 0.f;
  bool allow_negation = false;
  // Apposition and noun-phrase patterns ("X, the minister of Y", "Y-backed X") hold
  // wherever the phrase stands; verb patterns need their subject to head the clause.
  bool apposition = false;
  std::vector<PatternElement> elements;
};

// Which patterns could match a sentence, decided from its words in one pass before any
// pattern is tried (most patterns need a verb or preposition the sentence lacks).
class PatternFilter {
 public:
  PatternFilter() = default;
  explicit PatternFilter(const std::vector<RelationPattern>& patterns);
  // The sentence's tokens (their lower-case forms and word classes: only tokens marked
  // ontology::kPatternWord are looked up); `has_title` whether a title starts at some
  // token. Returns one flag per pattern.
  std::vector<char> candidates(const Token* tokens, size_t count, bool has_title) const;

 private:
  std::vector<std::vector<uint32_t>> required_slots_;  // per pattern
  std::vector<char> needs_title_;
  StringMap<std::vector<uint32_t>> slots_by_word_;
  std::vector<std::pair<uint32_t, std::vector<std::string>>> prefix_slots_;  // "word*"
  uint32_t slot_count_ = 0;
};

struct RelationPatterns {
  std::vector<RelationPattern> patterns;
  PatternFilter filter;
  StringSet negation_cues;      // "not", "no", "never"
  StringSet hypothetical_cues;  // "would", "if", "plans"
};

// Loads the patterns; predicates must exist in the vocabulary, classes must be known.
// Modality cues come from ontology/lexicons/modality_cues.jsonl.
Result<RelationPatterns> load_relation_patterns(const std::string& patterns_path,
                                                const std::string& modality_path,
                                                const ontology::Vocabulary& vocab);

}  // namespace newsgraph::extract
