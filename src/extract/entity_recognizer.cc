#include "extract/entity_recognizer.h"

#include <algorithm>

#include "extract/name_chunker.h"
#include "nlp/quotations.h"

namespace newsgraph::extract {
namespace {

std::string join_text(const Doc& doc, uint32_t begin, uint32_t end) {
  std::string out;
  for (uint32_t i = begin; i < end; ++i) {
    if (i > begin && doc.tokens[i].space_before) out += ' ';
    out += doc.text(doc.tokens[i].span);
  }
  return out;
}

// True when the capitals of `acronym` appear, in order, among the initials of the words of
// `name` ("KDP" / "Kurdistan Democratic Party", "CJTF-OIR" / "Combined Joint Task Force -
// Operation Inherent Resolve"), starting with the first word.
bool abbreviates(const std::string& acronym, const std::string& name) {
  std::string initials;
  bool at_word = true;
  for (char c : name) {
    if (c == ' ' || c == '-') {
      at_word = true;
      continue;
    }
    if (at_word && std::isupper(static_cast<unsigned char>(c))) initials += c;
    at_word = false;
  }
  size_t k = 0;
  for (char c : acronym) {
    if (!std::isupper(static_cast<unsigned char>(c))) continue;
    while (k < initials.size() && initials[k] != c) ++k;
    if (k == initials.size()) return false;
    ++k;
  }
  return !initials.empty() && !acronym.empty() && initials[0] == acronym[0];
}

}  // namespace

uint32_t EntityRecognizer::add_mention(Doc& doc, Part part, std::string type, std::string rule,
                                       float score) const {
  Mention& m = doc.mentions.emplace_back();
  m.first_token = part.begin;
  m.end_token = part.end;
  m.span = {doc.tokens[part.begin].span.begin, doc.tokens[part.end - 1].span.end};
  m.type = std::move(type);
  m.name = join_text(doc, part.begin, part.end);
  m.is_acronym = part.end - part.begin == 1 && doc.tokens[part.begin].all_caps;
  m.rule = std::move(rule);
  m.score = score;
  return static_cast<uint32_t>(doc.mentions.size() - 1);
}

uint32_t EntityRecognizer::title_length_at(const Doc& doc, uint32_t at, uint32_t end) const {
  if (at >= end || !doc.tokens[at].is(ontology::kTitleStart)) return 0;
  return static_cast<uint32_t>(
      lex_.longest_title(end - at, [&](size_t i) -> const std::string& { return doc.tokens[at + i].lower; }));
}

std::vector<PositionFact> EntityRecognizer::recognize(Doc& doc) const {
  std::vector<PositionFact> facts;
  // Mentions placed before recognition (the publisher in a dateline) keep their tokens.
  std::vector<char> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (uint32_t t = m.first_token; t < m.end_token; ++t) covered[t] = true;
  // Growing the vector moves every Mention (seven strings). News text has fewer mentions
  // than one in eight tokens (the 1,000-article bench corpus: one in 14, and no article
  // more than one in eight).
  doc.mentions.reserve(doc.mentions.size() + doc.tokens.size() / 8);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) recognize_sentence(doc, s, covered, facts);
  attach_defined_acronyms(doc, facts);
  qualify_generic_bodies(doc);
  return facts;
}

