#include "resolve/merger.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "core/parallel.h"
#include "core/string_hash.h"
#include "resolve/name_keys.h"
#include "resolve/union_find.h"

namespace newsgraph::resolve {
namespace {

// Clusters and articles are many and small: worker threads take them 32 at a time (few
// meetings on the shared counter, and big clusters still spread out).
constexpr size_t kItemsPerTake = 32;

// A root mention being merged: its digest holds its folded names and blocking keys.
// (The mention is pointed at too: clusters read records in no article order, and one
// indirection less per record is what makes that fast.)
struct Record {
  const DocDigest* d = nullptr;
  const RecordDigest* r = nullptr;
  const MentionDigest* m = nullptr;

  std::string_view coarse() const { return d->string(r->coarse); }  // "PER", "ORG"...
  std::string_view folded_name() const { return d->string(r->folded_name); }
  std::string_view folded_key() const { return d->string(r->folded_key); }
  std::string_view name() const { return d->string(m->name); }
  std::string_view canonical() const { return d->string(m->canonical); }
  std::string_view acronym() const { return d->string(m->acronym); }
  std::string_view type() const { return d->string(m->type); }
};

// A folded person name split into its words without single letters ("eleanor yaresfield")
// and those letters ("l").
std::pair<std::string, std::string> without_initials(std::string_view folded) {
  std::string bare, initials;
  size_t begin = 0;
  while (begin < folded.size()) {
    size_t end = std::min(folded.find(' ', begin), folded.size());
    std::string_view word = folded.substr(begin, end - begin);
    if (word.size() == 1) initials += word;
    else if (!word.empty()) bare.append(bare.empty() ? "" : " ").append(word);
    begin = end + 1;
  }
  return {bare, initials};
}

// True when a folded name has a one-letter word ("eleanor l yaresfield").
bool has_single_letter_word(std::string_view folded) {
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
  void add_name(uint32_t r, std::string_view name) {
    if (!names_.empty()) names_[r].emplace(name);
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
  const std::string_view x = a.folded_key();
  const std::string_view y = b.folded_key();
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
bool accept_pair(const Record& a, const Record& b, bool by_transliteration) {
  if (a.coarse() != b.coarse()) return false;
  if (!by_transliteration) return true;
  constexpr float kMinVariantSimilarity = 0.75f;
  return a.m->words == b.m->words && name_similarity(a, b) >= kMinVariantSimilarity;
}

// A name or acronym of a cluster's records, and how many of them write it.
struct FormCount {
  std::string_view form;
  uint32_t count = 0;
};

// `forms` in ascending order of form: the first of equally good forms wins.
std::string best_name(const std::vector<FormCount>& forms, std::string_view canonical) {
  if (!canonical.empty()) return std::string(canonical);
  auto key = [](const FormCount& f) {
    return std::make_tuple(std::count(f.form.begin(), f.form.end(), ' ') + 1, f.count, f.form.size());
  };
  const FormCount* best = nullptr;
  for (const FormCount& f : forms)
    if (best == nullptr || best->form.empty() || key(f) > key(*best)) best = &f;
  return best == nullptr ? std::string() : std::string(best->form);
}

// One cluster of records as a vertex, made on any thread before it joins the store.
struct Cluster {
  store::EntityVertex entity;        // its id not yet told apart from an earlier vertex's
  std::vector<uint32_t> explaining;  // the first record of each alias, whose join explains it
};

Cluster make_cluster(const std::vector<Record>& records, std::span<const uint32_t> members) {
  Cluster c;
  // A cluster is a few forms written by many records: counted in a hash map, sorted once.
  struct Tally {
    uint32_t count = 0;
    bool named = false;  // some record's name, not only an acronym: its first record explains it
  };
  std::unordered_map<std::string_view, Tally, StringHash> tallies;
  std::vector<std::pair<std::string_view, float>> type_votes;  // a type or two per cluster
  std::string_view canonical;
  for (uint32_t r : members) {
    const Record& record = records[r];
    Tally& name = tallies[record.name()];
    ++name.count;
    if (!name.named) {
      name.named = true;
      c.explaining.push_back(r);
    }
    if (!record.acronym().empty()) ++tallies[record.acronym()].count;
    if (!record.canonical().empty()) canonical = record.canonical();
    const float vote = record.m->score + (record.canonical().empty() ? 0.f : 10.f);
    auto type = std::find_if(type_votes.begin(), type_votes.end(), [&](auto& t) { return t.first == record.type(); });
    if (type == type_votes.end()) type_votes.emplace_back(record.type(), vote);
    else type->second += vote;
  }
  std::vector<FormCount> forms;
  forms.reserve(tallies.size());
  for (const auto& [form, tally] : tallies) forms.push_back({form, tally.count});
  std::sort(forms.begin(), forms.end(), [](const FormCount& a, const FormCount& b) { return a.form < b.form; });
  store::EntityVertex& e = c.entity;
  e.name = best_name(forms, canonical);
  // The most voted type; of equal votes, the first in name order.
  auto type = type_votes.begin();
  for (auto t = type_votes.begin(); t != type_votes.end(); ++t)
    if (t->second > type->second || (t->second == type->second && t->first < type->first)) type = t;
  e.type = type->first;
  for (const FormCount& f : forms) e.aliases.emplace_hint(e.aliases.end(), f.form, f.count);
  e.mentions = static_cast<uint32_t>(members.size());
  e.id = ontology::to_lower_ascii(records[members.front()].coarse()) + "/" + slug(e.name);
  return c;
}

// What one article adds to the store, found on any thread and added in article order.
struct ArticleLinks {
  struct Statement {
    store::Vertex subject, object;
    const ontology::Property* property;
    store::Evidence evidence;
  };
  store::ArticleRecord article;
  std::vector<std::pair<store::Vertex, std::string_view>> acronyms;  // resolved short forms: aliases
  std::vector<Statement> statements;
};

}  // namespace

MergeResult merge_documents(const std::vector<DocDigest>& docs, const ontology::Vocabulary& vocab,
                            const ontology::Lexicons& lexicons, const MergeDecisions& decisions, unsigned threads) {
  std::vector<Record> records;
  std::vector<uint32_t> first_record(docs.size());  // each article's records begin here
  size_t key_count = 0;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    first_record[d] = static_cast<uint32_t>(records.size());
    for (const RecordDigest& r : docs[d].records) records.push_back({&docs[d], &r, &docs[d].mentions[r.mention]});
    key_count += docs[d].keys.size();
  }
  // Blocking, then a decision per candidate pair, then union of the accepted pairs. The
  // keys are views into the digests, which outlive the map.
  ClusterSets sets(records.size(), decisions);
  if (!decisions.different.empty())
    for (uint32_t r = 0; r < records.size(); ++r) sets.add_name(r, records[r].folded_name());
  std::unordered_map<std::string_view, uint32_t, StringHash> first_with_key;
  first_with_key.reserve(key_count);
  std::vector<const char*> joined_via(records.size(), "first");
  // The record each one was joined to: the name similarity of the two is its join's score,
  // computed only for the joins --explain-merges reports (kNone: score 1).
  std::vector<uint32_t> joined_to(records.size(), kNone);
  // `kind`: what brought them together; by_transliteration: a transliteration key did.
  auto join = [&](uint32_t a, uint32_t b, const char* kind, bool by_transliteration = false) {
    // Records of one entity share several keys: most pairs met again are together already.
    if (sets.find(a) == sets.find(b)) return;
    if (!accept_pair(records[a], records[b], by_transliteration)) return;
    if (sets.unite(a, b)) {
      joined_via[b] = kind;
      joined_to[b] = a;
    }
  };
  for (uint32_t d = 0; d < docs.size(); ++d) {
    for (uint32_t k = 0; k < docs[d].records.size(); ++k) {
      const uint32_t r = first_record[d] + k;
      for (const KeyDigest& key : docs[d].keys_of(k)) {
        auto [it, inserted] = first_with_key.try_emplace(docs[d].string(key.key), r);
        if (!inserted) join(it->second, r, key_kind_name(key.kind), key.kind == KeyKind::kTransliteration);
      }
    }
  }
  // "Eleanor L. Yaresfield" and "Eleanor Yaresfield": a person's name with and without
  // middle initials is one person when the corpus writes that name with one set of
  // initials at most ("George H. W. X" and "George W. X" leave "George X" unresolved).
  // Only names that some record writes with initials can gain anything: the others are
  // left out before grouping.
  std::vector<uint32_t> people;  // the records of persons, ascending
  for (uint32_t r = 0; r < records.size(); ++r)
    if (records[r].coarse() == "PER") people.push_back(r);
  std::unordered_map<uint32_t, std::pair<std::string, std::string>> split;  // record -> (bare, initials)
  StringSet bare_with_initials;
  for (uint32_t r : people) {
    if (!has_single_letter_word(records[r].folded_name())) continue;
    auto& [bare, initials] = split[r] = without_initials(records[r].folded_name());
    if (bare.find(' ') != std::string::npos) bare_with_initials.insert(bare);
  }
  std::map<std::string, std::vector<std::pair<uint32_t, std::string>>> by_bare_name;
  if (!bare_with_initials.empty())
    for (uint32_t r : people) {
      auto it = split.find(r);
      const std::string_view bare = it == split.end() ? records[r].folded_name() : it->second.first;
      if (bare_with_initials.count(bare))
        by_bare_name[std::string(bare)].emplace_back(r, it == split.end() ? std::string() : it->second.second);
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
    auto it = first_with_key.find(class_key(records[r].coarse(), records[r].folded_name()));
    if (it != first_with_key.end() && it->second != r) join(it->second, r, key_kind_name(KeyKind::kAcronym));
  }
  // The user's "same" decisions: every record carrying one of the names, together.
  for (const auto& names : decisions.same) {
    uint32_t anchor = kNone;
    for (uint32_t r = 0; r < records.size(); ++r) {
      if (std::find(names.begin(), names.end(), records[r].folded_name()) == names.end()) continue;
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
  std::vector<std::span<const uint32_t>> members;  // of each cluster, in root order
  for (uint32_t root = 0; root < records.size(); ++root)
    if (group_start[root] != group_start[root + 1])
      members.emplace_back(grouped.data() + group_start[root], grouped.data() + group_start[root + 1]);
  // Each cluster's vertex is made on the workers; ids are told apart and vertices added here.
  std::vector<Cluster> clusters(members.size());
  parallel_for(clusters.size(), threads, [&](size_t c) { clusters[c] = make_cluster(records, members[c]); },
               kItemsPerTake);

  MergeResult result;
  auto& graph = result.store.graph();
  std::vector<store::Vertex> vertex_of(records.size());
  for (size_t c = 0; c < clusters.size(); ++c) {
    store::EntityVertex& e = clusters[c].entity;
    while (result.store.find(e.id)) e.id += "-" + ontology::to_lower_ascii(e.type);
    store::Vertex v = result.store.add_entity(std::move(e));
    for (uint32_t r : members[c]) vertex_of[r] = v;
    // One reason per alias: how its first mention joined.
    for (uint32_t r : clusters[c].explaining)
      result.reasons.push_back({graph[v].id, std::string(records[r].name()), joined_via[r],
                                joined_to[r] == kNone ? 1.f : name_similarity(records[joined_to[r]], records[r])});
  }
  clusters = {};
  // Relations and articles. A capital stands for its country's government when the corpus
  // names that government: country -> the government's first record.
  std::unordered_map<std::string, std::string> government_of;
  for (const auto& [city, capital] : lexicons.capital_of)
    if (!capital.government.empty()) government_of[capital.country] = capital.government;
  StringMap<uint32_t> government_record;
  for (const auto& [country, government] : government_of)
    if (auto it = first_with_key.find(class_key("ORG", fold_name(government))); it != first_with_key.end())
      government_record.emplace(country, it->second);
  // Reads only what is final by now (clusters, vertex ids), so articles are linked on the
  // workers; the store grows here, in article order.
  auto link_article = [&](uint32_t d) {
    const DocDigest& doc = docs[d];
    ArticleLinks links;
    // The vertex of each root mention that has one.
    std::vector<std::optional<store::Vertex>> entity(doc.mentions.size());
    for (size_t k = 0; k < doc.records.size(); ++k) entity[doc.records[k].mention] = vertex_of[first_record[d] + k];
    for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
      const MentionDigest& m = doc.mentions[i];
      if (m.root != kNone || entity[i] || m.canonical.empty()) continue;
      // A reference to a lexicon entity ("Iraqi" for Iraq) joins that entity when the
      // corpus names it; it never creates one.
      if (m.is_metonym)
        if (auto it = government_record.find(doc.string(m.canonical)); it != government_record.end()) {
          entity[i] = vertex_of[it->second];
          continue;
        }
      if (m.name_key.empty()) continue;  // a class without a coarse class
      if (auto it = first_with_key.find(doc.string(m.name_key)); it != first_with_key.end())
        entity[i] = vertex_of[it->second];
    }
    auto vertex_for = [&](uint32_t mention) { return entity[doc.root_of(mention)]; };
    store::ArticleRecord& article = links.article;
    article.id = doc.article.id;
    article.source = doc.article.source;
    article.date = doc.meta.date;
    article.headline = doc.meta.headline;
    std::vector<store::Vertex> mentioned;  // made ascending and distinct below (a set cost a node each)
    mentioned.reserve(doc.mentions.size());
    for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
      auto v = vertex_for(i);
      if (!v) continue;
      mentioned.push_back(*v);
      // Short forms resolved in the article count as mentions, not as aliases, except
      // acronyms, which are names.
      if (doc.mentions[i].root != kNone && doc.mentions[i].is_acronym)
        links.acronyms.emplace_back(*v, doc.string(doc.mentions[i].name));
      if (i == doc.meta.publisher_mention) article.publisher_id = graph[*v].id;
      if (i == doc.meta.place_mention) article.dateline_place_id = graph[*v].id;
    }
    std::sort(mentioned.begin(), mentioned.end());
    mentioned.erase(std::unique(mentioned.begin(), mentioned.end()), mentioned.end());
    article.mentions.reserve(mentioned.size());
    for (store::Vertex v : mentioned) article.mentions.push_back(graph[v].id);
    links.statements.reserve(doc.relations.size());
    for (const RelationDigest& rel : doc.relations) {
      auto s = vertex_for(rel.subject);
      auto o = vertex_for(rel.object);
      if (!s || !o || *s == *o) continue;
      const ontology::Property* prop = vocab.find_property(doc.string(rel.predicate));
      if (!prop) continue;
      // Views into the digest; the store keeps its own copy of the text.
      store::Evidence ev;
      ev.article_id = doc.article.id;
      ev.sentence = doc.text(rel.evidence);
      ev.offsets = rel.evidence;
      ev.rule = doc.string(rel.rule);
      ev.confidence = rel.confidence;
      ev.date = rel.date.empty() ? std::string_view(doc.meta.date) : doc.string(rel.date);
      ev.qualifier = doc.string(rel.qualifier);
      links.statements.push_back({*s, *o, prop, std::move(ev)});
    }
    return links;
  };
  // In batches, so that only a batch of articles' links is held at a time.
  constexpr size_t kBatch = 1024;
  std::vector<ArticleLinks> batch;
  for (size_t begin = 0; begin < docs.size(); begin += kBatch) {
    batch.assign(std::min(kBatch, docs.size() - begin), {});
    parallel_for(batch.size(), threads, [&](size_t i) { batch[i] = link_article(static_cast<uint32_t>(begin + i)); },
                 kItemsPerTake);
    for (ArticleLinks& links : batch) {
      for (const auto& [v, acronym] : links.acronyms) graph[v].aliases[std::string(acronym)]++;
      for (ArticleLinks::Statement& st : links.statements)
        result.store.add_relation(st.subject, st.object, st.property->name, st.evidence,
                                  st.property->symmetric);
      result.store.add_article(std::move(links.article));
    }
  }
  return result;
}

}  // namespace newsgraph::resolve
