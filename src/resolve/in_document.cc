#include "resolve/in_document.h"

#include <climits>
#include <cstdlib>

#include "resolve/name_keys.h"
#include "resolve/quoted_speakers.h"

namespace newsgraph::resolve {
namespace {

// Both folded (fold_name).
bool ends_with_word(const std::string& f, const std::string& p) {
  return f.size() > p.size() && f.compare(f.size() - p.size(), p.size(), p) == 0 &&
         f[f.size() - p.size() - 1] == ' ';
}

// Initials of the capitalized words: "Kurdistan Regional Government" -> "KRG".
std::string initials(const std::string& name) {
  std::string out;
  bool at_word = true;
  for (char c : name) {
    if (c == ' ' || c == '-') {
      at_word = true;
    } else {
      if (at_word && std::isupper(static_cast<unsigned char>(c))) out += c;
      at_word = false;
    }
  }
  return out;
}

// fold_name of the mentions' names, each folded when first asked: only short forms and the
// mentions they may stand for are compared, most names never are.
class FoldedNames {
 public:
  explicit FoldedNames(const Doc& doc)
      : doc_(doc), folded_(doc.mentions.size()), done_(doc.mentions.size(), false) {}
  const std::string& operator[](uint32_t mention) {
    if (!done_[mention]) {
      folded_[mention] = fold_name(doc_.mentions[mention].name);
      done_[mention] = true;
    }
    return folded_[mention];
  }

