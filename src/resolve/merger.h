// Merger: cross-document entity resolution over the articles' digests (doc_digest.h).
// Every root mention (one that names an entity in full) becomes a record; records meet as candidates only through blocking keys (folded
// name, lexicon entry, acronym, transliteration key), never all pairs; accepted pairs are
// joined by union-find; each resulting cluster is one vertex of the store, and every
// relation mention becomes evidence on one fused edge.
// What depends on one article alone (folded names, blocking keys) is in its digest,
// made on the build's workers. Here, blocking and union-find run on the calling thread;
// making each cluster's vertex and linking each article run on `threads` threads, their
// results added to the store in a fixed order, so the result does not depend on the count.
// Thread contract: reads the digests, vocabulary and lexicons from all its threads; owns
// nothing beyond the call.
#pragma once

#include <string>
#include <vector>

#include "ontology/lexicons.h"
#include "ontology/vocabulary.h"
#include "resolve/doc_digest.h"
#include "resolve/merge_decisions.h"
#include "store/graph_store.h"

namespace newsgraph::resolve {

// Why an alias joined its entity, for --explain-merges: one per (entity, alias), from the
// alias's first mention.
struct MergeReason {
  std::string entity_id;
  std::string alias;
  std::string joined_via;  // the blocking key that brought it in (or "decision", "first")
  float score = 1.f;       // name similarity of the accepted pair
};

struct MergeResult {
  store::GraphStore store;
  std::vector<MergeReason> reasons;
};

// `decisions` (may be empty) are obeyed over every other evidence. The digests must have
// been made with the same vocabulary and lexicons.
MergeResult merge_documents(const std::vector<DocDigest>& docs, const ontology::Vocabulary& vocab,
                            const ontology::Lexicons& lexicons, const MergeDecisions& decisions = {},
                            unsigned threads = 1);

}  // namespace newsgraph::resolve
