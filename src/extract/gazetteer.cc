#include "extract/gazetteer.h"

#include "nlp/tokenizer.h"

namespace newsgraph::extract {
namespace {

bool starts_upper(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

// Two or more letters, all capitals: "US", "U.S.", "KDP".
bool is_acronym(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (!std::isalpha(static_cast<unsigned char>(c))) continue;
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace

Gazetteer::Gazetteer(const ontology::Lexicons& lexicons) {
  for (const auto* list : {&lexicons.places, &lexicons.organizations}) {
    for (const ontology::NamedEntry& entry : *list) {
      add(entry, entry.name, lexicons);
      for (const std::string& alias : entry.aliases) add(entry, alias, lexicons);
    }
  }
}

void Gazetteer::add(const ontology::NamedEntry& entry, const std::string& name,
                    const ontology::Lexicons& lexicons) {
  std::vector<Token> tokens = nlp::tokenize(name, lexicons);
  if (tokens.empty()) return;
  GazetteerEntry g;
  g.entry = &entry;
  std::string key;
  for (const Token& t : tokens) {
    if (!key.empty()) key += ' ';
    key += t.lower;
    SurfaceWord& word = g.surface.emplace_back();
    word.text = t.span.in(name);
    // News often lowers the words after the first ("the Kurdistan region", "Iraqi armed forces").
    word.rule = is_acronym(word.text)     ? SurfaceWord::kExact
                : starts_upper(word.text) ? SurfaceWord::kCapitalFirst
                                          : SurfaceWord::kAnyCase;
  }
  first_words_.insert(tokens.front().lower);
  if (!starts_upper(g.surface.front().text)) key_flags_.add(tokens.front().lower, kOpensInLowerCase);
  max_tokens_ = std::max<uint32_t>(max_tokens_, static_cast<uint32_t>(tokens.size()));
  for (size_t cut = key.find(' '); cut != std::string::npos; cut = key.find(' ', cut + 1))
    key_flags_.add(std::string_view(key).substr(0, cut), kKeyPrefix);
  key_flags_.add(key, kWholeKey);
  by_lower_name_.emplace(ontology::to_lower_ascii(name), &entry);
  by_key_.emplace(std::move(key), std::move(g));
}

const ontology::NamedEntry* Gazetteer::lookup(const std::string& name) const {
  auto it = by_lower_name_.find(ontology::to_lower_ascii(name));
  return it == by_lower_name_.end() ? nullptr : it->second;
}

std::optional<GazetteerMatch> Gazetteer::longest_match(const std::vector<Token>& tokens,
                                                       std::string_view text, uint32_t at,
                                                       uint32_t limit) const {
  // Grow the key a token at a time while it still begins some name. The key for n tokens
  // is the first key_end[n - 1] bytes of `key`; whole[n - 1] says whether it is a name.
  // Buffers are per thread and reused: this runs at every token.
  uint32_t longest = std::min<uint32_t>(max_tokens_, limit - at);
  thread_local std::string key;
  thread_local std::vector<size_t> key_end;
  thread_local std::vector<char> whole;
  key.clear();
  key_end.clear();
  whole.clear();
  for (uint32_t len = 1; len <= longest; ++len) {
    if (!key.empty()) key += ' ';
    key += tokens[at + len - 1].lower;
    const uint32_t flags = key_flags_.find(key);
    // The first word of a name written with a capital needs one in the text (see the case
    // checks below).
    if (len == 1 && !(flags & kOpensInLowerCase) && !tokens[at].capitalized) return std::nullopt;
    key_end.push_back(key.size());
    whole.push_back((flags & kWholeKey) != 0);
    if (!(flags & kKeyPrefix)) break;
  }
  longest = static_cast<uint32_t>(key_end.size());
  for (uint32_t len = longest; len >= 1; --len) {
    if (!whole[len - 1]) continue;
    auto [it, end] = by_key_.equal_range(std::string_view(key).substr(0, key_end[len - 1]));
    if (it == end) continue;
    for (; it != end; ++it) {
      const GazetteerEntry& g = it->second;
      bool case_ok = true;
      for (uint32_t k = 0; k < len && case_ok; ++k) {
        const Token& token = tokens[at + k];
        const SurfaceWord& wanted = g.surface[k];
        if (wanted.rule == SurfaceWord::kExact)
          case_ok = token.span.in(text) == wanted.text;
        else if (wanted.rule == SurfaceWord::kCapitalFirst)
          case_ok = token.capitalized || k > 0;
      }
      if (case_ok) return GazetteerMatch{at, at + len, g.entry};
    }
  }
  return std::nullopt;
}

}  // namespace newsgraph::extract
