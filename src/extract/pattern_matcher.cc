#include "extract/pattern_matcher.h"

#include "resolve/in_document.h"

namespace newsgraph::extract {

// Backtracking undoes a failed branch by truncating what it appended, rather than by
// copying the whole state before every branch.
struct PatternMatcher::State {
  PatternMatch match;                       // qualifier filled from the title range at the end
  uint32_t title_begin = 0, title_end = 0;  // tokens of the title an element matched
  // The mentions of the entity lists being tried, a stack: each entity element pushes its
  // list and pops it when it returns, so no attempt allocates one.
  std::vector<uint32_t> members;

  struct Mark {
    size_t subjects, objects, both;
    uint32_t title_begin, title_end;
  };
  Mark mark() const {
    return {match.subjects.size(), match.objects.size(), match.both.size(), title_begin, title_end};
  }
  void restore(const Mark& m) {
    match.subjects.resize(m.subjects);
    match.objects.resize(m.objects);
    match.both.resize(m.both);
    title_begin = m.title_begin;
    title_end = m.title_end;
  }
};

namespace {

// Whether an entity element accepts the mention as a relation end.
bool entity_ok(const MentionIndex& index, uint32_t mention, const PatternElement& e) {
  return ((e.demonym ? index.demonym_end_classes : index.end_classes)[mention] & e.class_bits) != 0;
}

}  // namespace

// Titles are not part of person mentions and determiners not part of any: an entity
// element looks past "the", "Governor", "the Iraqi Army"'s "the" to the mention itself,
// and past an affiliation and a title ("Iraqi Foreign Minister Y") to the person.
uint32_t PatternMatcher::skip_determiner_and_title(const Doc& doc, uint32_t at, uint32_t end,
                                                   const MentionIndex& index) const {
  const std::vector<uint32_t>& mention_at = index.mention_at;
  auto past_determiners = [&](uint32_t pos) {
    while (pos < end && mention_at[pos] == kNone && doc.tokens[pos].is(ontology::kDeterminer)) ++pos;
    return pos;
  };
  // Past a place or body named before a title, with the alias the text gives it in brackets.
  auto past_affiliation = [&](uint32_t m) {
    const uint32_t after = doc.mentions[m].end_token;
    return past_bracketed_alias(doc, index, m, after, end);
  };
  auto is_person_at = [&](uint32_t pos) {
    return pos < end && mention_at[pos] != kNone && doc.mentions[mention_at[pos]].type == "Person";
  };
  // The person after a title at `from` ("Foreign Minister X", "Foreign Minister of Iraq X"),
  // if a title starts there and a person follows it.
  auto titled_person = [&](uint32_t from) -> uint32_t {
    const uint32_t len = from < end ? title_length(doc, from, end) : 0;
    if (!len) return kNone;
    uint32_t pos = from + len;
    if (is_person_at(pos)) return pos;
    if (pos < end && (doc.tokens[pos].lower == "of" || doc.tokens[pos].lower == "for")) {
      pos = past_determiners(pos + 1);
      if (pos < end && mention_at[pos] != kNone && !is_person_at(pos) && is_person_at(past_affiliation(mention_at[pos])))
        return past_affiliation(mention_at[pos]);
    }
    return kNone;
  };
  uint32_t pos = past_determiners(at);
  if (pos < end && mention_at[pos] == kNone) {
    if (uint32_t person = titled_person(pos); person != kNone) pos = person;
  } else if (pos < end && doc.mentions[mention_at[pos]].type != "Person") {
    // "the U.S. Secretary of State X", "Iraqi Foreign Minister Y", "the KDP (KDP) leader Z":
    // the place or body is the person's affiliation; the person is the one acting or met.
    if (uint32_t person = titled_person(past_affiliation(mention_at[pos])); person != kNone) pos = person;
  }
  return pos < end && mention_at[pos] != kNone ? pos : at;
}

// "in Iraq", "of the Kurdistan Region": an entity governed by a preposition (a determiner
// may stand between) is not the subject of the clause.
bool PatternMatcher::in_prepositional_phrase(const Doc& doc, uint32_t mention) const {
  uint32_t t = doc.mentions[mention].first_token;
  while (t > 0 && doc.tokens[t - 1].is(ontology::kDeterminer)) --t;
  return t > 0 && doc.tokens[t - 1].is(ontology::kPreposition);
}

bool PatternMatcher::possessor_of_trigger(const Doc& doc, const RelationPattern& pattern, uint32_t after,
                                          uint32_t end) const {
  if (after + 1 >= end || doc.tokens[after].lower != "'s") return false;
  for (size_t i = 1; i < pattern.elements.size(); ++i) {
    const PatternElement& e = pattern.elements[i];
    if (e.kind == ElementKind::kSkip) continue;
    if (e.kind == ElementKind::kWord && e.accepts_word("'s")) continue;
    return e.kind == ElementKind::kWord && e.accepts_word(doc.tokens[after + 1].lower);
  }
  return false;
}

uint32_t PatternMatcher::past_bracketed_alias(const Doc& doc, const MentionIndex& index, uint32_t mention,
                                              uint32_t after, uint32_t end) const {
  if (after + 2 >= end || doc.tokens[after].lower != "(") return after;
  const Mention& named = doc.mentions[mention];
  if (!named.acronym.empty()) return doc.tokens[after + 2].lower == ")" ? after + 3 : after;
  const uint32_t inside = index.mention_at[after + 1];
  if (inside == kNone || named.canonical.empty() || doc.mentions[inside].canonical != named.canonical) return after;
  const uint32_t close = doc.mentions[inside].end_token;
  return close < end && doc.tokens[close].lower == ")" ? close + 1 : after;
}

uint32_t PatternMatcher::past_titled_apposition(const Doc& doc, const MentionIndex& index, uint32_t at,
                                                uint32_t end) const {
  const std::vector<uint32_t>& mention_at = index.mention_at;
  auto past_determiners = [&](uint32_t pos) {
    while (pos < end && mention_at[pos] == kNone && doc.tokens[pos].is(ontology::kDeterminer)) ++pos;
    return pos;
  };
  if (at >= end || doc.tokens[at].lower != ",") return at;
  uint32_t pos = past_determiners(at + 1);
  // An affiliation before the title: "Iraq's foreign minister", "the Iraqi foreign minister".
  if (pos < end && mention_at[pos] != kNone && !title_length(doc, pos, end)) {
    if (doc.mentions[mention_at[pos]].type == "Person") return at;
    pos = doc.mentions[mention_at[pos]].end_token;
    if (pos < end && doc.tokens[pos].lower == "'s") ++pos;
  }
  const uint32_t title = pos < end ? title_length(doc, pos, end) : 0;
  if (!title) return at;
  pos += title;
  // The body the title is held in: "of the Kurdistan Workers' Party (PKK)".
  if (pos < end && (doc.tokens[pos].lower == "of" || doc.tokens[pos].lower == "for" || doc.tokens[pos].lower == "at")) {
    pos = past_determiners(pos + 1);
    if (pos >= end || mention_at[pos] == kNone) return at;
    const uint32_t body = mention_at[pos];
    pos = doc.mentions[body].end_token;
    pos = past_bracketed_alias(doc, index, body, pos, end);
  }
  return pos < end && doc.tokens[pos].lower == "," ? pos + 1 : at;
}

MentionIndex PatternMatcher::index_mentions(const Doc& doc, const RelationPatterns& patterns) const {
  const size_t count = doc.tokens.size();
  MentionIndex index;
  index.mention_at.assign(count, kNone);
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    uint32_t first = doc.mentions[i].first_token;
    if (first < count && index.mention_at[first] == kNone) index.mention_at[first] = i;
  }
  index.end_classes.assign(doc.mentions.size(), 0);
  index.demonym_end_classes.assign(doc.mentions.size(), 0);
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.type.empty()) continue;
    const Mention& root = doc.mentions[resolve::root_mention(doc, i)];
    const auto bits = patterns.entity_class_bits.find(root.type.empty() ? m.type : root.type);
    const uint64_t classes = bits == patterns.entity_class_bits.end() ? 0 : bits->second;
    // A reference nothing resolved stands for no entity, unless it names a capital for its
    // government or (for elements that take demonyms) a demonym for its country.
    const bool unresolved = m.is_reference && m.antecedent == kNone && !m.is_metonym;
    index.end_classes[i] = unresolved ? 0 : classes;
    index.demonym_end_classes[i] = unresolved && m.canonical.empty() ? 0 : classes;
  }
  index.entity_at.assign(count, kNone);
  return index;
}

