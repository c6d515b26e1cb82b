// Knowledge: everything the pipeline reads from ontology/ (vocabulary, lexicons, furniture
// rules, metadata and relation patterns), loaded and checked once at start, then shared
// read-only by every stage and thread. Nothing here is global: callers pass it along.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "extract/event_dates.h"
#include "extract/gazetteer.h"
#include "extract/metadata.h"
#include "extract/relation_patterns.h"
#include "ingest/furniture.h"
#include "ontology/lexicons.h"
#include "ontology/vocabulary.h"

namespace newsgraph::pipeline {

struct Knowledge {
  ontology::Vocabulary vocabulary;
  ontology::Lexicons lexicons;
  ingest::FurnitureRules furniture;
  extract::MetadataPatterns metadata;
  extract::RelationPatterns relations;
  extract::DateLexicon dates;
  std::unique_ptr<extract::Gazetteer> gazetteer;  // refers to `lexicons`: Knowledge stays put
};

// Loads ontology_dir/{vocabulary.jsonld, lexicons/, patterns/}. Errors name file and line.
Result<std::unique_ptr<Knowledge>> load_knowledge(const std::string& ontology_dir);

// The ontology folder used when none is given: $NEWSGRAPH_ONTOLOGY, else the source tree's.
std::string default_ontology_dir();

}  // namespace newsgraph::pipeline