 private:
  const Doc& doc_;
  std::vector<std::string> folded_;
  std::vector<char> done_;
};

uint32_t distance(const Mention& a, const Mention& b) {
  return a.first_token > b.first_token ? a.first_token - b.first_token : b.first_token - a.first_token;
}

// The full person mention a short form refers to, or kNone.
uint32_t find_full_name(const Doc& doc, uint32_t index, FoldedNames& folded) {
  const Mention& m = doc.mentions[index];
  uint32_t best = kNone;
  int best_score = INT_MIN;
  for (uint32_t j = 0; j < doc.mentions.size(); ++j) {
    const Mention& full = doc.mentions[j];
    if (j == index || full.type != "Person" || full.antecedent != kNone) continue;
    if (!ends_with_word(folded[j], folded[index])) continue;
    // Same title beats proximity; a preceding mention beats a following one.
    int score = 0;
    if (!m.title.empty() && fold_name(full.title).find(fold_name(m.title)) != std::string::npos)
      score += 1000000;
    if (full.first_token < m.first_token) score += 500000;
    score -= static_cast<int>(std::min<uint32_t>(distance(full, m), 400000));
    if (score > best_score) {
      best_score = score;
      best = j;
    }
  }
  return best;
}

uint32_t find_acronym(const Doc& doc, uint32_t index) {
  const Mention& m = doc.mentions[index];
  for (uint32_t j = 0; j < doc.mentions.size(); ++j)
    if (j != index && doc.mentions[j].acronym == m.name) return j;
  for (uint32_t j = 0; j < doc.mentions.size(); ++j) {
    const Mention& full = doc.mentions[j];
    if (j != index && full.type != "Person" && !full.type.empty() && full.name != m.name &&
        initials(full.name) == m.name)
      return j;
  }
  return kNone;
}

bool coordinated_with_person(const Doc& doc, uint32_t index, const ontology::Lexicons& lex) {
  const Mention& m = doc.mentions[index];
  for (uint32_t j = 0; j < doc.mentions.size(); ++j) {
    const Mention& other = doc.mentions[j];
    if (j == index || other.type != "Person") continue;
    bool before = other.end_token + 1 == m.first_token;
    bool after = m.end_token + 1 == other.first_token;
    uint32_t between = before ? other.end_token : m.end_token;
    if ((before || after) && between < doc.tokens.size() && doc.tokens[between].lower == "and")
      return true;
  }
  (void)lex;
  return false;
}

// A body named by generic words only ("Foreign Ministry", "Supreme Court"): every word a
// head, connector or dictionary word, none naming a people or place.
bool names_generic_body(const std::string& folded, const ontology::Lexicons& lex) {
  for (const std::string_view word : words(folded)) {
    if (lex.demonym_to_place.count(word)) return false;
    if (!lex.org_heads.count(word) && !lex.name_connectors.count(word) && !lex.stopwords.count(word) &&
        !lex.common_words.count(word))
      return false;
  }
  return !folded.empty();
}

// "the Foreign Ministry" after "the Iraqi Foreign Ministry", "the Supreme Court" before "the
// Iraqi Federal Supreme Court": a generic body is the one body of its class in the article
// whose fuller name holds it ("X Foreign Ministry", "Ministry of Interior of X"); the nearest
// mention of it. kNone when no body does, or two different ones do.
uint32_t find_qualified_body(const Doc& doc, uint32_t index, FoldedNames& folded) {
  const Mention& m = doc.mentions[index];
  const std::string& generic = folded[index];
  auto holds = [&](const std::string& full) {
    if (ends_with_word(full, generic)) return true;
    if (full.size() <= generic.size() + 4 || full.compare(0, generic.size(), generic) != 0) return false;
    return full.compare(generic.size(), 4, " of ") == 0 || full.compare(generic.size(), 4, " in ") == 0;
  };
  uint32_t found = kNone;
  for (uint32_t j = 0; j < doc.mentions.size(); ++j) {
    const Mention& full = doc.mentions[j];
    if (j == index || full.type != m.type || full.is_reference || full.antecedent != kNone || !holds(folded[j]))
      continue;
    if (found != kNone && folded[found] != folded[j]) return kNone;
    if (found == kNone || distance(full, m) < distance(doc.mentions[found], m)) found = j;
  }
  return found;
}

// "Iraq's Sinjar, Qandil, Karacak and Hakurk": whether the mention stands in an enumeration
// ("," / "and" between members) with at least two places and nothing else named.
bool enumerated_with_places(const Doc& doc, uint32_t index, const ontology::Vocabulary& vocab) {
  // The mention ending just before token `end`, or starting at token `begin`.
  auto ending_at = [&](uint32_t end) {
    for (uint32_t j = 0; j < doc.mentions.size(); ++j)
      if (doc.mentions[j].end_token == end) return j;
    return kNone;
  };
  auto starting_at = [&](uint32_t begin) {
    for (uint32_t j = 0; j < doc.mentions.size(); ++j)
      if (doc.mentions[j].first_token == begin) return j;
    return kNone;
  };
  auto separator = [&](uint32_t t) {
    return t < doc.tokens.size() && (doc.tokens[t].lower == "," || doc.tokens[t].lower == "and");
  };
  uint32_t places = 0;
  bool other = false;
  auto count = [&](uint32_t j) {
    const Mention& member = doc.mentions[j];
    if (vocab.coarse_of(member.type) == "LOC") ++places;
    else if (!member.type.empty() || !member.is_reference) other = true;
  };
  // Leftwards: "X, " / "X and " / "X, and " before each member.
  for (uint32_t first = doc.mentions[index].first_token; first > 0 && separator(first - 1);) {
    uint32_t end = first - 1;
    if (end > 0 && doc.tokens[end].lower == "and" && doc.tokens[end - 1].lower == ",") --end;
    uint32_t j = ending_at(end);
    if (j == kNone) break;
    count(j);
    first = doc.mentions[j].first_token;
  }
  for (uint32_t end = doc.mentions[index].end_token; separator(end);) {
    uint32_t begin = end + 1;
    if (doc.tokens[end].lower == "," && separator(begin) && doc.tokens[begin].lower == "and") ++begin;
    uint32_t j = starting_at(begin);
    if (j == kNone) break;
    count(j);
    end = doc.mentions[j].end_token;
  }
  return places >= 2 && !other;
}

// "in Hakurk, northern Iraq": after a locative preposition and set off by a comma before
// the country or region it lies in (one lower-case word may qualify that), a name is a place.
bool placed_in_larger_place(const Doc& doc, uint32_t index, const ontology::Vocabulary& vocab,
                            const ontology::Lexicons& lex) {
  const Mention& m = doc.mentions[index];
  if (m.first_token == 0 || !lex.locative_prepositions.count(doc.tokens[m.first_token - 1].lower)) return false;
  uint32_t t = m.end_token;
  if (t + 1 >= doc.tokens.size() || doc.tokens[t].lower != ",") return false;
  ++t;
  if (doc.tokens[t].is_word && !doc.tokens[t].capitalized) ++t;
  for (const Mention& larger : doc.mentions)
    if (larger.first_token == t) return vocab.coarse_of(larger.type) == "LOC";
  return false;
}

// Whether a place mention is used as a place: after a locative preposition ("in Tehran",
// "a visit to Washington"), possibly as a later conjunct ("in Erbil and Baghdad"); in the
// dateline or written in capitals; or before a place word ("Baghdad province",
// "Paris-based").
bool used_as_place(const Doc& doc, uint32_t index, const ontology::Lexicons& lex) {
  const Mention& m = doc.mentions[index];
  if (index == doc.meta.place_mention || doc.tokens[m.first_token].all_caps) return true;
  // A place word after the name, maybe past a hyphen ("a Paris-based court").
  uint32_t after = m.end_token;
  if (after + 1 < doc.tokens.size() && doc.tokens[after].lower == "-") ++after;
  if (after < doc.tokens.size() && lex.place_cue(doc.tokens[after].lower, false)) return true;
  // "Washington's support": the possessor heads no place phrase, whatever precedes it,
  // unless a name follows ("Baghdad's Green Zone").
  if (m.end_token + 1 < doc.tokens.size() && doc.tokens[m.end_token].lower == "'s")
    return doc.tokens[m.end_token + 1].capitalized;
  uint32_t t = m.first_token;
  while (t > 0) {
    while (t > 0 && doc.tokens[t - 1].is(ontology::kDeterminer)) --t;
    if (t == 0) return false;
    const std::string& before = doc.tokens[t - 1].lower;
    // "in Tehran"; "the Iraqi capital Baghdad" (a place word before the name).
    if (lex.locative_prepositions.count(before) || lex.place_cue(before, true)) return true;
    if (before != "and" && before != ",") return false;
    // A conjunct: look before the place mention that ends just before the connector.
    uint32_t previous = kNone;
    for (uint32_t j = 0; j < doc.mentions.size(); ++j)
      if (doc.mentions[j].end_token == t - 1 && !doc.mentions[j].type.empty() && doc.mentions[j].type != "Person") previous = j;
    if (previous == kNone) return false;
    t = doc.mentions[previous].first_token;
  }
  return false;
}

// "Washington warned", "militias aligned with Tehran": a national capital not used as a
// place stands for its government, or its country (the merger picks the one the corpus
// names).
void mark_capital_metonyms(Doc& doc, const ontology::Lexicons& lex) {
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.type != "City" || m.is_reference || m.antecedent != kNone) continue;
    auto capital = lex.capital_of.find(ontology::to_lower_ascii(m.canonical.empty() ? m.name : m.canonical));
    if (capital == lex.capital_of.end() || used_as_place(doc, i, lex)) continue;
    m.is_reference = true;
    m.is_metonym = true;
    m.type = "Country";
    m.canonical = capital->second.country;
  }
}

}  // namespace

