#include "resolve/merger.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "resolve/in_document.h"
#include "resolve/name_keys.h"
#include "resolve/union_find.h"

namespace newsgraph::resolve {
namespace {

struct Record {
  uint32_t doc = 0;
  uint32_t mention = 0;
  std::string coarse;
  const Mention* m = nullptr;
};

// Blocking keys of one record: records sharing any key become candidates.
std::vector<std::pair<std::string, std::string>> blocking_keys(const Record& r) {
  std::vector<std::pair<std::string, std::string>> keys;  // (kind, key)
  const Mention& m = *r.m;
  const std::string& name = m.canonical.empty() ? m.name : m.canonical;
  keys.emplace_back("name", r.coarse + "|" + fold_name(name));
  if (!m.canonical.empty()) keys.emplace_back("lexicon", r.coarse + "|" + fold_name(m.canonical));
  if (!m.acronym.empty()) keys.emplace_back("acronym", r.coarse + "|" + fold_name(m.acronym));
  if (r.coarse == "PER" && m.end_token - m.first_token >= 2)
    keys.emplace_back("transliteration", "PER|" + transliteration_key(name));
  return keys;
}

std::string best_name(const std::map<std::string, uint32_t>& forms, const std::string& canonical) {
  if (!canonical.empty()) return canonical;
  auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
  std::string best;
  for (const auto& [form, count] : forms) {
    if (best.empty()) { best = form; continue; }
    auto key = [&](const std::string& f) { return std::make_tuple(words(f), forms.at(f), f.size()); };
    if (key(form) > key(best)) best = form;
  }
  return best;
}

}  // namespace

MergeResult merge_documents(const std::vector<Doc>& docs, const ontology::Vocabulary& vocab,
                            const ontology::Lexicons& lexicons) {
  (void)lexicons;
  std::vector<Record> records;
  std::vector<std::vector<uint32_t>> record_of(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) {
    record_of[d].assign(docs[d].mentions.size(), kNone);
    for (uint32_t i = 0; i < docs[d].mentions.size(); ++i) {
      const Mention& m = docs[d].mentions[i];
      if (m.type.empty() || m.is_reference || m.antecedent != kNone) continue;
      std::string coarse = vocab.coarse_of(m.type);
      if (coarse.empty()) continue;
      record_of[d][i] = static_cast<uint32_t>(records.size());
      records.push_back({d, i, coarse, &m});
    }
  }
  // Blocking, then union of the candidates each key brings together.
  UnionFind sets(records.size());
  std::unordered_map<std::string, uint32_t> first_with_key;
  std::vector<std::string> joined_via(records.size(), "name");
  for (uint32_t r = 0; r < records.size(); ++r) {
    for (const auto& [kind, key] : blocking_keys(records[r])) {
      auto [it, inserted] = first_with_key.emplace(key, r);
      if (!inserted && sets.unite(it->second, r)) joined_via[r] = kind;
    }
  }
  // An acronym written alone joins the record (in any article) that defined it.
  for (uint32_t r = 0; r < records.size(); ++r) {
    const Mention& m = *records[r].m;
    if (!m.is_acronym) continue;
    auto it = first_with_key.find(records[r].coarse + "|" + fold_name(m.name));
    if (it != first_with_key.end() && sets.unite(it->second, r)) joined_via[r] = "acronym";
  }
  // Clusters -> vertices, in a data-derived order so ids and output are stable.
  std::map<uint32_t, std::vector<uint32_t>> clusters;
  for (uint32_t r = 0; r < records.size(); ++r) clusters[sets.find(r)].push_back(r);

  MergeResult result;
  std::vector<store::Vertex> vertex_of(records.size());
  std::vector<std::pair<std::string, std::vector<uint32_t>>> named;
  for (auto& [root, members] : clusters) {
    std::map<std::string, uint32_t> forms;
    std::map<std::string, float> type_votes;
    std::string canonical;
    for (uint32_t r : members) {
      const Mention& m = *records[r].m;
      forms[m.name]++;
      if (!m.acronym.empty()) forms[m.acronym]++;
      if (!m.canonical.empty()) canonical = m.canonical;
      type_votes[m.type] += m.score + (m.canonical.empty() ? 0.f : 10.f);
    }
    store::EntityVertex e;
    e.name = best_name(forms, canonical);
    e.type = std::max_element(type_votes.begin(), type_votes.end(),
                              [](auto& a, auto& b) { return a.second < b.second; })->first;
    e.aliases = forms;
    for (uint32_t r : members) {
      e.articles.insert(docs[records[r].doc].article.id);
      e.mentions++;
    }
    std::string coarse = records[members.front()].coarse;
    e.id = ontology::to_lower_ascii(coarse) + "/" + slug(e.name);
    while (result.store.find(e.id)) e.id += "-" + ontology::to_lower_ascii(e.type);
    store::Vertex v = result.store.add_entity(e);
    for (uint32_t r : members) {
      vertex_of[r] = v;
      result.reasons.push_back({e.id, records[r].m->name, joined_via[r]});
    }
  }
  // Relations and articles.
  auto vertex_for = [&](uint32_t d, uint32_t mention) -> std::optional<store::Vertex> {
    uint32_t root = root_mention(docs[d], mention);
    uint32_t r = record_of[d][root];
    if (r == kNone) {
      // A reference to a lexicon entity ("Iraqi" for Iraq) joins that entity when the
      // corpus names it; it never creates one.
      const Mention& m = docs[d].mentions[root];
      if (m.canonical.empty()) return std::nullopt;
      auto it = first_with_key.find(vocab.coarse_of(m.type) + "|" + fold_name(m.canonical));
      if (it == first_with_key.end()) return std::nullopt;
      r = it->second;
    }
    return vertex_of[r];
  };
  auto& graph = result.store.graph();
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const Doc& doc = docs[d];
    store::ArticleRecord article;
    article.id = doc.article.id;
    article.source = doc.article.source;
    article.date = doc.meta.date;
    article.headline = doc.meta.headline;
    for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
      auto v = vertex_for(d, i);
      if (!v) continue;
      article.mentions.insert(graph[*v].id);
      // Short forms resolved in the article count as mentions, not as aliases, except
      // acronyms, which are names.
      if (doc.mentions[i].antecedent != kNone && doc.mentions[i].is_acronym)
        graph[*v].aliases[doc.mentions[i].name]++;
      if (i == doc.meta.publisher_mention) article.publisher_id = graph[*v].id;
      if (i == doc.meta.place_mention) article.dateline_place_id = graph[*v].id;
    }
    for (const RelationMention& rel : doc.relations) {
      auto s = vertex_for(d, rel.subject);
      auto o = vertex_for(d, rel.object);
      if (!s || !o || *s == *o) continue;
      const ontology::Property* prop = vocab.find_property(rel.predicate);
      if (!prop) continue;
      store::Evidence ev;
      ev.article_id = doc.article.id;
      ev.sentence = std::string(doc.text(rel.evidence));
      ev.offsets = rel.evidence;
      ev.rule = rel.rule;
      ev.confidence = rel.confidence;
      ev.date = rel.date.empty() ? doc.meta.date : rel.date;
      ev.qualifier = rel.qualifier;
      result.store.add_relation(*s, *o, rel.predicate, std::move(ev), prop->symmetric);
    }
    result.store.add_article(std::move(article));
  }
  return result;
}

}  // namespace newsgraph::resolve
