// Vocabulary: the entity classes and relation properties of ontology/vocabulary.jsonld.
// The exporters build the JSON-LD @context, the DOT legend and the docs page from it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsgraph::ontology {

struct EntityClass {
  std::string name;        // local name, e.g. "MilitaryOrganization"
  std::string iri;         // full IRI (schema.org or the project's namespace)
  std::string parent_iri;  // rdfs:subClassOf, empty when none
  std::string coarse;      // PER, ORG, LOC or EVT
  std::string dot_shape;
  std::string dot_color;
  std::string comment;
};

struct Property {
  std::string name;        // local name, e.g. "metWith"
  std::string iri;
  bool symmetric = false;
  std::string domain_iri;
  std::string range_iri;
  std::string equivalent_iri;  // schema.org property counted as the same, if any
  std::string cameo;           // CAMEO root label for event-like relations, empty otherwise
  std::string cameo_code;
  std::string comment;
};

struct Vocabulary {
  std::string namespace_iri;   // the project's own namespace ("...#")
  std::vector<EntityClass> classes;
  std::vector<Property> properties;

  const EntityClass* find_class(std::string_view name) const;
  const Property* find_property(std::string_view name) const;
  // Coarse class of a class name ("PER"), empty when unknown; valid while the vocabulary lives.
  std::string_view coarse_of(std::string_view class_name) const;
};

// Reads vocabulary.jsonld; errors name the file and the offending entry.
Result<Vocabulary> load_vocabulary(const std::string& path);

}  // namespace newsgraph::ontology
