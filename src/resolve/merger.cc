#include "resolve/merger.h"

#include <algorithm>
#include <map>
#include <set>
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
  const std::string* folded_name = nullptr;  // fold_name(m->name), owned by a FoldCache
  const std::string* folded_key = nullptr;   // fold_name of the canonical name, else of the name
};

// fold_name once per distinct name: a corpus repeats its names thousands of times.
// References it returns stay valid while the cache lives (unordered_map nodes do not move).
class FoldCache {
 public:
  const std::string& fold(const std::string& name) {
    auto it = folded_.find(name);
    if (it == folded_.end()) it = folded_.emplace(name, fold_name(name)).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::string> folded_;
};

// An organization's name without its generic words ("Shafaq News Agency" -> "shafaq",
// "Interior Ministry" / "Ministry of Interior" -> "interior", "Kurdish People's Protection
// Units" -> "people s protection"): head words, connectors, ethnic adjectives, web suffixes.
// Empty when what is left names no organization by itself (only places, demonyms or
// common words).
std::string organization_core(const std::string& folded, const ontology::Lexicons& lex) {
  std::string core, word;
  bool distinctive = false;
  for (char c : folded + ' ') {
    if (c != ' ') {
      word += c;
      continue;
    }
    if (word.empty()) continue;
    bool generic = lex.org_heads.count(word) || lex.name_connectors.count(word) || lex.stopwords.count(word) ||
                   lex.ethnic_adjectives.count(word) || word == "com";
    if (!generic) {
      if (!core.empty()) core += ' ';
      core += word;
      // A proper word must remain: "federal" alone does not tell two bodies apart.
      distinctive = distinctive || (!lex.demonym_to_place.count(word) && !lex.common_words.count(word) && word.size() > 3);
    }
    word.clear();
  }
  return distinctive ? core : "";
}

// Blocking keys of one record: records sharing any key become candidates.
std::vector<std::pair<std::string, std::string>> blocking_keys(const Record& r, const ontology::Lexicons& lex) {
  std::vector<std::pair<std::string, std::string>> keys;  // (kind, key)
  const Mention& m = *r.m;
  const std::string& name = m.canonical.empty() ? m.name : m.canonical;
  keys.emplace_back("name", r.coarse + "|" + *r.folded_key);
  if (!m.canonical.empty()) keys.emplace_back("lexicon", r.coarse + "|" + *r.folded_key);
  if (!m.acronym.empty()) keys.emplace_back("acronym", r.coarse + "|" + fold_name(m.acronym));
  if (r.coarse == "ORG" && m.canonical.empty()) {
    std::string core = organization_core(*r.folded_key, lex);
    if (!core.empty()) keys.emplace_back("organization-core", "ORG|" + m.type + "|" + core);
  }
  if (r.coarse == "EVT") {
    // "the Israel-Hamas war" and "the Hamas-Israel war" are one war: the same words in any order.
    std::string word;
    std::vector<std::string> words;
    for (char c : *r.folded_key + ' ') {
      if (c != ' ') { word += c; continue; }
      if (!word.empty()) words.push_back(word);
      word.clear();
    }
    std::sort(words.begin(), words.end());
    std::string key = "EVT|";
    for (const std::string& w : words) key += w + ' ';
    keys.emplace_back("event-words", key);
  }
  if (r.coarse == "PER" && m.end_token - m.first_token >= 2)
    keys.emplace_back("transliteration", "PER|" + transliteration_key(name));
  return keys;
}

// A folded person name split into its words without single letters ("eleanor yaresfield")
// and those letters ("l").
std::pair<std::string, std::string> without_initials(const std::string& folded) {
  std::string bare, initials, word;
  for (char c : folded + ' ') {
    if (c != ' ') {
      word += c;
      continue;
    }
    if (word.size() == 1) initials += word;
    else if (!word.empty()) bare += (bare.empty() ? "" : " ") + word;
    word.clear();
  }
  return {bare, initials};
}

// Union-find that keeps each set's folded names, so that the user's "different" decisions
// can veto a union whatever path would lead to it (names are kept only when there are
// such decisions).
class ClusterSets {
 public:
  ClusterSets(size_t n, const MergeDecisions& decisions)
      : sets_(n), names_(decisions.different.empty() ? 0 : n), decisions_(decisions) {}
  void add_name(uint32_t r, const std::string& name) {
    if (!names_.empty()) names_[r].insert(name);
  }
  bool unite(uint32_t a, uint32_t b, bool forced = false) {
    uint32_t ra = sets_.find(a), rb = sets_.find(b);
    if (ra == rb) return false;
    if (!forced && vetoed(ra, rb)) return false;
    sets_.unite(ra, rb);
    if (names_.empty()) return true;
    uint32_t root = sets_.find(ra), other = root == ra ? rb : ra;
    names_[root].insert(names_[other].begin(), names_[other].end());
    names_[other].clear();
    return true;
  }
  uint32_t find(uint32_t x) { return sets_.find(x); }

