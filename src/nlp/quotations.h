// Quotations: which tokens stand between quotation marks, so that later stages can tell
// the words of a quoted speaker from the reporter's. Typographic quotes arrive here as '"'
// (ingest/ normalizes them). Thread contract: stateless.
#pragma once

#include <vector>

#include "core/doc.h"

namespace newsgraph::nlp {

// A mark with a space before it and none after opens a quotation, one with no space before
// it closes the open one; a mark spaced alike on both sides toggles. A new paragraph (a line
// starting with a capital or a mark) ends a quotation left open: news quotes running over
// several paragraphs reopen each one.
std::vector<Quotation> find_quotations(const std::vector<Token>& tokens);

// The quotation holding token `t` (strictly between its marks), or nullptr.
const Quotation* quotation_around(const std::vector<Quotation>& quotations, uint32_t t);

}  // namespace newsgraph::nlp