// "the Ministry of Interior of the Kurdistan Regional Government": a body whose own name is
// only generic words (organization heads, connectors, dictionary words) is named with the
// government or country that owns it, since "Ministry of Interior" alone names a different
// ministry in each country. The owner stays a mention of its own (memberOf reads it).
void EntityRecognizer::qualify_generic_bodies(Doc& doc) const {
  const auto& tokens = doc.tokens;
  for (Mention& m : doc.mentions) {
    if (m.type != "GovernmentOrganization" || !m.canonical.empty() || m.is_reference) continue;
    bool generic = true;
    for (uint32_t t = m.first_token; t < m.end_token && generic; ++t)
      generic = tokens[t].is(ontology::kCommonWord | ontology::kNameConnector) || lex_.org_heads.count(tokens[t].lower);
    uint32_t at = m.end_token;
    if (!generic || at + 1 >= tokens.size() || (tokens[at].lower != "of" && tokens[at].lower != "in")) continue;
    if (tokens[++at].is(ontology::kDeterminer)) ++at;
    for (const Mention& owner : doc.mentions) {
      if (owner.first_token != at || owner.is_reference) continue;
      if (owner.type == "GovernmentOrganization" || owner.type == "Country" || owner.type == "AdministrativeArea")
        m.name = join_text(doc, m.first_token, owner.end_token);
      break;
    }
  }
}

// "Kurdistan Democratic Party (KDP)": the bracketed capitals become the name's acronym and
// are not a mention of their own. Kept mentions move down in place.
void EntityRecognizer::attach_defined_acronyms(Doc& doc, std::vector<PositionFact>& facts) const {
  const auto& tokens = doc.tokens;
  std::vector<uint32_t> remap(doc.mentions.size());
  uint32_t kept = 0;  // doc.mentions[0, kept) are the mentions kept so far
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    bool bracketed = m.end_token - m.first_token == 1 && tokens[m.first_token].all_caps &&
                     m.first_token >= 1 && tokens[m.first_token - 1].lower == "(" &&
                     m.end_token < tokens.size() && tokens[m.end_token].lower == ")";
    Mention* previous = kept > 0 ? &doc.mentions[kept - 1] : nullptr;
    if (bracketed && previous && previous->end_token + 1 == m.first_token && previous->type != "Person" &&
        abbreviates(m.name, previous->name)) {
      previous->acronym = std::move(m.name);
      remap[i] = kept - 1;
      continue;
    }
    remap[i] = kept;
    if (kept != i) doc.mentions[kept] = std::move(m);
    ++kept;
  }
  doc.mentions.resize(kept);
  for (PositionFact& f : facts) {
    f.person = remap[f.person];
    f.affiliation = remap[f.affiliation];
  }
}

