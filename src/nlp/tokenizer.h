// Tokenizer: splits an article's text into tokens with byte offsets. Abbreviations
// ("Maj.", "U.S.", "Oct.") keep their period; possessive "'s" and hyphens become tokens of
// their own (with space_before = false) so that "US-led" and "Iraq's" expose their parts
// while "al-X" and "Hennis-Y" can be glued back by the name chunker.
// Thread contract: stateless; safe to call from many threads.
#pragma once

#include <string_view>
#include <vector>

#include "core/doc.h"
#include "ontology/lexicons.h"

namespace newsgraph::nlp {

std::vector<Token> tokenize(std::string_view text, const ontology::Lexicons& lexicons);

}  // namespace newsgraph::nlp
