// Pattern matcher: runs compiled RelationPatterns over one sentence of a Doc whose
// mentions are known, yielding subject/object mention bindings. Backtracking over a
// handful of elements per pattern; sentences are short, so this stays linear in practice.
// Thread contract: stateless; safe on many threads with distinct Docs.
#pragma once

#include <string>
#include <vector>

#include "core/doc.h"
#include "extract/relation_patterns.h"
#include "ontology/lexicons.h"
#include "ontology/vocabulary.h"

namespace newsgraph::extract {

struct PatternMatch {
  std::vector<uint32_t> subjects;  // mention indices
  std::vector<uint32_t> objects;
  std::vector<uint32_t> both;      // role "both": every pair among them
  std::string qualifier;           // the title an element matched
  uint32_t first_token = 0, end_token = 0;
};

// Where the mentions of a Doc stand, by token: read by every pattern tried at every token.
struct MentionIndex {
  std::vector<uint32_t> mention_at;  // the mention starting at each token, or kNone
  // Where an entity element starting at each token finds its mention: past determiners and
  // a person's title ("the Iraqi Army", "Governor X"); the token itself when none is there.
  // Filled sentence by sentence (prepare_sentence).
  std::vector<uint32_t> entity_at;
  // Which word elements accept each token of the sentence being matched (PatternFilter::scan).
  SentenceWords words;
  // Per mention: the pattern classes (bits of RelationPatterns::entity_classes) it stands for
  // as a relation end, for elements that take demonyms and for the others: the class of its
  // antecedent, when it has one, and that class's coarse class; none when it cannot be one.
  std::vector<uint64_t> end_classes, demonym_end_classes;
};

class PatternMatcher {
 public:
  PatternMatcher(const ontology::Vocabulary& vocab, const ontology::Lexicons& lexicons)
      : vocab_(vocab), lex_(lexicons) {}

  // Once per Doc before matching: where the mentions start and which of the patterns'
  // entity classes each stands for.
  MentionIndex index_mentions(const Doc& doc, const RelationPatterns& patterns) const;
  // Once per sentence before matching in it: marks on each token the longest lexicon title
  // starting there (Token::title_words) and where entity elements find their mentions, so
  // that backtracking looks neither up again.
  void prepare_sentence(Doc& doc, const Sentence& sentence, MentionIndex& index) const;

  // Every match of `pattern` in the sentence that starts at or before token `last_start`
  // (at most one per start token).
  std::vector<PatternMatch> match(const Doc& doc, const Sentence& sentence, const RelationPattern& pattern,
                                  const MentionIndex& index, uint32_t last_start) const;

 private:
  struct State;
  bool match_from(const Doc& doc, const RelationPattern& pattern, size_t element, uint32_t at,
                  uint32_t end, const MentionIndex& index, State& state) const;
  bool match_required(const Doc& doc, const RelationPattern& pattern, size_t element, uint32_t at,
                      uint32_t end, const MentionIndex& index, State& state) const;
  bool match_entity(const Doc& doc, const RelationPattern& pattern, size_t element, uint32_t pos,
                    uint32_t end, const MentionIndex& index, size_t base, State& state) const;
  uint32_t skip_determiner_and_title(const Doc& doc, uint32_t at, uint32_t end, const MentionIndex& index) const;
  bool in_prepositional_phrase(const Doc& doc, uint32_t mention) const;
  // Whether the token at `after` is "'s" and the word after it is the pattern's trigger
  // (its first word element past the opening entity): the mention possesses the event.
  bool possessor_of_trigger(const Doc& doc, const RelationPattern& pattern, uint32_t after, uint32_t end) const;
  // Past "( Y )" at `after`, Y being the acronym the text defines for the mention or another
  // name of the same lexicon entity ("Kurdistan Region (KRI)", "... Resolve (CJTF-OIR)");
  // `after` when no such alias stands there.
  uint32_t past_bracketed_alias(const Doc& doc, const MentionIndex& index, uint32_t mention, uint32_t after,
                                uint32_t end) const;
  // Past ", the spokesperson of the PKK (PKK)," at `at`: the token after the apposition's
  // closing comma, or `at` when no titled apposition stands there.
  uint32_t past_titled_apposition(const Doc& doc, const MentionIndex& index, uint32_t at, uint32_t end) const;
  uint32_t title_length(const Doc& doc, uint32_t at, uint32_t end) const;
  bool titles_next_person(const Doc& doc, const MentionIndex& index, uint32_t at, uint32_t end) const;

  const ontology::Vocabulary& vocab_;
  const ontology::Lexicons& lex_;
};

}  // namespace newsgraph::extract
