// Name chunker: finds the maximal runs of capitalized words in a sentence that can hold
// names ("Kurdistan Region President Nechirvan X", "Ministry of Foreign Affairs",
// "Mustafa al-Y"), gluing hyphens and name particles, and crossing "of"/"in"/"for" only
// after an organization head or a title. Sentence-initial function and common words are
// trimmed off ("The", "Three"). Thread contract: stateless.
#pragma once

#include <vector>

#include "core/doc.h"
#include "ontology/lexicons.h"

namespace newsgraph::extract {

struct Chunk {
  uint32_t begin = 0, end = 0;  // token range
};

std::vector<Chunk> find_name_chunks(const Doc& doc, const Sentence& sentence,
                                    const ontology::Lexicons& lexicons);

// True when most words of the sentence are capitalized (a headline written in title case),
// where capitals say nothing about names; never for a credit line ("Editing by X").
bool is_title_case_line(const Doc& doc, const Sentence& sentence, const ontology::Lexicons& lexicons);

}  // namespace newsgraph::extract