uint32_t root_mention(const Doc& doc, uint32_t mention) {
  uint32_t hops = 0;
  while (doc.mentions[mention].antecedent != kNone && hops++ < 64)
    mention = doc.mentions[mention].antecedent;
  return mention;
}

// For a word right after "whom": the root of the person "whom" stands for (the person named
// last before it), or kNone.
uint32_t after_whom(const Doc& doc, uint32_t token) {
  if (token == 0 || doc.tokens[token - 1].lower != "whom") return kNone;
  uint32_t meant = kNone;
  for (uint32_t j = 0; j < doc.mentions.size(); ++j) {
    const Mention& c = doc.mentions[j];
    if (c.type == "Person" && !c.is_reference && c.end_token < token &&
        (meant == kNone || c.end_token > doc.mentions[meant].end_token))
      meant = j;
  }
  return meant == kNone ? kNone : root_mention(doc, meant);
}

// Pronouns and bare titles: the latest person named in full before them, within a few
// sentences; a bare title only to a person who carried that title.
void resolve_person_references(Doc& doc) {
  constexpr uint32_t kMaxTokensBack = 120;
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.rule != "pronoun" && m.rule != "bare-title") continue;
    // "X, with whom he discussed": the subject of a relative clause is not the person the
    // relative pronoun stands for.
    const uint32_t not_meant = after_whom(doc, m.first_token);
    uint32_t best = kNone;
    for (uint32_t j = 0; j < doc.mentions.size(); ++j) {
      const Mention& c = doc.mentions[j];
      if (j == i || c.type != "Person" || c.is_reference || c.first_token >= m.first_token ||
          m.first_token - c.first_token > kMaxTokensBack)
        continue;
      uint32_t root = root_mention(doc, j);
      if (root == not_meant) continue;
      if (m.rule == "bare-title") {
        std::string titles = fold_name(doc.mentions[root].title + " " + c.title);
        if (titles.find(fold_name(m.title)) == std::string::npos) continue;
      }
      if (best == kNone || c.first_token > doc.mentions[best].first_token) best = j;
    }
    if (best == kNone) continue;
    m.antecedent = root_mention(doc, best);
    m.is_reference = false;
  }
}

