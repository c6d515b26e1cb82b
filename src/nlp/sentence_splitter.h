// Sentence splitter: groups tokens into sentences. A sentence ends at . ! ? before a
// capitalized word, quote or digit (closing quotes stay with it), and at a line break unless
// the next line continues in lower case (scraped pages put headlines and bylines on lines of
// their own, without final punctuation). Abbreviations kept their period in the tokenizer,
// so "Maj. Gen. X" never splits. Thread contract: stateless.
#pragma once

#include <vector>

#include "core/doc.h"

namespace newsgraph::nlp {

std::vector<Sentence> split_sentences(std::vector<Token>& tokens);

}  // namespace newsgraph::nlp
