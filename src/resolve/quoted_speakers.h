// Quoted speakers: inside a quotation, "we" and "I" stand for whoever the text attributes
// the quotation to: "'We condemn the attack,' X said", "said X", "X said: 'We ...'". The
// speaker may itself be a reference ("he said"), so this runs after pronouns are resolved.
// Thread contract: stateless; one Doc per call.
#pragma once

#include "core/doc.h"
#include "ontology/lexicons.h"

namespace newsgraph::resolve {

// Links each "quoted-speaker" mention to the mention naming its quotation's speaker; one
// with no attributed speaker stays a reference (and out of the graph).
void resolve_quoted_speakers(Doc& doc, const ontology::Lexicons& lexicons);

}  // namespace newsgraph::resolve
