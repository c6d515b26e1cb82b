#include "resolve/name_keys.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace newsgraph::resolve {
namespace {

// Latin letters that Unicode does not decompose but readers treat as their base letter:
// "Yıldız" is written "Yildiz" by outlets without Turkish keyboards.
UChar32 base_letter(UChar32 c) {
  switch (c) {
    case 0x0131: return 'i';  // dotless i
    case 0x0142: return 'l';  // l with stroke
    case 0x00F8: return 'o';  // o with stroke
    case 0x0111: return 'd';  // d with stroke
    default: return c;
  }
}

// NFKD, combining marks dropped, lower case: "Türkiye" -> "turkiye". Only for names with a
// byte from 0x80: fold_bytes lowers ASCII names as it folds them.
std::string strip_accents_lower(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfkd->normalize(source, status) : source;
  if (U_FAILURE(status)) decomposed = source;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    kept.append(c);
  }
  kept.toLower();
  for (int32_t i = 0; i < kept.length();) {
    UChar32 c = kept.char32At(i);
    UChar32 base = base_letter(c);
    if (base != c) kept.replace(i, U16_LENGTH(c), base);
    i += U16_LENGTH(base);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

// fold_name without the leading "the", for text whose letters from 0x80 (if any) are
// lower case and accent free already: ASCII letters lower case, digits as they are,
// apostrophes vanish ("d'affaires" -> "daffaires"), every other byte below 0x80 separates
// words, single spaces. False when `text` has a byte from 0x80: most names have none, and
// are folded in this one pass without stripping accents.
bool fold_bytes(std::string_view text, std::string& out) {
  static constexpr char kDropped = 0;
  static constexpr std::array<char, 256> kFolded = [] {
    std::array<char, 256> table{};
    for (int c = 0; c < 256; ++c) {
      const bool kept = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
      table[c] = kept ? static_cast<char>(c) : c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : ' ';
    }
    table['\''] = kDropped;
    return table;
  }();
  out.assign(text.size(), ' ');
  // Written through a local pointer: a store through out[n] could change the string's own
  // pointer as far as the compiler knows, which it would then load again for every byte.
  char* const folded = out.data();
  unsigned char high_bits = 0;
  size_t n = 0;
  for (const char c : text) {
    high_bits |= static_cast<unsigned char>(c);
    const char f = kFolded[static_cast<unsigned char>(c)];
    if (f == kDropped) continue;
    if (f != ' ') folded[n++] = f;
    else if (n > 0 && folded[n - 1] != ' ') folded[n++] = ' ';
  }
  while (n > 0 && folded[n - 1] == ' ') --n;
  out.resize(n);
  return high_bits < 0x80;
}

void append_class_key(std::string& out, std::string_view coarse, std::string_view folded) {
  out.append(coarse).append(1, '|').append(folded);
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// An organization's name without its generic words ("Shafaq News Agency" -> "shafaq",
// "Interior Ministry" / "Ministry of Interior" -> "interior", "Kurdish People's Protection
// Units" -> "peoples protection"): head words, connectors, ethnic adjectives, web suffixes.
// Empty when what is left names no organization by itself (only places, demonyms or
// common words).
std::string organization_core(std::string_view folded, const ontology::Lexicons& lex) {
  std::string core;
  bool distinctive = false;
  for (const std::string_view word : words(folded)) {
    bool generic = lex.org_heads.count(word) || lex.name_connectors.count(word) || lex.stopwords.count(word) ||
                   lex.ethnic_adjectives.count(word) || word == "com";
    if (generic) continue;
    if (!core.empty()) core += ' ';
    core += word;
    // A proper word must remain: "federal" alone does not tell two bodies apart.
    distinctive = distinctive || (!lex.demonym_to_place.count(word) && !lex.common_words.count(word) && word.size() > 3);
  }
  return distinctive ? core : "";
}

}  // namespace

std::vector<std::string_view> words(std::string_view folded) {
  std::vector<std::string_view> out;
  size_t begin = 0;
  while (begin < folded.size()) {
    const size_t end = std::min(folded.find(' ', begin), folded.size());
    if (end > begin) out.push_back(folded.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

std::string fold_name(std::string_view name) {
  std::string out;
  if (!fold_bytes(name, out)) fold_bytes(strip_accents_lower(name), out);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string transliteration_key(std::string_view name) { return transliteration_of_folded(fold_name(name)); }

std::string transliteration_of_folded(std::string_view folded) {
  std::string key;
  for (const std::string_view word : words(folded)) {
    if (word == "al" || word == "el" || word == "ul") continue;
    std::string w;
    for (size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      if (c == 'q') c = 'k';
      if (c == 'w' || c == 'v') c = 'f';
      if (c == 'o' && i + 1 < word.size() && word[i + 1] == 'u') continue;  // ou -> u
      if (i > 0 && is_vowel(c)) continue;
      if (!w.empty() && w.back() == c) continue;
      w += c;
    }
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

std::string class_key(std::string_view coarse, std::string_view folded) {
  std::string key;
  key.reserve(coarse.size() + 1 + folded.size());
  append_class_key(key, coarse, folded);
  return key;
}

const char* key_kind_name(KeyKind kind) {
  switch (kind) {
    case KeyKind::kName: return "name";
    case KeyKind::kAcronym: return "acronym";
    case KeyKind::kOrganizationCore: return "organization-core";
    case KeyKind::kEventWords: return "event-words";
    case KeyKind::kTransliteration: return "transliteration";
    case KeyKind::kPlaceCore: return "place-core";
  }
  return "name";
}

void blocking_keys(const NameToBlock& name, const ontology::Lexicons& lexicons, std::vector<BlockingKey>& keys) {
  size_t count = 0;
  // The next key, written over a key of the previous call where there is one: blocking runs
  // for every record of every article, and the strings' heap blocks are reused.
  auto next_key = [&keys, &count](KeyKind kind) -> std::string& {
    if (count == keys.size()) keys.push_back({kind, {}});
    BlockingKey& key = keys[count++];
    key.kind = kind;
    key.key.clear();
    return key.key;
  };
  const std::string_view folded = name.folded;
  append_class_key(next_key(KeyKind::kName), name.coarse, folded);
  if (!name.acronym.empty()) append_class_key(next_key(KeyKind::kAcronym), name.coarse, fold_name(name.acronym));
  if (name.coarse == "ORG" && !name.from_lexicon) {
    std::string core = organization_core(folded, lexicons);
    if (!core.empty())
      next_key(KeyKind::kOrganizationCore).append("ORG|").append(name.type).append(1, '|').append(core);
  }
  if (name.coarse == "EVT") {
    // "the Israel-Hamas war" and "the Hamas-Israel war" are one war: the same words in any order.
    std::vector<std::string_view> sorted = words(folded);
    std::sort(sorted.begin(), sorted.end());
    std::string& key = next_key(KeyKind::kEventWords).append("EVT|");
    for (const std::string_view w : sorted) key.append(w).append(1, ' ');
  }
  if (name.coarse == "LOC" && !name.from_lexicon) {
    // "Hakurk region" and "Hakurk" named in a list of places: one area. Only a place of
    // unknown kind meets the name with a place word; a known town ("Sinjar") stays apart
    // from its district, so these keys have a namespace of their own, apart from the name
    // keys ("LOC|sinjar").
    const size_t space = folded.rfind(' ');
    if (space != std::string_view::npos && lexicons.place_cue(std::string(folded.substr(space + 1)), false))
      next_key(KeyKind::kPlaceCore).append("LOC-core|").append(folded.substr(0, space));
    else if (name.type == "Place")
      next_key(KeyKind::kPlaceCore).append("LOC-core|").append(folded);
  }
  if (name.coarse == "PER" && name.words >= 2)
    next_key(KeyKind::kTransliteration).append("PER|").append(transliteration_of_folded(folded));
  keys.resize(count);
}

std::string slug(std::string_view name) {
  std::string out;
  for (char c : fold_name(name)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) out += c;  // IRIs may hold any letter
    else if (c == ' ' && !out.empty() && out.back() != '-') out += '-';
  }
  return out.empty() ? "entity" : out;
}

}  // namespace newsgraph::resolve
