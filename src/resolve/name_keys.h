// Name keys: the normal forms under which names are compared and blocked for merging.
// fold_name is exact-match folding (case, accents, punctuation, a leading "the");
// transliteration_key is deliberately lossy so romanized variants of one Arabic or
// Kurdish name meet ("Nechirvan"/"Nechervan", "Qasim"/"Kasim", "al-X"/"Al X");
// blocking_keys gives every key under which a name meets its merge candidates.
// Thread contract: pure functions (the lexicons are only read).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/lexicons.h"

namespace newsgraph::resolve {

// Lower case, accents removed, punctuation and hyphens to spaces, single spaces,
// no leading "the".
std::string fold_name(std::string_view name);

// The words of a folded name (split at its single spaces), as views into it.
std::vector<std::string_view> words(std::string_view folded);

// fold_name, then per word: particles (al, el, ul) dropped, q->k, w/v->f, ou->u, doubled
// letters collapsed, vowels after the first letter dropped.
std::string transliteration_key(std::string_view name);
// The same for a name already folded: transliteration_key(n) == transliteration_of_folded(fold_name(n)).
std::string transliteration_of_folded(std::string_view folded);

// "PER|hawar sindi": a folded name within its coarse class.
std::string class_key(std::string_view coarse, std::string_view folded);

// The evidence a blocking key stands for.
enum class KeyKind : uint8_t {
  kName,              // the folded name (the lexicon's canonical name when one matched)
  kAcronym,           // the acronym the text defined for the name
  kOrganizationCore,  // an organization's name without its generic words
  kEventWords,        // an event's words in any order
  kTransliteration,   // a person's name under transliteration_key
  kPlaceCore,         // a place's name without a trailing place word ("Hakurk region")
};

// "name", "acronym", "organization-core", "event-words", "transliteration", "place-core": what
// --explain-merges prints.
const char* key_kind_name(KeyKind kind);

// What blocking reads of a mention that names an entity in full.
struct NameToBlock {
  std::string_view coarse;     // the class's coarse name: "PER", "ORG", "LOC", "EVT"
  std::string_view type;       // the ontology class
  std::string_view folded;     // fold_name of the lexicon's canonical name when one matched,
                               // else of the name as written
  std::string_view acronym;    // the acronym the text defined for it, may be empty
  bool from_lexicon = false;   // a lexicon entry matched
  uint16_t words = 0;          // tokens in the name as written
};

struct BlockingKey {
  KeyKind kind;
  std::string key;
};

// The blocking keys of one name, into `keys` (replacing what it held; its strings' heap blocks
// are reused, so pass the same vector for name after name): names sharing any key become
// merge candidates, never all pairs. The first is always the name key,
// class_key(coarse, folded).
void blocking_keys(const NameToBlock& name, const ontology::Lexicons& lexicons, std::vector<BlockingKey>& keys);

// A lower-case ASCII slug for ids: "Nechirvan X" -> "nechirvan-x".
std::string slug(std::string_view name);

}  // namespace newsgraph::resolve