void EntityRecognizer::recognize_sentence(Doc& doc, uint32_t sentence_index,
                                          const std::vector<char>& covered,
                                          std::vector<PositionFact>& facts) const {
  const Sentence& sentence = doc.sentences[sentence_index];
  const bool title_case = is_title_case_line(doc, sentence, lex_);
  const auto& tokens = doc.tokens;
  const size_t first_new = doc.mentions.size();
  for (const Chunk& chunk : find_name_chunks(doc, sentence, lex_)) {
    // A lexicon name may have run past its chunk into this one ("Kurdistan Region of Iraq").
    if (doc.mentions.size() > first_new && doc.mentions.back().end_token > chunk.begin) continue;
    bool taken = false;
    for (uint32_t t = chunk.begin; t < chunk.end && !taken; ++t) taken = covered[t];
    if (taken) continue;
    if (place_named_by_cue(doc, {chunk.begin, chunk.end}, sentence) != kNone) continue;
    // Locate titles inside the chunk; the last one with a name after it splits it. The first
    // one that ends the chunk is noted on the way, for chunks where none has a name after it.
    uint32_t title_begin = kNone, title_end = kNone, chunk_ending_title = kNone;
    for (uint32_t i = chunk.begin; i < chunk.end;) {
      uint32_t len = title_length_at(doc, i, chunk.end);
      // The last title with a name after it ("Governor X Sardar": "Sardar" is a name here).
      if (len && i + len < chunk.end && !gazetteer_.match_at(tokens, doc.article.text, i, chunk.end)) {
        title_begin = i;
        title_end = i + len;
        i += len;
      } else {
        if (len && i + len == chunk.end && chunk_ending_title == kNone &&
            !gazetteer_.match_at(tokens, doc.article.text, i, chunk.end))
          chunk_ending_title = i;
        ++i;
      }
    }
    if (title_begin == kNone) {
      // A chunk that ends in a title names no person ("KRI's Interior Minister"): only what
      // precedes the title can be an entity. (No title was found, so the loop above looked at
      // every word.)
      const uint32_t end = chunk_ending_title == kNone ? chunk.end : chunk_ending_title;
      if (end == chunk.begin) continue;
      uint32_t m = classify(doc, {chunk.begin, end}, "", title_case);
      if (m != kNone && doc.mentions[m].type == "Person" && doc.mentions[m].title.empty())
        attach_title_before(doc, m, chunk.begin, sentence_index, facts);
      continue;
    }
    // Capitalized words just before the title that name no entity are part of it
    // ("National Security Advisor"); an entity there is the affiliation.
    uint32_t left_end = title_begin;
    uint32_t affiliation = kNone;
    if (left_end > chunk.begin) {
      size_t before = doc.mentions.size();
      affiliation = classify(doc, {chunk.begin, left_end}, "", title_case);
      if (affiliation == kNone || doc.mentions[affiliation].type.empty() ||
          doc.mentions[affiliation].type == "Person") {
        doc.mentions.resize(before);
        affiliation = kNone;
        title_begin = chunk.begin;
      }
    } else {
      // "Iraq's Advisor X", "Syria's interim President Y": a possessor before the title,
      // with at most two lower-case modifiers between.
      uint32_t k = chunk.begin;
      while (k > sentence.first_token && chunk.begin - k < 2 && !tokens[k - 1].capitalized &&
             tokens[k - 1].is_word && tokens[k - 1].lower != "'s")
        --k;
      if (k >= sentence.first_token + 2 && tokens[k - 1].lower == "'s" && !doc.mentions.empty() &&
          doc.mentions.back().end_token == k - 1 && !doc.mentions.back().type.empty() &&
          doc.mentions.back().type != "Person")
        affiliation = static_cast<uint32_t>(doc.mentions.size() - 1);
    }
    std::string title = join_text(doc, title_begin, title_end);
    if (title_end >= chunk.end) continue;  // a title with no name after it
    // "Secretary of X Firstname Lastname": the polity after the connector is the affiliation.
    if (tokens[title_end].is(ontology::kNameConnector)) {
      auto m = gazetteer_.match_at(tokens, doc.article.text, title_end + 1, chunk.end);
      if (!m) continue;
      uint32_t polity = add_mention(doc, {m->begin, m->end}, m->entry->type, "gazetteer", 0.9f);
      doc.mentions[polity].canonical = m->entry->name;
      if (m->end >= chunk.end) continue;  // "the Interior Minister of Iraq": no name follows
      if (affiliation == kNone) affiliation = polity;  // "X's Secretary of Y Z": X is nearer the post
      title_end = m->end;
    }
    uint32_t person = classify(doc, {title_end, chunk.end}, title, title_case);
    if (person == kNone) continue;
    Mention& m = doc.mentions[person];
    if (m.type.empty() || m.type == "Person") {
      m.type = "Person";
      m.title = title;
      if (affiliation != kNone) {
        m.affiliation = doc.mentions[affiliation].canonical.empty()
                            ? doc.mentions[affiliation].name
                            : doc.mentions[affiliation].canonical;
        if (!held_in_past(doc, std::min(doc.mentions[affiliation].first_token, title_begin), title_end))
          facts.push_back({person, affiliation, title, sentence_index});
      }
    }
  }
  std::vector<char> taken(sentence.end_token - sentence.first_token, false);
  for (size_t i = first_new; i < doc.mentions.size(); ++i)
    for (uint32_t t = doc.mentions[i].first_token; t < doc.mentions[i].end_token; ++t)
      if (t >= sentence.first_token && t < sentence.end_token) taken[t - sentence.first_token] = true;
  add_lowercase_names(doc, sentence, taken);
  // Mentions placed before recognition bar references, not lower-case names. A mention never
  // runs past its sentence: earlier sentences' mentions take no word here.
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t)
    if (covered[t]) taken[t - sentence.first_token] = true;
  add_person_references(doc, sentence, taken);
}