 private:
  bool vetoed(uint32_t ra, uint32_t rb) const {
    if (names_.empty()) return false;
    for (const auto& [x, y] : decisions_.different)
      if ((names_[ra].count(x) && names_[rb].count(y)) || (names_[ra].count(y) && names_[rb].count(x)))
        return true;
    return false;
  }
  UnionFind sets_;
  std::vector<std::set<std::string>> names_;
  const MergeDecisions& decisions_;
};

// Similarity of two names in [0, 1]: 1 - normalized edit distance of the folded forms.
float name_similarity(const Record& a, const Record& b) {
  const std::string& x = *a.folded_key;
  const std::string& y = *b.folded_key;
  if (x == y) return 1.f;
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return 1.f - static_cast<float>(row[y.size()]) / static_cast<float>(std::max(x.size(), y.size()));
}

// The decision for one candidate pair. Exact name, lexicon and acronym keys are evidence
// enough within a class; a transliteration key alone needs the spellings to be close too
// (variants differ by a vowel or a doubled letter, not by a whole name) and the same
// number of words, so "Masoud X" and "Masrour X" never meet as one.
bool accept_pair(const Record& a, const Record& b, const std::string& kind, float similarity) {
  if (a.coarse != b.coarse) return false;
  if (kind != "transliteration") return true;
  constexpr float kMinVariantSimilarity = 0.75f;
  uint32_t words_a = a.m->end_token - a.m->first_token, words_b = b.m->end_token - b.m->first_token;
  return words_a == words_b && similarity >= kMinVariantSimilarity;
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
                            const ontology::Lexicons& lexicons, const MergeDecisions& decisions) {
  std::vector<Record> records;
  FoldCache folds;
  std::vector<std::vector<uint32_t>> record_of(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) {
    record_of[d].assign(docs[d].mentions.size(), kNone);
    for (uint32_t i = 0; i < docs[d].mentions.size(); ++i) {
      const Mention& m = docs[d].mentions[i];
      if (m.type.empty() || m.is_reference || m.antecedent != kNone) continue;
      std::string coarse = vocab.coarse_of(m.type);
      if (coarse.empty()) continue;
      record_of[d][i] = static_cast<uint32_t>(records.size());
      const std::string& folded_name = folds.fold(m.name);
      records.push_back({d, i, coarse, &m, &folded_name, m.canonical.empty() ? &folded_name : &folds.fold(m.canonical)});
    }
  }
  // Blocking, then a decision per candidate pair, then union of the accepted pairs.
  ClusterSets sets(records.size(), decisions);
  for (uint32_t r = 0; r < records.size(); ++r) sets.add_name(r, *records[r].folded_name);
  std::unordered_map<std::string, uint32_t> first_with_key;
  std::vector<std::string> joined_via(records.size(), "first");
  std::vector<float> joined_score(records.size(), 1.f);
  auto join = [&](uint32_t a, uint32_t b, const std::string& kind) {
    float score = name_similarity(records[a], records[b]);
    if (!accept_pair(records[a], records[b], kind, score)) return;
    if (sets.unite(a, b)) {
      joined_via[b] = kind;
      joined_score[b] = score;
    }
  };
  for (uint32_t r = 0; r < records.size(); ++r) {
    for (const auto& [kind, key] : blocking_keys(records[r], lexicons)) {
      auto [it, inserted] = first_with_key.emplace(key, r);
      if (!inserted) join(it->second, r, kind);
    }
  }
  // "Eleanor L. Yaresfield" and "Eleanor Yaresfield": a person's name with and without
  // middle initials is one person when the corpus writes that name with one set of
  // initials at most ("George H. W. X" and "George W. X" leave "George X" unresolved).
  std::map<std::string, std::vector<std::pair<uint32_t, std::string>>> by_bare_name;
  for (uint32_t r = 0; r < records.size(); ++r) {
    if (records[r].coarse != "PER") continue;
    auto [bare, initials] = without_initials(*records[r].folded_name);
    if (bare.find(' ') != std::string::npos) by_bare_name[bare].emplace_back(r, initials);
  }
  for (const auto& [bare, group] : by_bare_name) {
    std::set<std::string> spellings;
    for (const auto& [r, initials] : group)
      if (!initials.empty()) spellings.insert(initials);
    if (spellings.size() != 1) continue;
    for (const auto& [r, initials] : group)
      if (r != group.front().first) join(group.front().first, r, "middle-initial");
  }
  // An acronym written alone joins the record (in any article) that defined it.
  for (uint32_t r = 0; r < records.size(); ++r) {
    const Mention& m = *records[r].m;
    if (!m.is_acronym) continue;
    auto it = first_with_key.find(records[r].coarse + "|" + *records[r].folded_name);
    if (it != first_with_key.end() && it->second != r) join(it->second, r, "acronym");
  }
  // The user's "same" decisions: every record carrying one of the names, together.
  for (const auto& names : decisions.same) {
    uint32_t anchor = kNone;
    for (uint32_t r = 0; r < records.size(); ++r) {
      if (std::find(names.begin(), names.end(), *records[r].folded_name) == names.end()) continue;
      if (anchor == kNone) anchor = r;
      else if (sets.unite(anchor, r, /*forced=*/true)) joined_via[r] = "decision";
    }
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
    // One reason per alias: how its first mention joined.
    std::set<std::string_view> explained;
    for (uint32_t r : members) {
      vertex_of[r] = v;
      if (explained.insert(records[r].m->name).second)
        result.reasons.push_back({e.id, records[r].m->name, joined_via[r], joined_score[r]});
    }
  }
  // Relations and articles.
  std::unordered_map<std::string, std::string> government_of;  // country -> its government
  for (const auto& [city, capital] : lexicons.capital_of)
    if (!capital.government.empty()) government_of[capital.country] = capital.government;
  auto vertex_for = [&](uint32_t d, uint32_t mention) -> std::optional<store::Vertex> {
    uint32_t root = root_mention(docs[d], mention);
    uint32_t r = record_of[d][root];
    if (r == kNone) {
      // A reference to a lexicon entity ("Iraqi" for Iraq) joins that entity when the
      // corpus names it; it never creates one.
      const Mention& m = docs[d].mentions[root];
      if (m.canonical.empty()) return std::nullopt;
      if (m.is_metonym) {
        // A capital for its country's government, when the corpus names that government.
        auto government = government_of.find(m.canonical);
        if (government != government_of.end()) {
          auto it = first_with_key.find("ORG|" + folds.fold(government->second));
          if (it != first_with_key.end()) return vertex_of[it->second];
        }
      }
      auto it = first_with_key.find(vocab.coarse_of(m.type) + "|" + folds.fold(m.canonical));
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
    std::set<store::Vertex> mentioned;
    for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
      auto v = vertex_for(d, i);
      if (!v) continue;
      mentioned.insert(*v);
      // Short forms resolved in the article count as mentions, not as aliases, except
      // acronyms, which are names.
      if (doc.mentions[i].antecedent != kNone && doc.mentions[i].is_acronym)
        graph[*v].aliases[doc.mentions[i].name]++;
      if (i == doc.meta.publisher_mention) article.publisher_id = graph[*v].id;
      if (i == doc.meta.place_mention) article.dateline_place_id = graph[*v].id;
    }
    for (store::Vertex v : mentioned) article.mentions.insert(graph[v].id);
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
