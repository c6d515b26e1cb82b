// In-document resolution: links bare surnames ("Barzani"), title-plus-surname forms
// ("President Barzani") and acronyms ("KDP", "KRG") to the full mention they refer to in the
// same article, choosing among namesakes by title and proximity. A bare word that resolves
// to nothing is not invented into an entity (it stays a reference), except when the text
// itself shows its kind: a reporting verb after it or coordination with a person (a person),
// an enumeration of places around it, or "in X, northern Iraq" (a place).
// Thread contract: stateless; one Doc per call.
#pragma once

#include "core/doc.h"
#include "ontology/lexicons.h"
#include "ontology/vocabulary.h"

namespace newsgraph::resolve {

void resolve_in_document(Doc& doc, const ontology::Vocabulary& vocab, const ontology::Lexicons& lexicons);

// Follows antecedent links to the mention that names the entity in full.
uint32_t root_mention(const Doc& doc, uint32_t mention);

}  // namespace newsgraph::resolve
