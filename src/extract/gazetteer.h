// Gazetteer: longest-match lookup of the lexicons' places and organizations over tokens.
// Names are tokenized with the same tokenizer as articles, so "U.S." or "al-Faw" match
// token for token. Acronyms and names written with capitals must match with capitals
// ("US" never matches the pronoun "us"); names written in lower case in the lexicon
// ("international coalition") match in any case. Built once; read-only afterwards.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/doc.h"
#include "core/string_hash.h"
#include "core/word_table.h"
#include "ontology/lexicons.h"

namespace newsgraph::extract {

// How a word of a lexicon name must be written in the text, read off the lexicon once.
struct SurfaceWord {
  enum Case : uint8_t {
    kAnyCase,       // written in lower case in the lexicon ("coalition")
    kCapitalFirst,  // a capital in the lexicon: required of the name's first word only
    kExact,         // an acronym ("US", "U.S."): exactly as written ("US" is not "us")
  };
  std::string text;  // the word as the lexicon writes it
  Case rule = kAnyCase;
};

struct GazetteerEntry {
  const ontology::NamedEntry* entry = nullptr;
  std::vector<SurfaceWord> surface;  // the alias's tokens
};

struct GazetteerMatch {
  uint32_t begin = 0, end = 0;  // token range
  const ontology::NamedEntry* entry = nullptr;
};

class Gazetteer {
 public:
  explicit Gazetteer(const ontology::Lexicons& lexicons);

  // The first token (lower case) of every name and alias: pipeline/knowledge.cc marks them
  // ontology::kKnownNameStart in the lexicons' word classes, which match_at relies on.
  const StringSet& first_words() const { return first_words_; }
  // Longest entry starting at token `at` (within [at, limit)), if any.
  std::optional<GazetteerMatch> match_at(const std::vector<Token>& tokens, std::string_view text,
                                         uint32_t at, uint32_t limit) const {
    // Most tokens begin no name: their word class says so, here without a call.
    if (at >= limit || !tokens[at].is(ontology::kKnownNameStart)) return std::nullopt;
    return longest_match(tokens, text, at, limit);
  }
  // The entry whose name or alias is exactly `name` (as written), if any.
  const ontology::NamedEntry* lookup(const std::string& name) const;

 private:
  void add(const ontology::NamedEntry& entry, const std::string& name,
           const ontology::Lexicons& lexicons);
  // match_at past its first check.
  std::optional<GazetteerMatch> longest_match(const std::vector<Token>& tokens, std::string_view text,
                                              uint32_t at, uint32_t limit) const;
  StringMultimap<GazetteerEntry> by_key_;  // lower tokens joined by ' '
  // What a run of lower-case tokens joined by ' ' is: kWholeKey ("united arab emirates"),
  // kKeyPrefix ("united", "united arab": some longer key begins so), or both. Asked at
  // nearly every token that begins a name, so by_key_ (a node map: three cache lines a
  // question) is asked only for whole keys; a flat table is one line.
  // On one-word keys, kOpensInLowerCase: some name begins with this word written without a
  // capital ("international coalition"); a name whose first word has one needs it in the
  // text, so at a lower-case token ("united", "new") the search ends after one lookup.
  enum KeyFlag : uint32_t { kWholeKey = 1, kKeyPrefix = 2, kOpensInLowerCase = 4 };
  WordTable key_flags_;
  StringSet first_words_;
  std::unordered_map<std::string, const ontology::NamedEntry*> by_lower_name_;
  uint32_t max_tokens_ = 1;
};

}  // namespace newsgraph::extract