void PatternMatcher::prepare_sentence(Doc& doc, const Sentence& sentence, MentionIndex& index) const {
  const size_t count = doc.tokens.size();
  for (uint32_t at = sentence.first_token; at < sentence.end_token; ++at) {
    Token& token = doc.tokens[at];
    token.title_words = 0;
    if (!token.is(ontology::kTitleStart)) continue;
    size_t words = lex_.longest_title(std::min<size_t>(count - at, 254),
                                      [&](size_t i) -> const std::string& { return doc.tokens[at + i].lower; });
    token.title_words = static_cast<uint8_t>(words);
  }
  for (uint32_t at = sentence.first_token; at < sentence.end_token; ++at)
    index.entity_at[at] = skip_determiner_and_title(doc, at, sentence.end_token, index);
}

uint32_t PatternMatcher::title_length(const Doc& doc, uint32_t at, uint32_t end) const {
  // Capitalized or not, a title may carry modifiers before its head ("Deputy Press
  // Secretary", "national security advisor"): take the longest run ending in a title.
  // Function words and verbs are no modifiers: in "X, and the head of Y" the title is
  // "head", in "X urged Spokesperson Y" it is "Spokesperson".
  uint32_t best = 0;
  for (uint32_t start = at; start < end && start < at + 4; ++start) {
    uint32_t len = doc.tokens[start].title_words;
    if (len && start + len <= end) best = std::max(best, start + len - at);
    if (!doc.tokens[start].is_word || doc.tokens[start].is(ontology::kStopword | ontology::kPersonVerb)) break;
  }
  return best;
}

