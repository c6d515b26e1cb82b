#include "resolve/merger.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "core/string_hash.h"
#include "resolve/name_keys.h"
#include "resolve/union_find.h"

namespace newsgraph::resolve {
namespace {

struct Record {
  std::string_view coarse;  // "PER", "ORG"...: the vocabulary's own string
  const DocDigest* d = nullptr;
  const MentionDigest* m = nullptr;
  const std::string* folded_name = nullptr;  // fold_name(name), owned by a FoldCache
  const std::string* folded_key = nullptr;   // fold_name of the canonical name, else of the name

  std::string_view name() const { return d->string(m->name); }
  std::string_view canonical() const { return d->string(m->canonical); }
  std::string_view acronym() const { return d->string(m->acronym); }
  std::string_view type() const { return d->string(m->type); }
};

// fold_name once per distinct name: a corpus repeats its names thousands of times.
// References it returns stay valid while the cache lives (unordered_map nodes do not move).
class FoldCache {
 public:
  const std::string& fold(std::string_view name) {
    auto it = folded_.find(name);
    if (it == folded_.end()) it = folded_.emplace(std::string(name), fold_name(name)).first;
    return it->second;
  }

 private:
  StringMap<std::string> folded_;
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

// "PER|hawar sindi": a folded name within its coarse class.
std::string class_key(std::string_view coarse, std::string_view folded) {
  std::string key;
  key.reserve(coarse.size() + 1 + folded.size());
  key.append(coarse).append(1, '|').append(folded);
  return key;
}

// A blocking key and the kind of evidence it stands for.
struct BlockingKey {
  const char* kind;
  std::string key;
};

// Blocking keys of one record, into `keys` (cleared first): records sharing any key become
// candidates. The name key is the folded canonical name when a lexicon entry matched.
void blocking_keys(const Record& r, const ontology::Lexicons& lex, std::vector<BlockingKey>& keys) {
  keys.clear();
  const std::string_view name = r.canonical().empty() ? r.name() : r.canonical();
  keys.push_back({"name", class_key(r.coarse, *r.folded_key)});
  if (!r.acronym().empty()) keys.push_back({"acronym", class_key(r.coarse, fold_name(r.acronym()))});
  if (r.coarse == "ORG" && r.canonical().empty()) {
    std::string core = organization_core(*r.folded_key, lex);
    if (!core.empty()) keys.push_back({"organization-core", "ORG|" + std::string(r.type()) + "|" + core});
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
    keys.push_back({"event-words", key});
  }
  if (r.coarse == "PER" && r.m->words >= 2)
    keys.push_back({"transliteration", "PER|" + transliteration_key(name)});
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

// True when a folded name has a one-letter word ("eleanor l yaresfield").
bool has_single_letter_word(const std::string& folded) {
  for (size_t i = 0; i < folded.size(); ++i)
    if (folded[i] != ' ' && (i == 0 || folded[i - 1] == ' ') && (i + 1 == folded.size() || folded[i + 1] == ' '))
      return true;
  return false;
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
bool accept_pair(const Record& a, const Record& b, std::string_view kind, float similarity) {
  if (a.coarse != b.coarse) return false;
  if (kind != "transliteration") return true;
  constexpr float kMinVariantSimilarity = 0.75f;
  return a.m->words == b.m->words && similarity >= kMinVariantSimilarity;
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

MergeResult merge_documents(const std::vector<DocDigest>& docs, const ontology::Vocabulary& vocab,
                            const ontology::Lexicons& lexicons, const MergeDecisions& decisions) {
  std::vector<Record> records;
  FoldCache folds;
  std::vector<std::vector<uint32_t>> record_of(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const DocDigest& doc = docs[d];
    record_of[d].assign(doc.mentions.size(), kNone);
    for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
      const MentionDigest& m = doc.mentions[i];
      if (m.type.empty() || m.is_reference || m.root != kNone) continue;
      std::string_view coarse = vocab.coarse_of(doc.string(m.type));
      if (coarse.empty()) continue;
      record_of[d][i] = static_cast<uint32_t>(records.size());
      const std::string& folded_name = folds.fold(doc.string(m.name));
      const std::string& folded_key = m.canonical.empty() ? folded_name : folds.fold(doc.string(m.canonical));
      records.push_back({coarse, &doc, &m, &folded_name, &folded_key});
    }
  }
  // Blocking, then a decision per candidate pair, then union of the accepted pairs.
  ClusterSets sets(records.size(), decisions);
  for (uint32_t r = 0; r < records.size(); ++r) sets.add_name(r, *records[r].folded_name);
  std::unordered_map<std::string, uint32_t> first_with_key;
  first_with_key.reserve(records.size() * 2);
  std::vector<const char*> joined_via(records.size(), "first");
  std::vector<float> joined_score(records.size(), 1.f);
  auto join = [&](uint32_t a, uint32_t b, const char* kind) {
    float score = name_similarity(records[a], records[b]);
    if (!accept_pair(records[a], records[b], kind, score)) return;
    if (sets.unite(a, b)) {
      joined_via[b] = kind;
      joined_score[b] = score;
    }
  };
  std::vector<BlockingKey> keys;
  for (uint32_t r = 0; r < records.size(); ++r) {
    blocking_keys(records[r], lexicons, keys);
    for (BlockingKey& key : keys) {
      auto [it, inserted] = first_with_key.try_emplace(std::move(key.key), r);
      if (!inserted) join(it->second, r, key.kind);
    }
  }
  // "Eleanor L. Yaresfield" and "Eleanor Yaresfield": a person's name with and without
  // middle initials is one person when the corpus writes that name with one set of
  // initials at most ("George H. W. X" and "George W. X" leave "George X" unresolved).
  // Only names that some record writes with initials can gain anything: the others are
  // left out before grouping.
  std::unordered_map<uint32_t, std::pair<std::string, std::string>> split;  // record -> (bare, initials)
  std::unordered_set<std::string> bare_with_initials;
  for (uint32_t r = 0; r < records.size(); ++r) {
    if (records[r].coarse != "PER" || !has_single_letter_word(*records[r].folded_name)) continue;
    auto& [bare, initials] = split[r] = without_initials(*records[r].folded_name);
    if (bare.find(' ') != std::string::npos) bare_with_initials.insert(bare);
  }
  std::map<std::string, std::vector<std::pair<uint32_t, std::string>>> by_bare_name;
  for (uint32_t r = 0; r < records.size() && !bare_with_initials.empty(); ++r) {
    if (records[r].coarse != "PER") continue;
    auto it = split.find(r);
    const std::string& bare = it == split.end() ? *records[r].folded_name : it->second.first;
    if (bare_with_initials.count(bare))
      by_bare_name[bare].emplace_back(r, it == split.end() ? std::string() : it->second.second);
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
    if (!records[r].m->is_acronym) continue;
    auto it = first_with_key.find(class_key(records[r].coarse, *records[r].folded_name));
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
  // Records grouped by their set's root, roots ascending, records ascending within a group.
  std::vector<uint32_t> root_of(records.size()), group_start(records.size() + 1, 0);
  for (uint32_t r = 0; r < records.size(); ++r) ++group_start[(root_of[r] = sets.find(r)) + 1];
  for (size_t g = 1; g < group_start.size(); ++g) group_start[g] += group_start[g - 1];
  std::vector<uint32_t> grouped(records.size());
  {
    std::vector<uint32_t> next(group_start.begin(), group_start.end() - 1);
    for (uint32_t r = 0; r < records.size(); ++r) grouped[next[root_of[r]]++] = r;
  }

  MergeResult result;
  std::vector<store::Vertex> vertex_of(records.size());
  for (uint32_t root = 0; root < records.size(); ++root) {
    if (group_start[root] == group_start[root + 1]) continue;
    const std::span<const uint32_t> members(grouped.data() + group_start[root], grouped.data() + group_start[root + 1]);
    std::map<std::string, uint32_t> forms;
    auto count_form = [&forms](std::string_view form) { forms[std::string(form)]++; };
    std::map<std::string_view, float> type_votes;
    std::string canonical;
    for (uint32_t r : members) {
      const Record& record = records[r];
      count_form(record.name());
      if (!record.acronym().empty()) count_form(record.acronym());
      if (!record.canonical().empty()) canonical = record.canonical();
      type_votes[record.type()] += record.m->score + (record.canonical().empty() ? 0.f : 10.f);
    }
    store::EntityVertex e;
    e.name = best_name(forms, canonical);
    e.type = std::max_element(type_votes.begin(), type_votes.end(),
                              [](auto& a, auto& b) { return a.second < b.second; })->first;
    e.aliases = std::move(forms);
    e.mentions = static_cast<uint32_t>(members.size());
    std::string coarse(records[members.front()].coarse);
    e.id = ontology::to_lower_ascii(coarse) + "/" + slug(e.name);
    while (result.store.find(e.id)) e.id += "-" + ontology::to_lower_ascii(e.type);
    store::Vertex v = result.store.add_entity(std::move(e));
    const std::string& id = result.store.graph()[v].id;
    // One reason per alias: how its first mention joined.
    std::set<std::string_view> explained;
    for (uint32_t r : members) {
      vertex_of[r] = v;
      if (explained.insert(records[r].name()).second)
        result.reasons.push_back({id, std::string(records[r].name()), joined_via[r], joined_score[r]});
    }
  }
  // Relations and articles.
  std::unordered_map<std::string, std::string> government_of;  // country -> its government
  for (const auto& [city, capital] : lexicons.capital_of)
    if (!capital.government.empty()) government_of[capital.country] = capital.government;
  auto vertex_for = [&](uint32_t d, uint32_t mention) -> std::optional<store::Vertex> {
    const DocDigest& doc = docs[d];
    uint32_t root = doc.root_of(mention);
    uint32_t r = record_of[d][root];
    if (r == kNone) {
      // A reference to a lexicon entity ("Iraqi" for Iraq) joins that entity when the
      // corpus names it; it never creates one.
      const MentionDigest& m = doc.mentions[root];
      const std::string_view canonical = doc.string(m.canonical);
      if (canonical.empty()) return std::nullopt;
      if (m.is_metonym) {
        // A capital for its country's government, when the corpus names that government.
        auto government = government_of.find(std::string(canonical));
        if (government != government_of.end()) {
          auto it = first_with_key.find(class_key("ORG", folds.fold(government->second)));
          if (it != first_with_key.end()) return vertex_of[it->second];
        }
      }
      auto it = first_with_key.find(class_key(vocab.coarse_of(doc.string(m.type)), folds.fold(canonical)));
      if (it == first_with_key.end()) return std::nullopt;
      r = it->second;
    }
    return vertex_of[r];
  };
  auto& graph = result.store.graph();
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const DocDigest& doc = docs[d];
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
      if (doc.mentions[i].root != kNone && doc.mentions[i].is_acronym)
        graph[*v].aliases[std::string(doc.string(doc.mentions[i].name))]++;
      if (i == doc.meta.publisher_mention) article.publisher_id = graph[*v].id;
      if (i == doc.meta.place_mention) article.dateline_place_id = graph[*v].id;
    }
    for (store::Vertex v : mentioned) article.mentions.insert(graph[v].id);
    for (const RelationDigest& rel : doc.relations) {
      auto s = vertex_for(d, rel.subject);
      auto o = vertex_for(d, rel.object);
      if (!s || !o || *s == *o) continue;
      const ontology::Property* prop = vocab.find_property(doc.string(rel.predicate));
      if (!prop) continue;
      store::Evidence ev;
      ev.article_id = doc.article.id;
      ev.sentence = std::string(doc.text(rel.evidence));
      ev.offsets = rel.evidence;
      ev.rule = doc.string(rel.rule);
      ev.confidence = rel.confidence;
      ev.date = rel.date.empty() ? doc.meta.date : std::string(doc.string(rel.date));
      ev.qualifier = doc.string(rel.qualifier);
      result.store.add_relation(*s, *o, prop->name, std::move(ev), prop->symmetric);
    }
    result.store.add_article(std::move(article));
  }
  return result;
}

}  // namespace newsgraph::resolve
