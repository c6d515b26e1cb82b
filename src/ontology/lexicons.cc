#include "ontology/lexicons.h"

#include <filesystem>

#include "ontology/json_file.h"

namespace newsgraph::ontology {
namespace {

std::string member(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

Status string_list(const rapidjson::Value& v, const char* key, std::vector<std::string>& out) {
  auto it = v.FindMember(key);
  if (it == v.MemberEnd()) return Status::Ok();
  if (!it->value.IsArray())
    return Status::Error(ErrorCode::kParseError, std::string("\"") + key + "\" must be an array");
  for (const auto& item : it->value.GetArray()) {
    if (!item.IsString())
      return Status::Error(ErrorCode::kParseError, std::string("\"") + key + "\" holds a non-string");
    out.emplace_back(item.GetString());
  }
  return Status::Ok();
}

Status require(const std::string& value, const char* key) {
  if (!value.empty()) return Status::Ok();
  return Status::Error(ErrorCode::kParseError, std::string("missing \"") + key + "\"");
}

// Runs `read` over dir/file when the file exists; lexicons are optional one by one.
Status each_record(const std::string& dir, const char* file,
                   const std::function<Status(const rapidjson::Value&)>& read) {
  std::string path = dir + "/" + file;
  if (!std::filesystem::exists(path)) return Status::Ok();
  return for_each_jsonl_record(path, [&](const rapidjson::Value& r, size_t) { return read(r); });
}

Status named_entries(const std::string& dir, const char* file, std::vector<NamedEntry>& out) {
  return each_record(dir, file, [&](const rapidjson::Value& r) {
    NamedEntry e;
    e.name = member(r, "name");
    e.type = member(r, "type");
    e.in = member(r, "in");
    if (Status s = require(e.name, "name"); !s.ok()) return s;
    if (Status s = require(e.type, "type"); !s.ok()) return s;
    if (Status s = string_list(r, "aliases", e.aliases); !s.ok()) return s;
    if (Status s = string_list(r, "demonyms", e.demonyms); !s.ok()) return s;
    out.push_back(std::move(e));
    return Status::Ok();
  });
}

Status word_set(const std::string& dir, const char* file, const char* key,
                StringSet& out) {
  return each_record(dir, file, [&](const rapidjson::Value& r) {
    std::string word = member(r, key);
    if (Status s = require(word, key); !s.ok()) return s;
    out.insert(to_lower_ascii(word));
    return Status::Ok();
  });
}

Status cues(const std::string& dir, const char* file, StringMultimap<Cue>& out) {
  return each_record(dir, file, [&](const rapidjson::Value& r) {
    std::string word = member(r, "word");
    std::string type = member(r, "type");
    std::string position = member(r, "position");
    if (Status s = require(word, "word"); !s.ok()) return s;
    if (Status s = require(type, "type"); !s.ok()) return s;
    bool before = position == "before" || position == "first";
    if (!before && position != "after" && position != "head")
      return Status::Error(ErrorCode::kParseError, "\"position\" must be before/first or after/head");
    out.emplace(to_lower_ascii(word), Cue{type, before});
    return Status::Ok();
  });
}

const Cue* find_cue(const StringMultimap<Cue>& map, const std::string& lower,
                    bool before) {
  auto [it, end] = map.equal_range(lower);
  for (; it != end; ++it)
    if (it->second.before == before) return &it->second;
  return nullptr;
}

size_t word_count(const std::string& s) {
  size_t n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

// Word classes of every single word in the lists (titles: whole one-word titles and the
// first word of every title).
void mark_word_classes(Lexicons& lex) {
  const std::pair<const StringSet*, WordClass> sets[] = {
      {&lex.determiners, kDeterminer},       {&lex.prepositions, kPreposition},
      {&lex.locative_prepositions, kLocativePreposition},
      {&lex.name_particles, kNameParticle},  {&lex.name_connectors, kNameConnector},
      {&lex.stopwords, kStopword},           {&lex.common_words, kCommonWord},
      {&lex.given_names, kGivenName},        {&lex.person_pronouns, kPersonPronoun},
      {&lex.person_verbs, kPersonVerb},      {&lex.ethnic_adjectives, kEthnicAdjective},
      {&lex.clause_openers, kClauseOpener},  {&lex.speaker_pronouns, kSpeakerPronoun},
  };
  // Room for every word up front: tens of thousands of words would otherwise be moved
  // again at each of the table's doublings.
  size_t entries = lex.demonym_to_place.size() + lex.titles.size();
  for (const auto& [words, word_class] : sets) entries += words->size();
  lex.word_classes.reserve(entries);
  for (const auto& [words, word_class] : sets)
    for (const std::string& word : *words) lex.add_word_class(word, word_class);
  for (const auto& [demonym, place] : lex.demonym_to_place) lex.add_word_class(demonym, kDemonym);
  for (const auto& [title, kind] : lex.titles) {
    size_t space = title.find(' ');
    if (space == std::string::npos) lex.add_word_class(title, kTitle | kTitleStart);
    else lex.add_word_class(std::string_view(title).substr(0, space), kTitleStart);
  }
}

}  // namespace

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  // Without a branch, so that the compiler folds many bytes per instruction: the tokenizer
  // lower-cases whole articles here.
  for (char& c : out) c = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  return out;
}

const Cue* Lexicons::org_head(const std::string& lower, bool before) const {
  return find_cue(org_heads, lower, before);
}
const Cue* Lexicons::place_cue(const std::string& lower, bool before) const {
  return find_cue(place_cues, lower, before);
}
const Cue* Lexicons::event_cue(const std::string& lower, bool before) const {
  return find_cue(event_cues, lower, before);
}
const Cue* Lexicons::eponymous_head(const std::string& lower) const {
  return find_cue(eponymous_heads, lower, false);
}

Result<Lexicons> load_lexicons(const std::string& dir) {
  Lexicons lex;
  std::vector<Status> statuses;
  statuses.push_back(named_entries(dir, "places.jsonl", lex.places));
  statuses.push_back(named_entries(dir, "organizations.jsonl", lex.organizations));
  statuses.push_back(each_record(dir, "titles.jsonl", [&](const rapidjson::Value& r) {
    std::string title = member(r, "title");
    if (Status s = require(title, "title"); !s.ok()) return s;
    // Tokens split hyphens off ("Secretary - General"): keep that form too.
    std::string spaced;
    for (char c : to_lower_ascii(title)) spaced += c == '-' ? std::string(" - ") : std::string(1, c);
    lex.max_title_words = std::max(lex.max_title_words, word_count(spaced));
    lex.titles[to_lower_ascii(title)] = member(r, "kind");
    lex.titles[spaced] = member(r, "kind");
    return Status::Ok();
  }));
  statuses.push_back(cues(dir, "org_heads.jsonl", lex.org_heads));
  statuses.push_back(cues(dir, "place_cues.jsonl", lex.place_cues));
  statuses.push_back(cues(dir, "event_cues.jsonl", lex.event_cues));
  statuses.push_back(cues(dir, "eponymous_heads.jsonl", lex.eponymous_heads));
  statuses.push_back(word_set(dir, "given_names.jsonl", "name", lex.given_names));
  statuses.push_back(word_set(dir, "common_words.jsonl", "word", lex.common_words));
  statuses.push_back(word_set(dir, "stopwords.jsonl", "word", lex.stopwords));
  statuses.push_back(word_set(dir, "ethnic_adjectives.jsonl", "word", lex.ethnic_adjectives));
  statuses.push_back(word_set(dir, "abbreviations.jsonl", "word", lex.abbreviations));
  statuses.push_back(word_set(dir, "name_particles.jsonl", "word", lex.name_particles));
  statuses.push_back(word_set(dir, "person_verbs.jsonl", "word", lex.person_verbs));
  statuses.push_back(word_set(dir, "name_connectors.jsonl", "word", lex.name_connectors));
  statuses.push_back(word_set(dir, "clause_openers.jsonl", "word", lex.clause_openers));
  statuses.push_back(word_set(dir, "former_post_cues.jsonl", "word", lex.former_post_cues));
  statuses.push_back(word_set(dir, "credit_leads.jsonl", "word", lex.credit_leads));
  statuses.push_back(each_record(dir, "prepositions.jsonl", [&](const rapidjson::Value& r) {
    std::string word = to_lower_ascii(member(r, "word"));
    if (Status s = require(word, "word"); !s.ok()) return s;
    lex.prepositions.insert(word);
    if (auto it = r.FindMember("locative"); it != r.MemberEnd() && it->value.IsBool() && it->value.GetBool())
      lex.locative_prepositions.insert(word);
    return Status::Ok();
  }));
  statuses.push_back(each_record(dir, "capitals.jsonl", [&](const rapidjson::Value& r) {
    std::string city = member(r, "city"), country = member(r, "country");
    if (Status s = require(city, "city"); !s.ok()) return s;
    if (Status s = require(country, "country"); !s.ok()) return s;
    lex.capital_of[to_lower_ascii(city)] = Capital{country, member(r, "government")};
    return Status::Ok();
  }));
  statuses.push_back(word_set(dir, "determiners.jsonl", "word", lex.determiners));
  statuses.push_back(word_set(dir, "person_pronouns.jsonl", "word", lex.person_pronouns));
  statuses.push_back(word_set(dir, "speaker_pronouns.jsonl", "word", lex.speaker_pronouns));
  statuses.push_back(word_set(dir, "speech_verbs.jsonl", "word", lex.speech_verbs));
  statuses.push_back(word_set(dir, "person_introducers.jsonl", "phrase", lex.person_introducers));
  for (const Status& s : statuses)
    if (!s.ok()) return s;
  // "Secretary of State": a title may run across a connector; remember where. Word
  // prefixes of titles let lookups stop at the first word that begins none.
  for (const auto& [title, kind] : lex.titles) {
    std::string previous;
    size_t start = 0;
    while (start < title.size()) {
      size_t space = title.find(' ', start);
      std::string word = title.substr(start, space == std::string::npos ? std::string::npos : space - start);
      if (!previous.empty() && lex.name_connectors.count(word)) lex.title_connections.insert(previous + " " + word);
      if (space != std::string::npos) lex.title_prefixes.insert(title.substr(0, space));
      previous = word;
      start = space == std::string::npos ? title.size() : space + 1;
    }
  }
  for (const NamedEntry& place : lex.places)
    for (const std::string& demonym : place.demonyms)
      lex.demonym_to_place.emplace(to_lower_ascii(demonym), place.name);
  mark_word_classes(lex);
  return lex;
}

}  // namespace newsgraph::ontology