// Whether the person named from `at` on carries the title just before `at`, maybe past its
// host or body: "[title] Z", "[title] to Iraq Z", "[title] of the Council Z".
bool PatternMatcher::titles_next_person(const Doc& doc, const MentionIndex& index, uint32_t at,
                                        uint32_t end) const {
  const std::vector<uint32_t>& mention_at = index.mention_at;
  if (at < end && mention_at[at] == kNone &&
      (doc.tokens[at].lower == "to" || doc.tokens[at].lower == "of" || doc.tokens[at].lower == "for")) {
    ++at;
    if (at < end && doc.tokens[at].is(ontology::kDeterminer)) ++at;
    if (at < end && mention_at[at] != kNone && doc.mentions[mention_at[at]].type != "Person")
      at = doc.mentions[mention_at[at]].end_token;
  }
  return at < end && mention_at[at] != kNone && doc.mentions[mention_at[at]].type == "Person";
}

bool PatternMatcher::match_from(const Doc& doc, const RelationPattern& pattern, size_t element,
                                uint32_t at, uint32_t end, const MentionIndex& index,
                                State& state) const {
  if (element == pattern.elements.size()) {
    state.match.end_token = at;
    return true;
  }
  const PatternElement& e = pattern.elements[element];
  if (!e.optional) return match_required(doc, pattern, element, at, end, index, state);
  // Optional: consume it when the rest still matches, otherwise go on without it.
  const State::Mark saved = state.mark();
  if (match_required(doc, pattern, element, at, end, index, state)) return true;
  state.restore(saved);
  return match_from(doc, pattern, element + 1, at, end, index, state);
}