// "he", "she", bare titles ("the minister") and a quoted "we" or "I" as Person references;
// resolve/ links them to the person (or body) they mean or leaves them out of the graph.
void EntityRecognizer::add_person_references(Doc& doc, const Sentence& sentence,
                                             const std::vector<char>& taken) const {
  const auto& tokens = doc.tokens;
  for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
    if (taken[i - sentence.first_token]) continue;
    const Token& t = tokens[i];
    bool pronoun = t.is(ontology::kPersonPronoun);
    bool bare_title = !pronoun && i > sentence.first_token && tokens[i - 1].is(ontology::kDeterminer) &&
                      !t.capitalized && t.is(ontology::kTitle) &&
                      (i + 1 >= sentence.end_token ||
                       (!tokens[i + 1].capitalized && !tokens[i + 1].is(ontology::kNameConnector)));
    // "'We condemn the attack,' X said": resolve/ links "we" to the quotation's speaker.
    bool quoted_speaker = !pronoun && !bare_title && t.is(ontology::kSpeakerPronoun) &&
                          nlp::quotation_around(doc.quotations, i) != nullptr;
    if (!pronoun && !bare_title && !quoted_speaker) continue;
    const char* rule = pronoun ? "pronoun" : bare_title ? "bare-title" : "quoted-speaker";
    uint32_t idx = add_mention(doc, {i, i + 1}, "Person", rule, 0.5f);
    doc.mentions[idx].is_reference = true;
    if (bare_title) doc.mentions[idx].title = t.lower;
  }
}

// "the village of X", "the villages of X and Y": a place word and "of" before a name make it
// a place of that kind, whatever its words look like ("Sheikh Amir" is a village there).
// Lexicon names keep their own entry. Returns the mention, or kNone.
uint32_t EntityRecognizer::place_named_by_cue(Doc& doc, Part part, const Sentence& sentence) const {
  const auto& tokens = doc.tokens;
  auto lexicon_name = [&] { return gazetteer_.match_at(tokens, doc.article.text, part.begin, part.end).has_value(); };
  const uint32_t b = part.begin;
  if (b >= sentence.first_token + 2 && tokens[b - 1].lower == "of") {
    const ontology::Cue* cue = lex_.place_cue(tokens[b - 2].lower + " of", true);
    return cue && !lexicon_name() ? add_mention(doc, part, cue->type, "place-cue-of", 0.85f) : kNone;
  }
  // A later member of the list: "X and Y", "X, Y and Z" (after a comma only inside the
  // enumeration: in "the village of X, Hawar Sindi said" the name after it is no village).
  const bool after_and = b > sentence.first_token && tokens[b - 1].lower == "and";
  const bool enumerated = b > sentence.first_token && tokens[b - 1].lower == "," && part.end < sentence.end_token &&
                          (tokens[part.end].lower == "," || tokens[part.end].lower == "and");
  if ((after_and || enumerated) && !doc.mentions.empty() && doc.mentions.back().rule == "place-cue-of" &&
      doc.mentions.back().end_token == b - 1 && !lexicon_name()) {
    const std::string type = doc.mentions.back().type;
    return add_mention(doc, part, type, "place-cue-of", 0.85f);
  }
  return kNone;
}

