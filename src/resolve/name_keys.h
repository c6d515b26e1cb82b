// Name keys: the normal forms under which names are compared and blocked for merging.
// fold_name is exact-match folding (case, accents, punctuation, a leading "the");
// transliteration_key is deliberately lossy so romanized variants of one Arabic or
// Kurdish name meet ("Nechirvan"/"Nechervan", "Qasim"/"Kasim", "al-X"/"Al X").
// Thread contract: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::resolve {

// Lower case, accents removed, punctuation and hyphens to spaces, single spaces,
// no leading "the".
std::string fold_name(std::string_view name);

// fold_name, then per word: particles (al, el, ul) dropped, q->k, w/v->f, ou->u, doubled
// letters collapsed, vowels after the first letter dropped.
std::string transliteration_key(std::string_view name);

// A lower-case ASCII slug for ids: "Nechirvan X" -> "nechirvan-x".
std::string slug(std::string_view name);

}  // namespace newsgraph::resolve
