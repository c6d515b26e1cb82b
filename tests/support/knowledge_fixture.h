// Shared test fixture: the repository's real ontology, loaded once per test binary, and
// small helpers to run articles written for the tests through the per-article pipeline
// and look up what came out.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/doc.h"
#include "pipeline/article_pipeline.h"
#include "pipeline/knowledge.h"
#include "resolve/in_document.h"

namespace newsgraph::testing {

// The ontology of the source tree, loaded on first use and shared read-only afterwards.
inline const pipeline::Knowledge& knowledge() {
  static const std::unique_ptr<pipeline::Knowledge> loaded = [] {
    auto k = pipeline::load_knowledge(NEWSGRAPH_ONTOLOGY_DIR);
    if (!k.ok()) throw std::runtime_error("ontology failed to load: " + k.status().message());
    return std::move(k).value();
  }();
  return *loaded;
}

inline Article article(std::string text, std::string date = "2024-05-08", std::string id = "test") {
  Article a;
  a.id = std::move(id);
  a.source = a.id + ".txt";
  a.text = std::move(text);
  a.date = std::move(date);
  return a;
}

inline Doc process(std::string text, std::string date = "2024-05-08", std::string id = "test") {
  return pipeline::process_article(article(std::move(text), std::move(date), std::move(id)),
                                   knowledge());
}

// Index of the first mention whose surface name is exactly `name`, or kNone.
inline uint32_t find_mention(const Doc& doc, const std::string& name) {
  for (uint32_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].name == name) return i;
  return kNone;
}

// The type of the first mention named exactly `name` ("" when untyped), or "(no mention)".
inline std::string mention_type(const Doc& doc, const std::string& name) {
  const uint32_t m = find_mention(doc, name);
  return m == kNone ? "(no mention)" : doc.mentions[m].type;
}

// The name of the mention a mention resolves to (itself when it has no antecedent).
inline std::string root_name(const Doc& doc, uint32_t mention) {
  return doc.mentions[resolve::root_mention(doc, mention)].name;
}

// Type of the entity a mention resolves to.
inline std::string root_type(const Doc& doc, uint32_t mention) {
  return doc.mentions[resolve::root_mention(doc, mention)].type;
}

// The relations of `predicate` between the entities named `subject` and `object` (names
// of the root mentions). With `symmetric`, either direction counts.
inline std::vector<const RelationMention*> find_relations(const Doc& doc, const std::string& subject,
                                                          const std::string& predicate,
                                                          const std::string& object,
                                                          bool symmetric = false) {
  std::vector<const RelationMention*> out;
  for (const RelationMention& r : doc.relations) {
    if (r.predicate != predicate) continue;
    std::string s = root_name(doc, r.subject), o = root_name(doc, r.object);
    if ((s == subject && o == object) || (symmetric && s == object && o == subject))
      out.push_back(&r);
  }
  return out;
}

inline bool has_relation(const Doc& doc, const std::string& subject, const std::string& predicate,
                         const std::string& object, bool symmetric = false) {
  return !find_relations(doc, subject, predicate, object, symmetric).empty();
}

// Every relation of a predicate, as "subject -> object" strings (for failure messages).
inline std::string describe_relations(const Doc& doc) {
  std::string out;
  for (const RelationMention& r : doc.relations)
    out += root_name(doc, r.subject) + " -" + r.predicate + "-> " + root_name(doc, r.object) +
           " [" + r.rule + "]\n";
  return out.empty() ? "(no relations)\n" : out;
}

inline std::string describe_mentions(const Doc& doc) {
  std::string out;
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    out += "'" + m.name + "' type=" + (m.type.empty() ? "-" : m.type) + " rule=" + m.rule +
           (m.title.empty() ? "" : " title=" + m.title) +
           (m.is_reference ? " (reference)" : "") +
           (m.antecedent != kNone ? " -> '" + root_name(doc, i) + "'" : "") + "\n";
  }
  return out.empty() ? "(no mentions)\n" : out;
}

}  // namespace newsgraph::testing