// A title in lower case before a name ("the Iraqi prime minister X", "the country's
// president Y") belongs to it, and a mention just before the title is its affiliation.
void EntityRecognizer::attach_title_before(Doc& doc, uint32_t person, uint32_t name_begin,
                                           uint32_t sentence_index, std::vector<PositionFact>& facts) const {
  const Sentence& sentence = doc.sentences[sentence_index];
  for (uint32_t len = std::min<uint32_t>(static_cast<uint32_t>(lex_.max_title_words), name_begin - sentence.first_token);
       len >= 1; --len) {
    uint32_t begin = name_begin - len;
    if (title_length_at(doc, begin, name_begin) != len) continue;
    // A title never begins inside a name: in "the Kurdistan Democratic Party leader X" the
    // title is "leader", not "Party Leader".
    bool inside_name = false;
    for (const Mention& named : doc.mentions)
      inside_name = inside_name || (named.first_token < begin && begin < named.end_token);
    if (inside_name) continue;
    std::string title;
    for (uint32_t i = begin; i < name_begin; ++i) title += (i > begin ? " " : "") + doc.tokens[i].lower;
    doc.mentions[person].title = title;
    // The affiliation ends where the title begins, or inside the brackets before it: "the
    // Kurdistan Democratic Party (KDP) leader X" holds the post in what "KDP" names.
    const uint32_t affiliation_end = begin >= 2 && doc.tokens[begin - 1].lower == ")" ? begin - 1 : begin;
    for (uint32_t j = 0; j < doc.mentions.size(); ++j) {
      const Mention& a = doc.mentions[j];
      if (j != person && a.end_token == affiliation_end && !a.type.empty() && a.type != "Person") {
        if (!held_in_past(doc, a.first_token, name_begin)) facts.push_back({person, j, title, sentence_index});
        break;
      }
    }
    return;
  }
}

// "an official identified as X": phrases of one to three words.
bool EntityRecognizer::introduced_as_person(const Doc& doc, uint32_t name) const {
  std::string phrase;
  for (uint32_t words = 1; words <= 3 && words <= name; ++words) {
    const std::string& word = doc.tokens[name - words].lower;
    phrase = phrase.empty() ? word : word + " " + phrase;
    if (lex_.person_introducers.count(phrase)) return true;
  }
  return false;
}

// "former Syrian president X", "Iraq's late King Y", "Former President Z": a word of
// ontology/lexicons/former_post_cues.jsonl just before the affiliation and title, or among
// them, puts the post in the past; no holdsPositionIn is read off it.
bool EntityRecognizer::held_in_past(const Doc& doc, uint32_t first, uint32_t title_end) const {
  for (uint32_t i = first > 0 ? first - 1 : 0; i < title_end; ++i)
    if (lex_.former_post_cues.count(doc.tokens[i].lower)) return true;
  return false;
}

// Lexicon names written in lower case ("international coalition", "federal government")
// are never part of a capitalized chunk: look them up over the words no mention took.
void EntityRecognizer::add_lowercase_names(Doc& doc, const Sentence& sentence, std::vector<char>& taken) const {
  for (uint32_t i = sentence.first_token; i < sentence.end_token;) {
    const Token& t = doc.tokens[i];
    if (taken[i - sentence.first_token] || t.capitalized || !t.is_word) {
      ++i;
      continue;
    }
    auto m = gazetteer_.match_at(doc.tokens, doc.article.text, i, sentence.end_token);
    bool free = m.has_value();
    for (uint32_t k = i; free && k < m->end; ++k) free = !taken[k - sentence.first_token];
    if (!free) {
      ++i;
      continue;
    }
    uint32_t idx = add_mention(doc, {m->begin, m->end}, m->entry->type, "gazetteer-lower", 0.8f);
    doc.mentions[idx].canonical = m->entry->name;
    for (uint32_t k = m->begin; k < m->end; ++k) taken[k - sentence.first_token] = true;
    i = m->end;
  }
}

