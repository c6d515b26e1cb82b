// N-Quads export: the same RDF triples a JSON-LD processor reads from graph.jsonld
// (to_jsonld), written directly as N-Quads lines, for triple stores and RDF tools that
// bulk-load line formats (serdi, rapper, Jena's riot, Oxigraph, Virtuoso).
//
// Triples are in the default graph unless `graph_iri` names one. Node IRIs are the
// JSON-LD ids resolved against `base_iri`; the evidence nodes are blank nodes _:e1, _:e2...
// in statement order. Literals carry the datatypes the JSON-LD @context gives them
// (xsd:date, xsd:integer, xsd:decimal; plain strings otherwise). Strings are escaped as
// N-Quads requires (\" \\ \n \r and \uXXXX for other control characters); an IRI
// character that N-Quads forbids is percent-encoded.
// Thread contract: reads the store and vocabulary only; safe to run concurrently.
#pragma once

#include <string>

#include "core/status.h"
#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::exporter {

struct NQuadsOptions {
  std::string base_iri = "https://newsgraph.dev/id/";  // as JsonLdOptions::base_iri
  std::string graph_iri;                               // empty: the default graph
  bool include_statements = true;                      // as JsonLdOptions::include_statements
};

// Errors: kInvalidInput when a string in the store is not valid UTF-8 (the message names
// the node) or the vocabulary has no namespace.
Result<std::string> to_nquads(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                              const NQuadsOptions& options);

}  // namespace newsgraph::exporter