bool PatternMatcher::match_required(const Doc& doc, const RelationPattern& pattern, size_t element,
                                    uint32_t at, uint32_t end,
                                    const MentionIndex& index, State& state) const {
  const std::vector<uint32_t>& mention_at = index.mention_at;
  const PatternElement& e = pattern.elements[element];
  if (at >= end) return false;
  switch (e.kind) {
    case ElementKind::kWord:
      if (!e.accepts(index.words.id(at), doc.tokens[at].lower)) return false;
      return match_from(doc, pattern, element + 1, at + 1, end, index, state);
    case ElementKind::kTitle: {
      uint32_t len = title_length(doc, at, end);
      if (!len) return false;
      state.title_begin = at;
      state.title_end = at + len;
      return match_from(doc, pattern, element + 1, at + len, end, index, state);
    }
    case ElementKind::kSkip: {
      for (uint32_t n = 0; n <= e.max_skip && at + n <= end; ++n) {
        // Never skip over an entity, except a named event ("launched Operation X in Y").
        if (n > 0 && mention_at[at + n - 1] != kNone &&
            vocab_.coarse_of(doc.mentions[mention_at[at + n - 1]].type) != "EVT")
          break;
        // Nor into a subordinate clause: in "X told Y that the meeting brought together Z",
        // Y is not the one meeting Z.
        if (n > 0 && doc.tokens[at + n - 1].is(ontology::kClauseOpener)) break;
        const State::Mark saved = state.mark();
        if (match_from(doc, pattern, element + 1, at + n, end, index, state)) return true;
        state.restore(saved);
      }
      return false;
    }
    case ElementKind::kEntity: {
      const size_t base = state.members.size();
      const bool matched = match_entity(doc, pattern, element, index.entity_at[at], end, index, base, state);
      state.members.resize(base);
      return matched;
    }
  }
  return false;
}

// The entity element `element` from token `pos` on; its mentions go on state.members after
// `base`.
bool PatternMatcher::match_entity(const Doc& doc, const RelationPattern& pattern, size_t element,
                                  uint32_t pos, uint32_t end, const MentionIndex& index, size_t base,
                                  State& state) const {
  const std::vector<uint32_t>& mention_at = index.mention_at;
  const PatternElement& e = pattern.elements[element];
  std::vector<uint32_t>& members = state.members;
  const auto count = [&] { return members.size() - base; };
  bool closed_by_and = false;
  while (pos < end) {
    uint32_t m = mention_at[pos];
    if (m == kNone || !entity_ok(index, m, e)) break;
    members.push_back(m);
    pos = doc.mentions[m].end_token;
    if (!e.list || pos >= end) break;
    // "X, Y and Z" / "X and Y"
    uint32_t next = pos;
    if (doc.tokens[next].lower == ",") ++next;
    closed_by_and = next < end && doc.tokens[next].lower == "and";
    if (closed_by_and) ++next;
    if (next == pos) break;
    if (next >= end) break;
    next = index.entity_at[next];
    if (next >= end || mention_at[next] == kNone) break;
    pos = next;
  }
  if (count() == 0) return false;
  // "X, the Y of Z": without "and" before the last member, two names joined by a comma
  // make an apposition; three or more are an enumeration whose end went unrecognized
  // ("Sinjar, Qandil, Zap, Karacak and Hakurk").
  if (count() == 2 && !closed_by_and) {
    uint32_t last = members.back();
    bool joined = false;
    for (uint32_t t = doc.mentions[members[members.size() - 2]].end_token; t < doc.mentions[last].first_token; ++t)
      joined = joined || doc.tokens[t].lower == "and";
    if (!joined) members.resize(base + 1);
  }
  // A clause-initial subject ("X met Y") is never the object of a preposition; patterns
  // that place the agent after "by" or "between" say so by where they put it.
  // A possessor is the agent of the noun it governs, whatever preposition stands before
  // it: "after X's meeting with Y".
  if (e.role == Role::kSubject && element == 0 && !pattern.apposition &&
      in_prepositional_phrase(doc, members[base]) &&
      !possessor_of_trigger(doc, pattern, doc.mentions[members.back()].end_token, end))
    return false;
  // Try the longest list first, then shorter prefixes (the elements after this one push
  // their lists above ours, so ours stays put; read it by index, as pushing may move it).
  for (size_t keep = count(); keep >= 1; --keep) {
    const State::Mark saved = state.mark();
    auto& target = e.role == Role::kSubject  ? state.match.subjects
                   : e.role == Role::kObject ? state.match.objects
                                             : state.match.both;
    if (e.role != Role::kNone)
      target.insert(target.end(), members.begin() + base, members.begin() + base + keep);
    uint32_t after = doc.mentions[members[base + keep - 1]].end_token;
    // "the Kurdistan Democratic Party (KDP), X": the acronym the text defines in brackets
    // belongs to the name before it, and so does a bracketed alias of the same entity.
    after = past_bracketed_alias(doc, index, members[base + keep - 1], after, end);
    // "received Iraq's Advisor X": a possessor is not the object, unless the pattern
    // itself goes on with the possessive ("Iraq's Sinjar").
    bool pattern_takes_possessive = element + 1 < pattern.elements.size() &&
                                    pattern.elements[element + 1].kind == ElementKind::kWord &&
                                    pattern.elements[element + 1].accepts_word("'s");
    if ((e.role == Role::kObject || e.role == Role::kBoth) && after < end &&
        doc.tokens[after].lower == "'s" && !pattern_takes_possessive)
      continue;
    // "X, the spokesperson of Y, met Z": the clause goes on past a titled apposition of its
    // subject.
    if (e.role == Role::kSubject && element == 0 && !pattern.apposition &&
        doc.mentions[members[base + keep - 1]].type == "Person") {
      const uint32_t past = past_titled_apposition(doc, index, after, end);
      const State::Mark with_members = state.mark();
      if (past != after && match_from(doc, pattern, element + 1, past, end, index, state)) return true;
      state.restore(with_members);
    }
    if (match_from(doc, pattern, element + 1, after, end, index, state)) return true;
    state.restore(saved);
  }
  return false;
}

