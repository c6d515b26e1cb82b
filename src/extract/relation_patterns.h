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
  uint64_t class_bits = 0;  // `classes` as bits of RelationPatterns::entity_classes, which
                            // matching tests (MentionIndex::end_classes)
  Role role = Role::kNone;
  bool list = false;
  bool demonym = false;  // also a demonym standing for its country ("Turkish Ambassador")
  // kWord
  StringSet words;
  std::vector<std::string> prefixes;        // from "word*"
  std::vector<uint64_t> word_bits;          // `words` as bits of their ids (PatternFilter)
  // kSkip
  uint32_t max_skip = 0;

  bool accepts_word(const std::string& lower) const;
  bool has_prefix(const std::string& lower) const;
  // accepts_word for a token whose word has id `word_id` (kNone: no element lists it), with
  // a bit test instead of a lookup.
  bool accepts(uint32_t word_id, const std::string& lower) const {
    if (word_id != kNone && ((word_bits[word_id / 64] >> (word_id % 64)) & 1)) return true;
    return !prefixes.empty() && has_prefix(lower);
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

// The words of one sentence's tokens as ids of the pattern words (kNone for a word no
// element lists), looked up once per token so that backtracking tests bits instead.
struct SentenceWords {
  uint32_t first_token = 0;  // the sentence's; ids are indexed from it
  std::vector<uint32_t> ids;

  uint32_t id(uint32_t token) const { return ids[token - first_token]; }
};

// Numbers the words of all patterns' word elements, and decides where matches of each
// pattern could start in a sentence from its words, in one pass before any pattern is tried
// (most patterns need a verb or preposition the sentence lacks, or has only early on).
class PatternFilter {
 public:
  PatternFilter() = default;
  // Fills each word element's word_bits.
  explicit PatternFilter(std::vector<RelationPattern>& patterns);
  // Fills `words` for the tokens [first_token, end_token) (their lower-case forms and word
  // classes: only tokens marked ontology::kPatternWord are looked up), and `last_start` with
  // the last token a match of each pattern could start at: each non-optional word element
  // takes a token at or after the start, so no match starts past the last token one of
  // them accepts. kNone when the sentence lacks the words of one of them, or a title the
  // pattern needs (`has_title`: whether a title starts at some token).
  void scan(const std::vector<Token>& tokens, uint32_t first_token, uint32_t end_token, bool has_title,
            SentenceWords& words, std::vector<uint32_t>& last_start) const;

 private:
  // A slot is one non-optional word element of some pattern, numbered pattern by pattern.
  uint32_t row_size_ = 0;                 // 64-bit words per row of slot bits
  StringMap<uint32_t> word_ids_;
  std::vector<uint64_t> slots_by_word_;   // per word id, a row: the slots listing the word
  std::vector<uint32_t> first_slot_;      // per pattern and one past the last: its slots are
                                          // [first_slot_[p], first_slot_[p + 1])
  std::vector<char> needs_title_;         // per pattern
  std::vector<std::pair<uint32_t, std::vector<std::string>>> prefix_slots_;  // "word*"
};

struct RelationPatterns {
  std::vector<RelationPattern> patterns;
  PatternFilter filter;
  std::vector<std::string> entity_classes;  // every class an entity element names; bit i is [i]
  // Per class name, the entity_classes a mention of that class stands for: the class itself
  // and its coarse class (none for a name missing here).
  StringMap<uint64_t> entity_class_bits;
  StringSet negation_cues;      // "not", "no", "never"
  StringSet hypothetical_cues;  // "would", "if", "plans"
};

// Loads the patterns; predicates must exist in the vocabulary, classes must be known (at most
// 64 distinct ones).
// Modality cues come from ontology/lexicons/modality_cues.jsonl.
Result<RelationPatterns> load_relation_patterns(const std::string& patterns_path,
                                                const std::string& modality_path,
                                                const ontology::Vocabulary& vocab);

}  // namespace newsgraph::extract
