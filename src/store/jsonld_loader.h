// JSON-LD loader: reads a graph.jsonld written by exporter::to_jsonld back into a
// GraphStore (entities, articles, relations with their evidence), so that later commands
// (add, diagram, query, export) start from the file a build left behind.
//
// It reads our own export, not arbitrary JSON-LD: nodes are recognized by their @id
// prefix ("entity/", "article/", "statement/", relative to the @base or absolute under
// it) and by the property names the exporter writes. The @context must be inline (an
// object): a context given by URL (a string, or an array holding one) is rejected with a
// kUnsupported error, because the loader never fetches anything.
//
// What survives the trip: every field the export writes. store -> to_jsonld -> load ->
// to_jsonld gives identical bytes. What the export does not carry is not restored: alias
// counts (each alternate name gets count 1, the name gets mentionCount), ArticleRecord
// source paths. EntityVertex::articles is rebuilt from the articles' mentions.
// When the file has no statement nodes (exported with include_statements = false), the
// relations come from the entities' direct triples, without evidence.
// Thread contract: pure functions of their inputs.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::store {

// Reads and parses the file at `path`. Errors: kIoError when it cannot be read; see
// parse_graph_jsonld for the rest (messages start with the path).
Result<GraphStore> load_graph_jsonld(const std::string& path, const ontology::Vocabulary& vocab);

// Parses JSON-LD text. Errors: kParseError for text that is not JSON or not our export's
// shape (the message names the node and the field), kUnsupported for a remote @context,
// kInvalidInput when the file's "ng" namespace is not the vocabulary's (a graph built with
// another ontology) or a relation names an entity the file does not define.
Result<GraphStore> parse_graph_jsonld(std::string_view text, const ontology::Vocabulary& vocab);

// Inverse of exporter::iri_segment: decodes %XX escapes. Malformed escapes stay as written,
// and so does a whole segment whose escapes do not decode to valid UTF-8 ("%FE").
std::string decode_iri_segment(std::string_view segment);

}  // namespace newsgraph::store
