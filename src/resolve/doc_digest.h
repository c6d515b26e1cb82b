// DocDigest: what merging reads of one article, and nothing else. A Doc after extraction
// is about 18 KB per article (tokens aside): mentions carry seven strings each, most of
// them for the shard file, not for merging. A digest keeps the article (its text is cut
// for evidence sentences and saved to articles.jsonl), its metadata, and per mention and
// relation only the fields merging uses, their strings packed into one buffer: about a
// third of the size, so a large corpus fits in memory until the merge.
// Digests are made on the build's workers, so everything the merge needs of one article
// alone is computed here: each record's folded names and blocking keys. What is left for
// the merge is what needs all the articles.
// Thread contract: digest() is a pure function; a DocDigest is plain data.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/doc.h"
#include "ontology/lexicons.h"
#include "ontology/vocabulary.h"
#include "resolve/name_keys.h"

namespace newsgraph::resolve {

struct MentionDigest {
  Span name;              // into DocDigest::strings: surface form as written
  Span canonical;         // the lexicon's name, empty when none matched
  Span acronym;           // the acronym the text defined for it
  Span type;              // ontology class local name
  uint32_t root = kNone;  // the mention naming the entity in full; kNone when this one
                          // has no antecedent
  Span name_key;          // roots whose class is known: class_key(coarse class, folded
                          // canonical name, else folded name), under which a reference
                          // ("Iraqi" for Iraq) finds the record naming its entity
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

// A record: a root mention that is no reference and whose class has a coarse class. Each
// record is one candidate for cross-document merging.
struct RecordDigest {
  uint32_t mention = kNone;  // index into DocDigest::mentions
  Span coarse;               // into DocDigest::strings: "PER", "ORG", "LOC", "EVT"
  Span folded_name;          // fold_name of the name as written
  Span folded_key;           // fold_name of the canonical name, else folded_name
  uint32_t keys_end = 0;     // its blocking keys end here in DocDigest::keys (they begin
                             // where the previous record's end)
};

struct KeyDigest {
  KeyKind kind = KeyKind::kName;
  Span key;  // into DocDigest::strings
};

struct DocDigest {
  Article article;
  ArticleMeta meta;
  std::string strings;  // every string the mentions, records and relations name, each stored once
  std::vector<MentionDigest> mentions;
  std::vector<RecordDigest> records;  // in mention order
  std::vector<KeyDigest> keys;        // the records' blocking keys, record after record
  std::vector<RelationDigest> relations;

  std::string_view string(Span s) const { return s.in(strings); }
  std::string_view text(Span s) const { return s.in(article.text); }
  std::span<const KeyDigest> keys_of(size_t record) const {
    const uint32_t begin = record == 0 ? 0 : records[record - 1].keys_end;
    return {keys.data() + begin, keys.data() + records[record].keys_end};
  }
  // The mention that names `mention`'s entity in full (itself when it does).
  uint32_t root_of(uint32_t mention) const {
    return mentions[mention].root == kNone ? mention : mentions[mention].root;
  }
};

// Takes the Doc by value: move it in and the article text is kept without a copy. The
// vocabulary gives each class its coarse class; the lexicons tell generic words of
// organization names.
DocDigest digest(Doc doc, const ontology::Vocabulary& vocab, const ontology::Lexicons& lexicons);

}  // namespace newsgraph::resolve