void resolve_in_document(Doc& doc, const ontology::Vocabulary& vocab, const ontology::Lexicons& lex) {
  mark_capital_metonyms(doc, lex);
  // Short forms are checked against every mention; names compare folded, each folded once.
  FoldedNames folded(doc);
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.rule == "pronoun" || m.rule == "bare-title") continue;
    if (!m.is_reference && m.canonical.empty() && vocab.coarse_of(m.type) == "ORG" &&
        names_generic_body(folded[i], lex)) {
      if (uint32_t a = find_qualified_body(doc, i, folded); a != kNone) {
        m.antecedent = a;
        continue;
      }
    }
    bool single = m.end_token - m.first_token == 1 ||
                  (m.end_token - m.first_token == 3 && doc.tokens[m.first_token + 1].lower == "-");
    if (!single || !m.canonical.empty()) continue;
    if (m.is_acronym) {
      if (uint32_t a = find_acronym(doc, i); a != kNone) {
        m.antecedent = a;
        m.type = doc.mentions[a].type;
        m.is_reference = false;
        continue;
      }
    }
    if (m.type.empty() || m.type == "Person") {
      if (uint32_t a = find_full_name(doc, i, folded); a != kNone) {
        m.antecedent = a;
        m.type = "Person";
        m.is_reference = false;
        continue;
      }
    }
    if (m.is_reference && !m.type.empty() && m.type != "Person") {
      // "the Council": the nearest earlier full name of the same class ending in that word.
      for (uint32_t j = i; j-- > 0;) {
        const Mention& full = doc.mentions[j];
        if (full.is_reference || full.antecedent != kNone || full.type != m.type) continue;
        if (ends_with_word(folded[j], folded[i])) {
          m.antecedent = j;
          m.is_reference = false;
          break;
        }
      }
      continue;
    }
    if (m.type.empty() && coordinated_with_person(doc, i, lex)) {
      m.type = "Person";
      m.is_reference = false;
    } else if (m.type.empty() && (enumerated_with_places(doc, i, vocab) || placed_in_larger_place(doc, i, vocab, lex))) {
      m.type = "Place";
      m.is_reference = false;
    }
  }
  resolve_person_references(doc);
  resolve_quoted_speakers(doc, lex);
}

}  // namespace newsgraph::resolve
