// Entity recognizer: turns the name chunks of each sentence into typed Mentions.
// Evidence, strongest first: a lexicon entry (gazetteer), an organization head word
// ("... Ministry", "Ministry of ..."), a place or event cue ("... province", "Mount ...",
// "the ... war"), a title before the name ("Major General X"), a known given name, a
// following reporting verb ("X said"). A title inside a chunk splits it into affiliation,
// title and person ("Kurdistan Region President X"), which also yields a position fact.
// Bare single words that fit none of these stay untyped for resolve/ to link or drop.
// Thread contract: const after construction; recognize() may run on many threads.
#pragma once

#include <vector>

#include "core/doc.h"
#include "extract/gazetteer.h"
#include "ontology/lexicons.h"

namespace newsgraph::extract {

// "X holds post T in Y", read off a title inside a name chunk.
struct PositionFact {
  uint32_t person = kNone;       // mention index
  uint32_t affiliation = kNone;  // mention index
  std::string title;
  uint32_t sentence = 0;
};

class EntityRecognizer {
 public:
  EntityRecognizer(const ontology::Lexicons& lexicons, const Gazetteer& gazetteer)
      : lex_(lexicons), gazetteer_(gazetteer) {}

  // Appends mentions to doc.mentions; returns the position facts found on the way.
  std::vector<PositionFact> recognize(Doc& doc) const;

 private:
  struct Part {
    uint32_t begin, end;
  };
  void recognize_sentence(Doc& doc, uint32_t sentence_index, const std::vector<char>& covered,
                          std::vector<PositionFact>& facts) const;
  // Classifies [begin,end) and appends a mention; returns its index or kNone.
  uint32_t classify(Doc& doc, Part part, const std::string& title, bool title_case_line) const;
  uint32_t place_named_by_cue(Doc& doc, Part part, const Sentence& sentence) const;
  void attach_title_before(Doc& doc, uint32_t person, uint32_t name_begin, uint32_t sentence_index,
                           std::vector<PositionFact>& facts) const;
  // `taken` flags the sentence's words (index: token - sentence.first_token) that mentions took.
  void add_person_references(Doc& doc, const Sentence& sentence, const std::vector<char>& taken) const;
  // Marks the words of the names it adds in `taken`.
  void add_lowercase_names(Doc& doc, const Sentence& sentence, std::vector<char>& taken) const;
  void attach_defined_acronyms(Doc& doc, std::vector<PositionFact>& facts) const;
  void qualify_generic_bodies(Doc& doc) const;
  uint32_t title_length_at(const Doc& doc, uint32_t at, uint32_t end) const;
  bool held_in_past(const Doc& doc, uint32_t first, uint32_t title_end) const;
  // Whether words of ontology/lexicons/person_introducers.jsonl end right before `name`.
  bool introduced_as_person(const Doc& doc, uint32_t name) const;
  uint32_t add_mention(Doc& doc, Part part, std::string type, std::string rule, float score) const;

  const ontology::Lexicons& lex_;
  const Gazetteer& gazetteer_;
};

}  // namespace newsgraph::extract