std::vector<PatternMatch> PatternMatcher::match(const Doc& doc, const Sentence& sentence,
                                                const RelationPattern& pattern, const MentionIndex& index,
                                                uint32_t last_start) const {
  std::vector<PatternMatch> out;
  // Most patterns open with an entity: only tokens where one begins can start a match.
  const PatternElement& opening = pattern.elements.front();
  const bool opens_with_entity = opening.kind == ElementKind::kEntity && !opening.optional;
  State state;
  // The names inside a person's titled apposition ("X, the spokesperson of the PKK (PKK),
  // met Y") take no part in the clause around it: X met Y, not the PKK.
  uint32_t apposition_begin = 0, apposition_end = 0;
  uint32_t tried_entity = kNone;  // where the opening entity of the last attempt stood
  bool matched = false;
  for (uint32_t start = sentence.first_token; start < sentence.end_token && start <= last_start; ++start) {
    if (start >= apposition_end && !pattern.apposition) {
      if (const uint32_t m = index.mention_at[start]; m != kNone && doc.mentions[m].type == "Person") {
        apposition_begin = doc.mentions[m].end_token;
        apposition_end = past_titled_apposition(doc, index, apposition_begin, sentence.end_token);
      }
    }
    if (start >= apposition_begin && start < apposition_end) continue;
    if (opens_with_entity && index.mention_at[index.entity_at[start]] == kNone) continue;
    // Such a pattern reads its start only through entity_at, and a determiner or title
    // ("the", "Governor") leads to the entity after it: from the entity itself the attempt
    // would repeat the last one, with the same outcome; only the first token differs.
    if (!opens_with_entity || index.entity_at[start] != tried_entity) {
      tried_entity = index.entity_at[start];
      state.restore({0, 0, 0, 0, 0});
      matched = match_from(doc, pattern, 0, start, sentence.end_token, index, state);
    }
    if (!matched) continue;
    state.match.first_token = start;
    // "Y, U.S. Ambassador to Iraq Z": a title closing an apposition of Y but leading into a
    // name is that name's title; Y holds no post by it.
    if (pattern.apposition && state.title_end > state.title_begin && !state.match.subjects.empty() &&
        doc.mentions[state.match.subjects.front()].end_token <= state.title_begin &&
        titles_next_person(doc, index, state.match.end_token, sentence.end_token))
      continue;
    PatternMatch& found = out.emplace_back(state.match);
    for (uint32_t i = state.title_begin; i < state.title_end; ++i) {
      if (i > state.title_begin) found.qualifier += ' ';
      found.qualifier += doc.text(doc.tokens[i].span);
    }
  }
  return out;
}

}  // namespace newsgraph::extract
