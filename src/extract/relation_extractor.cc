#include "extract/relation_extractor.h"

#include <set>
#include <tuple>

#include "resolve/in_document.h"

namespace newsgraph::extract {

bool RelationExtractor::negated(const Doc& doc, const Sentence& sentence,
                                const PatternMatch& match) const {
  // Look from a few words before the match to its end: "did not meet", "no attacks on".
  constexpr uint32_t kLookBehind = 4;
  uint32_t from = match.first_token > sentence.first_token + kLookBehind
                      ? match.first_token - kLookBehind
                      : sentence.first_token;
  // The negation and hypothetical cues are marked kModalityCue when the knowledge loads.
  // Capitalized inside a sentence, a cue word is a name ("on May 2": the month).
  for (uint32_t i = from; i < match.end_token; ++i)
    if (doc.tokens[i].is(ontology::kModalityCue) && (!doc.tokens[i].capitalized || i == sentence.first_token))
      return true;
  return false;
}

void RelationExtractor::extract(Doc& doc, const std::vector<PositionFact>& facts) const {
  MentionIndex index = matcher_.index_mentions(doc, patterns_);

  std::set<std::tuple<uint32_t, std::string, uint32_t>> seen;  // (subject root, predicate, object root)
  // A sentence's event date, found once however many relations it states.
  std::vector<std::string> sentence_dates(doc.sentences.size());
  std::vector<char> dated(doc.sentences.size(), 0);
  const PublicationDate published = publication_date(doc.meta.date);
  auto add = [&](uint32_t s, uint32_t o, const std::string& predicate, const std::string& rule,
                 float confidence, const std::string& qualifier, uint32_t sentence_index) {
    uint32_t rs = resolve::root_mention(doc, s), ro = resolve::root_mention(doc, o);
    if (rs == ro) return;
    if (!seen.insert({rs, predicate, ro}).second) return;
    const Sentence& sentence = doc.sentences[sentence_index];
    RelationMention r;
    r.subject = s;
    r.object = o;
    r.predicate = predicate;
    r.rule = rule;
    r.confidence = confidence;
    r.qualifier = qualifier;
    r.evidence = sentence.span;
    if (!dated[sentence_index]) {
      sentence_dates[sentence_index] = event_date(doc, sentence, published, dates_);
      dated[sentence_index] = 1;
    }
    r.date = sentence_dates[sentence_index];
    doc.relations.push_back(std::move(r));
  };

  for (const PositionFact& f : facts)
    if (f.person != kNone && f.affiliation != kNone)
      add(f.person, f.affiliation, "holdsPositionIn", "title-in-name", kTitleFactConfidence, f.title,
          f.sentence);

  std::vector<uint32_t> last_start;  // per pattern: the last token a match can start at
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    // Headlines are telegraphic ("X, Y discuss Z": the comma means "and"); the body
    // states the same facts in full sentences.
    if (!doc.meta.headline.empty() && doc.text(sentence.span) == doc.meta.headline) continue;
    // Every pattern binds a subject and an object: a sentence where fewer than two
    // mentions begin states no relation between two entities.
    uint32_t mention_starts = 0;
    for (uint32_t t = sentence.first_token; t < sentence.end_token && mention_starts < 2; ++t)
      mention_starts += index.mention_at[t] != kNone;
    if (mention_starts < 2) continue;
    matcher_.prepare_sentence(doc, sentence, index);
    bool has_title = false;
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) has_title = has_title || doc.tokens[t].title_words;
    patterns_.filter.scan(doc.tokens, sentence.first_token, sentence.end_token, has_title, index.words,
                          last_start);
    for (size_t pi = 0; pi < patterns_.patterns.size(); ++pi) {
      if (last_start[pi] == kNone) continue;
      const RelationPattern& pattern = patterns_.patterns[pi];
      for (const PatternMatch& m : matcher_.match(doc, sentence, pattern, index, last_start[pi])) {
        if (!pattern.allow_negation && negated(doc, sentence, m)) continue;
        for (uint32_t s : m.subjects)
          for (uint32_t o : m.objects)
            add(s, o, pattern.predicate, pattern.id, pattern.confidence, m.qualifier, si);
        for (size_t a = 0; a < m.both.size(); ++a)
          for (size_t b = a + 1; b < m.both.size(); ++b)
            add(m.both[a], m.both[b], pattern.predicate, pattern.id, pattern.confidence, m.qualifier, si);
      }
    }
  }
}

}  // namespace newsgraph::extract