uint32_t EntityRecognizer::classify(Doc& doc, Part part, const std::string& title,
                                    bool title_case_line) const {
  const auto& tokens = doc.tokens;
  const std::string& text = doc.article.text;
  const auto [sentence_start, sentence_end] = [&]() -> std::pair<uint32_t, uint32_t> {
    // Sentences are in token order: the last one starting at or before the part.
    auto after = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), part.begin,
                                  [](uint32_t t, const Sentence& s) { return t < s.first_token; });
    if (after != doc.sentences.begin() && part.begin < std::prev(after)->end_token)
      return {std::prev(after)->first_token, std::prev(after)->end_token};
    return {0, static_cast<uint32_t>(tokens.size())};
  }();
  auto next_lower = [&](uint32_t at) -> const Token* {
    return at < sentence_end && !tokens[at].capitalized ? &tokens[at] : nullptr;
  };

  // 1. The whole part is a lexicon entry.
  // A lexicon name may run past the capitalized words into lower-case ones ("Iraqi
  // government", "US-led coalition"). Past this step, `at_begin` is also the answer to
  // match_at(part.begin, part.end): a name within the part is the longest one there.
  const auto at_begin = gazetteer_.match_at(tokens, text, part.begin, sentence_end);
  if (const auto& m = at_begin; m && m->end >= part.end) {
    part.end = m->end;
    const Token* after = next_lower(part.end);
    const std::string& type = m->entry->type;
    if (const ontology::Cue* cue = after ? lex_.place_cue(after->lower, false) : nullptr;
        cue && (type == "AdministrativeArea" || type == "City")) {
      // "Anbar province" names the province Anbar; "Makhmour district" names the district
      // around the town Makhmour, another entity than the town.
      uint32_t idx = add_mention(doc, {part.begin, part.end + 1}, cue->type, "gazetteer+cue", 0.9f);
      if (cue->type == type) doc.mentions[idx].canonical = m->entry->name;
      return idx;
    }
    uint32_t idx = add_mention(doc, part, type, "gazetteer", 0.95f);
    doc.mentions[idx].canonical = m->entry->name;
    return idx;
  }
  // "Iranian Revolutionary Guards": a country's demonym before a name the lexicon gives to a
  // body of that country is part of the name as written.
  if (part.end - part.begin > 1 && tokens[part.begin].is(ontology::kDemonym)) {
    const std::string& country = lex_.demonym_to_place.at(tokens[part.begin].lower);  // kDemonym: listed
    auto m = gazetteer_.match_at(tokens, text, part.begin + 1, sentence_end);
    if (m && m->end >= part.end && m->entry->in == country) {
      part.end = m->end;
      uint32_t idx = add_mention(doc, part, m->entry->type, "gazetteer+demonym", 0.9f);
      doc.mentions[idx].canonical = m->entry->name;
      return idx;
    }
  }
  if (title_case_line) {
    // Headlines: only lexicon entries inside are trusted.
    uint32_t last = kNone;
    for (uint32_t i = part.begin; i < part.end;) {
      if (auto m = gazetteer_.match_at(tokens, text, i, part.end)) {
        last = add_mention(doc, {m->begin, m->end}, m->entry->type, "gazetteer", 0.9f);
        doc.mentions[last].canonical = m->entry->name;
        i = m->end;
      } else {
        ++i;
      }
    }
    return last;
  }
  const Token& first = tokens[part.begin];
  const Token& last = tokens[part.end - 1];
  // 2. Organization heads.
  if (const ontology::Cue* head = lex_.org_head(last.lower, false)) {
    uint32_t idx = add_mention(doc, part, head->type, "org-head", 0.85f);
    // A head word alone ("the Council", "Coalition") refers back to a full name.
    doc.mentions[idx].is_reference = part.end - part.begin == 1;
    return idx;
  }
  const ontology::Cue* head_first = lex_.org_head(first.lower, true);
  if (!head_first && part.end - part.begin > 2 && tokens[part.begin + 1].is(ontology::kNameConnector))
    head_first = lex_.org_head(first.lower, false);  // "Ministry of X", "Council of Y"
  if (const ontology::Cue* head = head_first; head && part.end - part.begin > 1) {
    return add_mention(doc, part, head->type, "org-head-first", 0.85f);
  }
  // 3. Place and event cues.
  // A demonym or ethnic adjective with a cue word is a description, not a name
  // ("Iranian attacks", "the Kurdish region", "the Turkish state").
  const bool adjective_only = part.end - part.begin == 1 &&
                              (first.is(ontology::kDemonym) || first.is(ontology::kEthnicAdjective));
  if (const Token* after = next_lower(part.end); after && !adjective_only) {
    if (const ontology::Cue* cue = lex_.place_cue(after->lower, false))
      return add_mention(doc, {part.begin, part.end + 1}, cue->type, "place-cue", 0.85f);
    if (const ontology::Cue* cue = lex_.event_cue(after->lower, false))
      return add_mention(doc, {part.begin, part.end + 1}, cue->type, "event-cue", 0.8f);
    // "Peshmerga forces", "Iraqi military": a known name or a country's demonym before a
    // lower-case head; an ethnic adjective ("Kurdish presidency") names no organization.
    bool known_modifier = at_begin.has_value() || first.is(ontology::kDemonym);
    if (const ontology::Cue* head = lex_.org_head(after->lower, false);
        head && part.end - part.begin <= 2 && known_modifier)
      return add_mention(doc, {part.begin, part.end + 1}, head->type, "org-head-lower", 0.7f);
    // "the Biden administration": a leader's name before an eponymous head names that
    // leader's government ("New administration officials": a capitalized sentence opener
    // from the dictionary is no name).
    const bool dictionary_opener = part.begin == sentence_start && first.is(ontology::kCommonWord);
    if (const ontology::Cue* head = lex_.eponymous_head(after->lower);
        head && part.end - part.begin <= 3 && !known_modifier && !dictionary_opener)
      return add_mention(doc, {part.begin, part.end + 1}, head->type, "eponymous-head", 0.7f);
  } else if (const Token* after_adjective = next_lower(part.end); after_adjective && adjective_only) {
    // "Iraqi forces", "the Iraqi government": a country's own armed forces or government.
    const ontology::Cue* head = lex_.org_head(after_adjective->lower, false);
    if (head && first.is(ontology::kDemonym) &&
        (head->type == "MilitaryOrganization" || head->type == "GovernmentOrganization"))
      return add_mention(doc, {part.begin, part.end + 1}, head->type, "org-head-lower", 0.7f);
  }
  if (part.end - part.begin > 1) {
    if (const ontology::Cue* cue = lex_.place_cue(first.lower, true))
      return add_mention(doc, part, cue->type, "place-cue", 0.85f);
    if (const ontology::Cue* cue = lex_.event_cue(first.lower, true))
      return add_mention(doc, part, cue->type, "event-cue", 0.85f);
  }
  // 4. Several lexicon entries side by side ("Erbil Baghdad"): emit each.
  bool has_entry = at_begin.has_value();
  for (uint32_t i = part.begin + 1; i < part.end && !has_entry; ++i)
    has_entry = gazetteer_.match_at(tokens, text, i, part.end).has_value();
  uint32_t n = part.end - part.begin;
  bool single = n == 1;
  if (single && first.is(ontology::kEthnicAdjective)) return kNone;
  if (auto country = lex_.demonym_to_place.find(first.lower);
      single && country != lex_.demonym_to_place.end()) {
    // "Iraqi", "Turkish": not a name, but a reference to the country it derives from, usable
    // as a relation end ("Turkish Ambassador X", "the Turkish offensive targets Y").
    const ontology::NamedEntry* entry = gazetteer_.lookup(country->second);
    if (!entry) return kNone;
    uint32_t idx = add_mention(doc, part, entry->type, "demonym", 0.6f);
    doc.mentions[idx].canonical = entry->name;
    doc.mentions[idx].is_reference = true;
    return idx;
  }
  // Adjectives of origin side by side ("Syrian Kurdish-led forces", "Iraqi Arab") describe;
  // they name no one.
  bool origin_adjectives_only = true;
  for (uint32_t i = part.begin; i < part.end; ++i)
    origin_adjectives_only = origin_adjectives_only && tokens[i].is(ontology::kDemonym | ontology::kEthnicAdjective);
  if (origin_adjectives_only && !has_entry) return kNone;
  // 5. People.
  bool given = first.is(ontology::kGivenName);
  bool particle = false, dictionary_words = false;
  for (uint32_t i = part.begin; i < part.end; ++i) {
    particle = particle || tokens[i].is(ontology::kNameParticle);
    if (tokens[i].is_word && tokens[i].lower.size() > 1 && tokens[i].is(ontology::kCommonWord) &&
        !tokens[i].is(ontology::kGivenName))
      dictionary_words = true;
  }
  const Token* after = part.end < sentence_end ? &tokens[part.end] : nullptr;
  bool verb_after = after && lex_.person_verbs.count(after->lower);
  // "kept X as foreign minister", "named X as the envoy": a name of two words or more in
  // the role of a title is a person's, even one that begins like a place ("Taif Sami").
  bool in_role = false;
  if (!single && after && after->lower == "as") {
    uint32_t role = part.end + 1;
    if (role < sentence_end && tokens[role].is(ontology::kDeterminer)) ++role;
    in_role = title_length_at(doc, role, sentence_end) > 0;
  }
  if (!title.empty() || given || in_role || (particle && !has_entry) ||
      (!single && !dictionary_words && !has_entry)) {
    return add_mention(doc, part, "Person", title.empty() ? "person-shape" : "person-title",
                       title.empty() ? 0.75f : 0.9f);
  }
  if (has_entry) {
    // Lexicon names side by side with other names ("Kurdistan Region Firstname Lastname"):
    // each lexicon name stands alone and each run between them is classified by itself.
    uint32_t last_index = kNone;
    uint32_t gap = part.begin;
    for (uint32_t i = part.begin; i < part.end;) {
      auto m = gazetteer_.match_at(tokens, text, i, part.end);
      if (!m) {
        ++i;
        continue;
      }
      // A name never ends in a connector ("French Consulate in" + "Erbil") nor begins with a
      // possessive ("Kurdistan Region" + "'s" + "Ministry of X").
      uint32_t gap_end = i;
      while (gap_end > gap && tokens[gap_end - 1].is(ontology::kNameConnector)) --gap_end;
      if (gap < gap_end && tokens[gap].capitalized) last_index = classify(doc, {gap, gap_end}, "", false);
      // "Avasin-Basyan": a lexicon name hyphened to a word that is no lexicon name is one
      // compound name of the same kind ("Erbil-Baghdad" stays two).
      const uint32_t hyphen = m->end;
      if (hyphen + 1 < part.end && tokens[hyphen].lower == "-" && !tokens[hyphen].space_before &&
          !tokens[hyphen + 1].space_before && tokens[hyphen + 1].capitalized &&
          !gazetteer_.match_at(tokens, text, hyphen + 1, part.end)) {
        last_index = add_mention(doc, {m->begin, hyphen + 2}, m->entry->type, "gazetteer-compound", 0.8f);
        i = gap = hyphen + 2;
        continue;
      }
      last_index = add_mention(doc, {m->begin, m->end}, m->entry->type, "gazetteer", 0.9f);
      doc.mentions[last_index].canonical = m->entry->name;
      i = gap = m->end;
    }
    if (gap < part.end && tokens[gap].capitalized) last_index = classify(doc, {gap, part.end}, "", false);
    return last_index;
  }
  if (single) {
    // Unknown single word: resolve/ links it to a full name or an acronym, or drops it;
    // a reporting verb after it or "identified as" before it make it a person.
    const bool person = verb_after || introduced_as_person(doc, part.begin);
    uint32_t idx = add_mention(doc, part, person ? "Person" : "", "bare-word", 0.5f);
    doc.mentions[idx].is_reference = !person;
    return idx;
  }
  return add_mention(doc, part, "Organization", "capitalized-phrase", 0.5f);
}

}  // namespace newsgraph::extract
