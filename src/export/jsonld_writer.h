// JSON-LD export of the knowledge graph: one document with an inline @context and a
// @graph of entity, article and reified-statement nodes, written with RapidJSON.
//
// Shape (node ids are relative to @base, ids are percent-encoded as IRI segments):
//   entity/<id>     @type <class>, name, alternateName[], mentionCount, and one direct
//                   triple per relation: "metWith": [{"@id": "entity/<object>"}]
//   article/<id>    @type NewsArticle, identifier, datePublished, headline, publisher,
//                   locationCreated, mentions[]
//   statement/<s>--<p>--<o>
//                   @type rdf:Statement, subject, predicate (property IRI), object,
//                   evidenceCount, cameoRoot/cameoCode, evidence[] (blank ng:Evidence nodes
//                   with article, sentence, charStart, charEnd, rule, confidence, eventDate,
//                   qualifier)
// Nodes and arrays are sorted by id, so the same store gives byte-identical output.
#pragma once

#include <string>

#include "core/status.h"
#include "export/atomic_file.h"
#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::exporter {

struct JsonLdOptions {
  bool pretty = true;              // indented (2 spaces); false writes one line
  bool include_statements = true;  // the reified statement nodes carrying evidence
  std::string base_iri = "https://newsgraph.dev/id/";  // "@base" the node ids resolve against
};

// Serializes the store. Entity types missing from the vocabulary are written as "ng:<type>"
// and unknown predicates as "ng:<predicate>" keys, so nothing is silently dropped by a
// JSON-LD processor. Errors: kInvalidInput when the vocabulary cannot form a context (see
// build_jsonld_context) or a string in the store is not valid UTF-8 (the message names the
// node). Thread contract: reads the store and vocabulary only; safe to run concurrently.
Result<std::string> to_jsonld(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                              const JsonLdOptions& options);

// The same document handed to `sink` a megabyte at a time (graph.jsonld of a large corpus
// is written to its file as it is produced, never held whole in memory).
Status write_jsonld(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                    const JsonLdOptions& options, const ByteSink& sink);

}  // namespace newsgraph::exporter
