// build_jsonld_context and the IRI helpers (see jsonld_context.h).
#include "export/jsonld_context.h"

#include <set>

#include "core/byte_set.h"

namespace newsgraph::exporter {
namespace {

// Terms every export uses, whatever the vocabulary: article metadata from schema.org and
// provenance (reified statements and their evidence) in the project's namespace.
std::vector<TermDefinition> fixed_terms() {
  return {
      {"name", "schema:name", "", ""},
      {"alternateName", "schema:alternateName", "", ""},
      {"identifier", "schema:identifier", "", ""},
      {"datePublished", "schema:datePublished", "xsd:date", ""},
      {"headline", "schema:headline", "", ""},
      {"publisher", "schema:publisher", "@id", ""},
      {"mentions", "schema:mentions", "@id", "@set"},
      {"locationCreated", "schema:locationCreated", "@id", ""},
      {"NewsArticle", "schema:NewsArticle", "", ""},
      {"subject", "rdf:subject", "@id", ""},
      {"predicate", "rdf:predicate", "@id", ""},
      {"object", "rdf:object", "@id", ""},
      {"evidence", "ng:evidence", "", "@set"},
      {"sentence", "ng:sentence", "", ""},
      {"article", "ng:article", "@id", ""},
      {"charStart", "ng:charStart", "xsd:integer", ""},
      {"charEnd", "ng:charEnd", "xsd:integer", ""},
      {"rule", "ng:rule", "", ""},
      {"confidence", "ng:confidence", "xsd:decimal", ""},
      {"eventDate", "ng:eventDate", "xsd:date", ""},
      {"qualifier", "ng:qualifier", "", ""},
      {"evidenceCount", "ng:evidenceCount", "xsd:integer", ""},
      {"cameoRoot", "ng:cameoRoot", "", ""},
      {"cameoCode", "ng:cameoCode", "", ""},
      {"mentionCount", "ng:mentionCount", "xsd:integer", ""},
  };
}

constexpr bool unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// True when id[i..] starts with the UTF-8 of a bidi formatting character, which RFC 3987
// (section 4.1) forbids in IRIs: LRM, RLM (E2 80 8E-8F), LRE..RLO (E2 80 AA-AE) and the
// isolates (E2 81 A6-A9). Text has none (ingest removes them); file names can.
bool is_bidi_control(std::string_view id, size_t i) {
  if (i + 2 >= id.size() || static_cast<unsigned char>(id[i]) != 0xE2) return false;
  const auto b1 = static_cast<unsigned char>(id[i + 1]), b2 = static_cast<unsigned char>(id[i + 2]);
  return (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) ||
         (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
}

void percent_encode(unsigned char c, std::string& out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

}  // namespace

std::string compact_iri(const std::string& iri, const std::string& namespace_iri) {
  const std::pair<std::string_view, std::string_view> prefixes[] = {{"schema:", kSchemaIri},
                                                                    {"ng:", namespace_iri},
                                                                    {"rdf:", kRdfIri},
                                                                    {"rdfs:", kRdfsIri},
                                                                    {"xsd:", kXsdIri}};
  for (const auto& [prefix, ns] : prefixes) {
    if (!ns.empty() && iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0)
      return std::string(prefix) + iri.substr(ns.size());
  }
  return iri;
}

std::string iri_segment(std::string_view id) {
  std::string out;
  out.reserve(id.size() + 8);
  // "." and ".." would be removed by IRI resolution and collide with their parent.
  if (!id.empty() && id.find_first_not_of('.') == std::string_view::npos) {
    for (char c : id) percent_encode(static_cast<unsigned char>(c), out);
    return out;
  }
  // Bytes kept as they are; E2 may begin a bidi control and is looked at on its own. Runs
  // of them are copied whole: every node, statement and mention of an export passes here.
  static constexpr ByteSet kKept = byte_set([](unsigned char c) { return c >= 0x80 ? c != 0xE2 : unreserved(c); });
  for (size_t i = 0; i < id.size();) {
    const size_t run = end_of_run(id, i, kKept);
    out.append(id.substr(i, run - i));
    if (run == id.size()) break;
    i = run;
    if (is_bidi_control(id, i)) {  // its three bytes, escaped
      for (size_t k = 0; k < 3; ++k) percent_encode(static_cast<unsigned char>(id[i + k]), out);
      i += 3;
    } else if (static_cast<unsigned char>(id[i]) >= 0x80) {  // an E2 that begins something else
      out += id[i++];
    } else {
      percent_encode(static_cast<unsigned char>(id[i++]), out);
    }
  }
  return out;
}

Result<JsonLdContext> build_jsonld_context(const ontology::Vocabulary& vocab,
                                           const std::string& base_iri) {
  if (vocab.namespace_iri.empty())
    return Status::Error(ErrorCode::kInvalidInput, "the vocabulary has no namespace IRI");
  JsonLdContext context;
  context.base = base_iri;
  context.prefixes = {{"schema", std::string(kSchemaIri)},
                      {"ng", vocab.namespace_iri},
                      {"rdf", std::string(kRdfIri)},
                      {"rdfs", std::string(kRdfsIri)},
                      {"xsd", std::string(kXsdIri)}};
  context.terms = fixed_terms();

  std::set<std::string> taken;
  for (const auto& [prefix, iri] : context.prefixes) taken.insert(prefix);
  for (const auto& term : context.terms) taken.insert(term.term);
  auto claim = [&](const std::string& name, const char* what) -> Status {
    if (name.empty() || name.front() == '@' || name.find_first_of(":/") != std::string::npos)
      return Status::Error(
          ErrorCode::kInvalidInput,
          std::string("vocabulary ") + what + " \"" + name +
              "\" cannot be a JSON-LD term (empty, a keyword, or contains ':' or '/')");
    if (!taken.insert(name).second)
      return Status::Error(ErrorCode::kInvalidInput,
                           std::string("vocabulary ") + what + " \"" + name +
                               "\" collides with another JSON-LD term of the export; rename it");
    return Status::Ok();
  };
  for (const auto& cls : vocab.classes) {
    if (Status s = claim(cls.name, "class"); !s.ok()) return s;
    context.terms.push_back({cls.name, compact_iri(cls.iri, vocab.namespace_iri), "", ""});
  }
  for (const auto& prop : vocab.properties) {
    if (Status s = claim(prop.name, "property"); !s.ok()) return s;
    context.terms.push_back({prop.name, compact_iri(prop.iri, vocab.namespace_iri), "@id", ""});
  }
  return context;
}

}  // namespace newsgraph::exporter
