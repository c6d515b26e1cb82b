// The JSON-LD @context of the graph export, as plain data built from the vocabulary, plus
// the IRI helpers the writer uses for node ids. The context is always written inline: the
// scorer (and any offline consumer) never fetches a remote context.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "ontology/vocabulary.h"

namespace newsgraph::exporter {

inline constexpr std::string_view kSchemaIri = "https://schema.org/";
inline constexpr std::string_view kRdfIri = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfsIri = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsdIri = "http://www.w3.org/2001/XMLSchema#";

// One entry of the @context. Written as a plain string ("name": "schema:name") when it has
// neither a type nor a container, otherwise as an expanded term definition object.
struct TermDefinition {
  std::string term;       // "metWith", "Person", "datePublished"
  std::string id;         // compact ("schema:name") or absolute IRI
  std::string type;       // "@id", "xsd:date", ...; empty for plain literals and classes
  std::string container;  // "@set" or empty
};

struct JsonLdContext {
  std::string base;                                           // "@base"
  std::vector<std::pair<std::string, std::string>> prefixes;  // "schema" -> "https://schema.org/"
  std::vector<TermDefinition> terms;                          // fixed terms, classes, properties
};

// Builds the context: prefixes (schema, ng = vocab.namespace_iri, rdf, rdfs, xsd), the fixed
// article/provenance terms, one term per class and one @id-typed term per property.
// kInvalidInput when the vocabulary has no namespace or one of its local names cannot be a
// term (empty, a keyword, contains ':' or '/', or collides with another term or prefix),
// because a silently shadowed term would change what the exported triples mean.
Result<JsonLdContext> build_jsonld_context(const ontology::Vocabulary& vocab,
                                           const std::string& base_iri);

// Shortens an absolute IRI with the schema/ng/rdf/rdfs/xsd prefixes when one matches.
std::string compact_iri(const std::string& iri, const std::string& namespace_iri);

// Makes an id usable as one path segment of a relative IRI: percent-encodes every ASCII
// byte outside [A-Za-z0-9-._~] (so "/", "#", "?", "%" and spaces cannot change the IRI's
// structure), dot-only segments and the bidi controls IRIs may not hold (U+200E, U+200F,
// U+202A..U+202E, U+2066..U+2069); other UTF-8 stays as it is (IRIs allow it).
std::string iri_segment(std::string_view id);

}  // namespace newsgraph::exporter
