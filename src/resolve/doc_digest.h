// DocDigest: what merging reads of one article, and nothing else. A Doc after extraction
// is about 18 KB per article (tokens aside): mentions carry seven strings each, most of
// them for the shard file, not for merging. A digest keeps the article (its text is cut
// for evidence sentences and saved to articles.jsonl), its metadata, and per mention and
// relation only the fields merging uses, their strings packed into one buffer: about a
// third of the size, so a large corpus fits in memory until the merge.
// Thread contract: digest() is a pure function; a DocDigest is plain data.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/doc.h"

namespace newsgraph::resolve {

struct MentionDigest {
  Span name;              // into DocDigest::strings: surface form as written
  Span canonical;         // the lexicon's name, empty when none matched
  Span acronym;           // the acronym the text defined for it
  Span type;              // ontology class local name
  uint32_t root = kNone;  // the mention naming the entity in full; kNone when this one
                          // has no antecedent
  uint16_t words = 0;     // tokens in the name
  bool is_reference = false;
  bool is_acronym = false;
  bool is_metonym = false;
  float score = 0.f;
};

struct RelationDigest {
  uint32_t subject = kNone;  // indexes into DocDigest::mentions
  uint32_t object = kNone;
  Span predicate;            // into DocDigest::strings
  Span qualifier;
  Span rule;
  Span date;                 // ISO day of the event, empty when unknown
  Span evidence;             // the sentence, in article.text
  float confidence = 0.f;
};

struct DocDigest {
  Article article;
  ArticleMeta meta;
  std::string strings;  // every string the mentions and relations name, each stored once
  std::vector<MentionDigest> mentions;
  std::vector<RelationDigest> relations;

  std::string_view string(Span s) const { return s.in(strings); }
  std::string_view text(Span s) const { return s.in(article.text); }
  // The mention that names `mention`'s entity in full (itself when it does).
  uint32_t root_of(uint32_t mention) const {
    return mentions[mention].root == kNone ? mention : mentions[mention].root;
  }
};

// Takes the Doc by value: move it in and the article text is kept without a copy.
DocDigest digest(Doc doc);

}  // namespace newsgraph::resolve
