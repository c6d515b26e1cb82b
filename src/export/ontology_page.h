// Ontology reference page: renders the loaded Vocabulary as a Markdown document
// (namespace, one table of entity classes, one table of relation properties).
// `newsgraph ontology --markdown` prints it; Makefile.docs writes it to
// docs/build/ontology.md. The page is generated from ontology/vocabulary.jsonld,
// so it never drifts from what the pipeline actually loads.
#pragma once

#include <string>

#include "ontology/vocabulary.h"

namespace newsgraph::exporter {

// Returns the whole page as Markdown (GitHub-flavoured tables). Pure function:
// reads only `vocab`, touches no files, safe to call from any thread.
// Table cells are escaped ("|" and line breaks), so comments may hold any text.
std::string ontology_reference_markdown(const ontology::Vocabulary& vocab);

}  // namespace newsgraph::exporter
