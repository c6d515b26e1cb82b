#include "resolve/name_keys.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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

// NFKD, combining marks dropped, lower case: "Türkiye" -> "turkiye".
std::string strip_accents_lower(std::string_view name) {
  bool ascii = true;
  for (char c : name) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {  // most names: nothing to decompose
    std::string out(name);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }
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

std::vector<std::string> words(const std::string& folded) {
  std::vector<std::string> out;
  std::string current;
  for (char c : folded) {
    if (c == ' ') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

}  // namespace

std::string fold_name(std::string_view name) {
  std::string lowered = strip_accents_lower(name);
  std::string out;
  for (char c : lowered) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\'' ) continue;  // apostrophes vanish: "d'affaires" -> "daffaires"
    bool keep = std::isalnum(u) || u >= 0x80;
    if (keep) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string transliteration_key(std::string_view name) {
  std::string key;
  for (const std::string& word : words(fold_name(name))) {
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
