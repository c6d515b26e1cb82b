// Markdown reference page for the ontology; see ontology_page.h.
#include "export/ontology_page.h"

#include <string_view>

namespace newsgraph::exporter {
namespace {

constexpr std::string_view kSchemaOrg = "https://schema.org/";
constexpr std::string_view kNone = "—";

// Makes text safe inside a Markdown table cell: no raw pipes, no line breaks.
std::string cell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string local_name(std::string_view iri) {
  auto cut = iri.find_last_of("#/");
  return std::string(cut == std::string_view::npos ? iri : iri.substr(cut + 1));
}

// A readable link to an IRI: "schema:Person" for schema.org terms, the local
// name for anything else (the project's own terms, other vocabularies).
std::string iri_link(std::string_view iri) {
  if (iri.empty()) return std::string(kNone);
  std::string label = iri.starts_with(kSchemaOrg) ? "schema:" + local_name(iri) : local_name(iri);
  return "[" + cell(label) + "](" + cell(iri) + ")";
}

std::string code(std::string_view text) {
  if (text.empty()) return std::string(kNone);
  return "`" + cell(text) + "`";
}

std::string or_none(std::string_view text) {
  return text.empty() ? std::string(kNone) : cell(text);
}

void append_header(std::string& out, const ontology::Vocabulary& vocab) {
  out += "# newsgraph ontology reference\n\n";
  out += "Generated from `ontology/vocabulary.jsonld`; edit that file, not this page.\n\n";
  out += "Namespace: `" + cell(vocab.namespace_iri) + "`\n\n";
  out += std::to_string(vocab.classes.size()) + " entity classes, " +
         std::to_string(vocab.properties.size()) + " relation properties.\n\n";
}

void append_classes(std::string& out, const ontology::Vocabulary& vocab) {
  out += "## Entity classes\n\n";
  out +=
      "Entities are scored by their coarse class (PER, ORG, LOC, EVT); the fine class "
      "is reported beside it. The DOT shape and colour are what the graph diagram uses.\n\n";
  out += "| class | IRI | parent | coarse | DOT shape | DOT colour | comment |\n";
  out += "| --- | --- | --- | --- | --- | --- | --- |\n";
  for (const auto& c : vocab.classes) {
    out += "| **" + cell(c.name) + "** | `" + cell(c.iri) + "` | " + iri_link(c.parent_iri) +
           " | " + or_none(c.coarse) + " | " + code(c.dot_shape) + " | " + code(c.dot_color) +
           " | " + or_none(c.comment) + " |\n";
  }
  out += "\n";
}

void append_properties(std::string& out, const ontology::Vocabulary& vocab) {
  out += "## Relation properties\n\n";
  out +=
      "Relations are directed unless marked symmetric. The schema.org equivalent, when "
      "there is one, counts as the same relation. CAMEO gives the root event category "
      "for event-like relations.\n\n";
  out +=
      "| property | IRI | symmetric | domain | range | schema.org equivalent | CAMEO | "
      "comment |\n";
  out += "| --- | --- | --- | --- | --- | --- | --- | --- |\n";
  for (const auto& p : vocab.properties) {
    std::string cameo(kNone);
    if (!p.cameo.empty() || !p.cameo_code.empty()) {
      cameo = cell(p.cameo);
      if (!p.cameo_code.empty()) cameo += (p.cameo.empty() ? "" : " ") + code(p.cameo_code);
    }
    out += "| **" + cell(p.name) + "** | `" + cell(p.iri) + "` | " + (p.symmetric ? "yes" : "no") +
           " | " + iri_link(p.domain_iri) + " | " + iri_link(p.range_iri) + " | " +
           iri_link(p.equivalent_iri) + " | " + cameo + " | " + or_none(p.comment) + " |\n";
  }
  out += "\n";
}

}  // namespace

std::string ontology_reference_markdown(const ontology::Vocabulary& vocab) {
  std::string out;
  append_header(out, vocab);
  append_classes(out, vocab);
  append_properties(out, vocab);
  return out;
}

}  // namespace newsgraph::exporter
