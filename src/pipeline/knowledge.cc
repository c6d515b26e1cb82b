#include "pipeline/knowledge.h"

#include <cstdlib>

namespace newsgraph::pipeline {

std::string default_ontology_dir() {
  if (const char* env = std::getenv("NEWSGRAPH_ONTOLOGY"); env && *env) return env;
  return NEWSGRAPH_ONTOLOGY_DIR;
}

Result<std::unique_ptr<Knowledge>> load_knowledge(const std::string& dir) {
  auto k = std::make_unique<Knowledge>();
  auto vocabulary = ontology::load_vocabulary(dir + "/vocabulary.jsonld");
  if (!vocabulary.ok()) return vocabulary.status();
  k->vocabulary = std::move(vocabulary).value();
  auto lexicons = ontology::load_lexicons(dir + "/lexicons");
  if (!lexicons.ok()) return lexicons.status();
  k->lexicons = std::move(lexicons).value();
  auto furniture = ingest::load_furniture_rules(dir + "/lexicons/furniture.jsonl");
  if (!furniture.ok()) return furniture.status();
  k->furniture = std::move(furniture).value();
  auto metadata = extract::load_metadata_patterns(dir + "/patterns/metadata.jsonl",
                                                  dir + "/lexicons/months.jsonl");
  if (!metadata.ok()) return metadata.status();
  k->metadata = std::move(metadata).value();
  auto relations = extract::load_relation_patterns(dir + "/patterns/relations.jsonl",
                                                   dir + "/lexicons/modality_cues.jsonl", k->vocabulary);
  if (!relations.ok()) return relations.status();
  k->relations = std::move(relations).value();
  auto dates = extract::load_date_lexicon(dir + "/lexicons");
  if (!dates.ok()) return dates.status();
  k->dates = std::move(dates).value();
  k->gazetteer = std::make_unique<extract::Gazetteer>(k->lexicons);
  // Tokens carry their word classes: mark the words other tables begin with or ask for.
  for (const std::string& word : k->gazetteer->first_words())
    k->lexicons.add_word_class(word, ontology::kKnownNameStart);
  for (const extract::RelationPattern& pattern : k->relations.patterns)
    for (const extract::PatternElement& element : pattern.elements)
      for (const std::string& word : element.words) k->lexicons.add_word_class(word, ontology::kPatternWord);
  for (const auto* cues : {&k->relations.negation_cues, &k->relations.hypothetical_cues})
    for (const std::string& word : *cues) k->lexicons.add_word_class(word, ontology::kModalityCue);
  for (const std::string& word : k->dates.cue_words()) k->lexicons.add_word_class(word, ontology::kDateCue);
  return k;
}

}  // namespace newsgraph::pipeline
