// Lexicons: the general-knowledge word lists of ontology/lexicons/, loaded once and shared
// read-only by every stage (safe to read from many threads once loaded).
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "core/string_hash.h"
#include "core/word_table.h"

namespace newsgraph::ontology {

// A known named thing: a place or a well-known organization.
struct NamedEntry {
  std::string name;                  // canonical English name
  std::string type;                  // ontology class local name
  std::vector<std::string> aliases;  // other names and acronyms
  std::vector<std::string> demonyms; // adjectival forms ("Iraqi"), places only
  std::string in;                    // containing place or owning country, may be empty
};

// A word that, next to a capitalized name, gives it a class.
struct Cue {
  std::string type;      // class local name
  bool before = false;   // the cue precedes the name ("Mount X", "Ministry of X")
};

// A national capital's country and, when the lexicon names it, the country's government.
struct Capital {
  std::string country;
  std::string government;  // may be empty
};

// What a lower-case word is in the lists below, as bits. The tokenizer looks each token up
// once (Token::word_classes) and the stages test bits instead of asking list after list
// at every token.
enum WordClass : uint32_t {
  kDeterminer = 1u << 0,
  kPreposition = 1u << 1,
  kLocativePreposition = 1u << 2,
  kNameParticle = 1u << 3,
  kNameConnector = 1u << 4,
  kStopword = 1u << 5,
  kCommonWord = 1u << 6,
  kGivenName = 1u << 7,
  kPersonPronoun = 1u << 8,
  kPersonVerb = 1u << 9,
  kEthnicAdjective = 1u << 10,
  kDemonym = 1u << 11,
  kTitle = 1u << 12,       // a title of one word ("minister")
  kTitleStart = 1u << 13,  // the first word of some title ("deputy", "minister")
  kClauseOpener = 1u << 14,  // opens a subordinate clause ("that"): no relation reaches across
  kSpeakerPronoun = 1u << 19,  // "we", "i": a quotation's speaker when quoted
  // Marked by the builders of other stages' tables (pipeline/knowledge.cc):
  kKnownNameStart = 1u << 15,  // the first token of a place or organization name
  kPatternWord = 1u << 16,     // a word some relation pattern element accepts
  kDateCue = 1u << 17,         // a weekday, or the first word of a relative date ("last")
  kModalityCue = 1u << 18,     // a negation or hypothetical cue ("not", "would")
};

struct Lexicons {
  std::vector<NamedEntry> places;
  std::vector<NamedEntry> organizations;
  // Lower-cased keys throughout: lookups fold case before asking.
  StringMap<std::string> titles;        // title -> kind
  StringMultimap<Cue> org_heads;        // word -> class + position
  StringMultimap<Cue> place_cues;
  StringMultimap<Cue> event_cues;
  StringMultimap<Cue> eponymous_heads;  // "administration" after a leader's name
  StringSet given_names;
  StringSet common_words;
  StringSet stopwords;
  StringSet ethnic_adjectives;
  StringSet abbreviations;              // "gen.", "u.s."
  StringSet name_particles;             // "al", "bin", "van"
  StringSet person_verbs;               // "said", "told"
  StringSet name_connectors;            // "of" in "Ministry of X"
  StringSet prepositions;               // "in", "of", "against"
  StringSet clause_openers;             // "that", "whether": complementizers
  StringSet former_post_cues;           // "former", "late": the post is no longer held
  StringSet credit_leads;               // "editing", "reporting": "Editing by X" credit lines
  StringSet locative_prepositions;      // "in", "to": what follows is a place
  StringMap<Capital> capital_of;        // "tehran" -> Iran, Government of Iran
  StringSet determiners;                // "the", "a"
  StringSet person_pronouns;            // "he", "she"
  StringSet speaker_pronouns;           // "we", "i": the speaker, inside a quotation
  StringSet speech_verbs;               // "said", "added": attribute a quotation
  StringSet person_introducers;         // "identified as": a person's name follows
  StringSet title_connections;          // "secretary of": titles crossing a connector
  StringSet title_prefixes;             // "deputy", "deputy prime": titles' word prefixes
  StringMap<std::string> demonym_to_place;  // "iraqi" -> "Iraq"
  size_t max_title_words = 1;
  WordTable word_classes;  // lower-case word -> WordClass bits

  uint32_t classes_of(std::string_view lower) const { return word_classes.find(lower); }
  void add_word_class(std::string_view lower, uint32_t classes) { word_classes.add(lower, classes); }

  bool is_title(const std::string& lower) const { return titles.count(lower) > 0; }
  // Words in the longest title made of word(0), word(1), ... word(count - 1)'s first ones;
  // `word(i)` gives the i-th lower-case word. Stops as soon as no title begins so.
  template <class WordAt>
  size_t longest_title(size_t count, WordAt word) const {
    std::string key;
    size_t best = 0;
    for (size_t len = 1; len <= count && len <= max_title_words; ++len) {
      if (len > 1) key += ' ';
      key += word(len - 1);
      if (is_title(key)) best = len;
      if (!title_prefixes.count(key)) break;
    }
    return best;
  }
  const Cue* org_head(const std::string& lower, bool before) const;
  const Cue* place_cue(const std::string& lower, bool before) const;
  const Cue* event_cue(const std::string& lower, bool before) const;
  const Cue* eponymous_head(const std::string& lower) const;
};

// Loads every lexicon file of `dir` (ontology/lexicons). A missing optional file is an empty
// list; a malformed record is an error naming file and line.
Result<Lexicons> load_lexicons(const std::string& dir);

std::string to_lower_ascii(std::string_view text);

}  // namespace newsgraph::ontology
