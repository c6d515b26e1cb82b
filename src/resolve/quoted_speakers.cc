#include "resolve/quoted_speakers.h"

#include <algorithm>
#include <vector>

#include "nlp/quotations.h"
#include "resolve/in_document.h"

namespace newsgraph::resolve {
namespace {

constexpr const char* kRule = "quoted-speaker";
// How far an attribution may stand from its quotation mark or its speech verb: "said
// Foreign Ministry spokesman X", "X said in a statement on Monday: '...'".
constexpr uint32_t kMaxAttributionWords = 6;
// An apposition between a speaker and the verb: "X, the spokesman of the ministry, said".
constexpr uint32_t kMaxAppositionWords = 12;

class Attribution {
 public:
  Attribution(const Doc& doc, const ontology::Lexicons& lex)
      : doc_(doc), lex_(lex), starting_(doc.tokens.size(), kNone), ending_(doc.tokens.size(), kNone) {
    for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
      const Mention& m = doc.mentions[i];
      if (m.rule == kRule || m.end_token <= m.first_token) continue;
      if (starting_[m.first_token] == kNone) starting_[m.first_token] = i;
      ending_[m.end_token - 1] = i;
    }
  }

  // The mention naming the speaker of `q`, or kNone.
  uint32_t speaker_of(const Quotation& q) const {
    uint32_t after = q.closed ? speaker_after(q.end + 1) : kNone;
    return after != kNone ? after : speaker_before(q.open);
  }

 private:
  bool speech_verb(uint32_t t) const { return lex_.speech_verbs.count(doc_.tokens[t].lower) > 0; }
  bool punctuation(uint32_t t) const { return !doc_.tokens[t].is_word; }

  // The end of the sentence holding token t.
  uint32_t sentence_end(uint32_t t) const {
    auto it = std::partition_point(doc_.sentences.begin(), doc_.sentences.end(),
                                   [t](const Sentence& s) { return s.end_token <= t; });
    return it == doc_.sentences.end() ? static_cast<uint32_t>(doc_.tokens.size()) : it->end_token;
  }

  // After the closing mark: "..., X said", "..., said X", "...," the ministry's spokesman said.
  uint32_t speaker_after(uint32_t at) const {
    const uint32_t end = sentence_end(at);
    if (at < end && doc_.tokens[at].lower == ",") ++at;
    if (at >= end) return kNone;
    if (speech_verb(at)) return named_after_verb(at + 1, end);
    for (uint32_t m : name_phrase(at, end)) {
      uint32_t next = doc_.mentions[m].end_token;
      // "X, the ministry's spokesman, said"
      if (next < end && doc_.tokens[next].lower == "," && doc_.mentions[m].type == "Person") {
        const uint32_t comma = closing_comma(next, end);
        if (comma == kNone) continue;
        next = comma + 1;
      }
      if (next < end && speech_verb(next)) return m;
    }
    return kNone;
  }

  // The comma closing an apposition opened by the comma at `comma`, or kNone.
  uint32_t closing_comma(uint32_t comma, uint32_t end) const {
    for (uint32_t t = comma + 1; t < end && t <= comma + kMaxAppositionWords; ++t)
      if (doc_.tokens[t].lower == ",") return t;
    return kNone;
  }

  // "said Foreign Ministry spokesman X": the first person of the name phrase after the verb,
  // else a body that is the whole phrase ("said the Interior Ministry in a statement").
  uint32_t named_after_verb(uint32_t at, uint32_t end) const {
    const std::vector<uint32_t> named = name_phrase(at, end);
    for (uint32_t m : named)
      if (doc_.mentions[m].type == "Person") return m;
    if (named.size() != 1) return kNone;
    const uint32_t next = doc_.mentions[named[0]].end_token;
    return next >= end || punctuation(next) || doc_.tokens[next].is(ontology::kPreposition) ? named[0] : kNone;
  }

  // The mentions of the name phrase starting at `at`: determiners, titles, capitalized words
  // and names, a few words at most; a preposition or punctuation ends it ("said in Erbil").
  std::vector<uint32_t> name_phrase(uint32_t at, uint32_t end) const {
    std::vector<uint32_t> named;
    for (uint32_t t = at; t < end && t < at + kMaxAttributionWords;) {
      if (const uint32_t m = starting_[t]; m != kNone) {
        named.push_back(m);
        t = doc_.mentions[m].end_token;
        continue;
      }
      const Token& token = doc_.tokens[t];
      if (!token.is_word || token.is(ontology::kPreposition)) break;
      if (!token.capitalized && !token.is(ontology::kDeterminer | ontology::kTitle | ontology::kTitleStart)) break;
      ++t;
    }
    return named;
  }

  // "X said", "X, the ministry's spokesman, said".
  uint32_t named_before_verb(uint32_t verb) const {
    if (ending_[verb - 1] != kNone || doc_.tokens[verb - 1].lower != ",") return ending_[verb - 1];
    for (uint32_t t = verb - 1; t-- > 1 && t + kMaxAppositionWords >= verb && !doc_.tokens[t + 1].sentence_start;) {
      if (doc_.tokens[t].lower != ",") continue;
      const uint32_t m = ending_[t - 1];
      return m != kNone && doc_.mentions[m].type == "Person" ? m : kNone;
    }
    return kNone;
  }

  // Before the opening mark: "X said: '...'", "X said in a statement that '...'".
  uint32_t speaker_before(uint32_t open) const {
    uint32_t t = open;
    if (t > 0 && (punctuation(t - 1) || doc_.tokens[t - 1].is(ontology::kClauseOpener))) --t;
    for (uint32_t back = 0; t > 0 && back < kMaxAttributionWords; ++back) {
      --t;
      if (speech_verb(t)) return t > 0 ? named_before_verb(t) : kNone;
      if (starting_[t] != kNone || ending_[t] != kNone || doc_.tokens[t].sentence_start) return kNone;
    }
    return kNone;
  }

  const Doc& doc_;
  const ontology::Lexicons& lex_;
  std::vector<uint32_t> starting_;  // per token, the mention starting there
  std::vector<uint32_t> ending_;    // per token, the mention ending there
};

}  // namespace

void resolve_quoted_speakers(Doc& doc, const ontology::Lexicons& lexicons) {
  if (doc.quotations.empty()) return;
  std::vector<uint32_t> quoted;
  for (uint32_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].rule == kRule) quoted.push_back(i);
  if (quoted.empty()) return;
  const Attribution attribution(doc, lexicons);
  for (uint32_t i : quoted) {
    Mention& m = doc.mentions[i];
    const Quotation* q = nlp::quotation_around(doc.quotations, m.first_token);
    if (q == nullptr) continue;
    const uint32_t speaker = attribution.speaker_of(*q);
    if (speaker == kNone) continue;
    m.antecedent = speaker;
    m.is_reference = doc.mentions[root_mention(doc, speaker)].is_reference;
  }
}

}  // namespace newsgraph::resolve
