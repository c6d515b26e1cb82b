// merge_bench: resolve::merge_documents at scale, without reading or extracting anything.
// Synthesizes Docs in memory (tokens, mentions, in-article references, relations) with the
// mix the extractor produces: invented people spelled several ways (e/i, q/k, doubled
// letters, al-/Al/el- particles, i/y) and sharing surnames with namesakes, and the real
// organizations and places of the ontology's lexicons under their aliases and acronyms.
// Then times merge_documents and reports time, peak memory and how the clusters compare
// with the truth it generated (split entities, over-merged vertices).
//
//   merge_bench [--mentions N] [--docs D] [--people P] [--seed S] [--threads T] [--ontology DIR] [--json]
//
// Defaults: 1,000,000 mentions over 100,000 docs, P = docs / 2 people, 1 thread (the
// threads merge_documents may use for its parallel parts; the result is the same).
// Build: cmake -S bench -B build-bench-merge -DCMAKE_BUILD_TYPE=Release &&
//        cmake --build build-bench-merge --target merge_bench   (see bench/README.md)
#include <algorithm>
#include <cctype>
#include <cmath>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/knowledge.h"
#include "resolve/merger.h"

namespace {

using newsgraph::Doc;
using newsgraph::kNone;
using newsgraph::Mention;
using newsgraph::RelationMention;
using newsgraph::Span;
using newsgraph::Token;

struct Options {
  size_t mentions = 1'000'000;
  size_t docs = 100'000;
  size_t people = 0;  // 0: docs / 2
  uint64_t seed = 42;
  unsigned threads = 1;
  std::string ontology;
  bool json = false;
};

// One true entity: its spellings (forms[0] canonical), type, and for people the surname
// of each form (what a later bare mention in an article says).
struct TrueEntity {
  std::string type;
  std::string canonical;  // lexicon canonical name (organizations and places)
  std::vector<std::string> forms;
  std::vector<std::string> surnames;
  std::string acronym;
};

double mb_now(const char* key) {  // VmRSS / VmHWM of this process, in MB
  std::ifstream status("/proc/self/status");
  std::string line;
  size_t len = std::char_traits<char>::length(key);
  while (std::getline(status, line))
    if (line.compare(0, len, key) == 0) return std::atof(line.c_str() + len + 1) / 1024.0;
  return 0;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Invented name parts: syllables that read as Kurdish, Arabic, Turkish or English names.
const char* kOnsets[] = {"B", "D", "H", "K", "R", "S", "Sh", "Z", "Kh", "Q", "M", "N", "T", "J", "W", "G", "F", "L", "Y", "Dil"};
const char* kNuclei[] = {"a", "e", "i", "o", "u", "aa", "ai"};
const char* kCodas[] = {"r", "n", "z", "w", "rw", "sh", "d", "m", "st", "l", "nd", "k", "q", "ss", "ll"};
const char* kEnds[] = {"an", "ar", "in", "ad", "o", "i", "ani", "ari", "ewi", "ky", "zad", "eem", "oun", "ir"};

std::string syllable_name(std::mt19937_64& rng, int syllables) {
  std::string s;
  for (int i = 0; i < syllables; ++i) {
    s += kOnsets[rng() % std::size(kOnsets)];
    s += kNuclei[rng() % std::size(kNuclei)];
    if (i + 1 < syllables) s += kCodas[rng() % std::size(kCodas)];
  }
  s += kEnds[rng() % std::size(kEnds)];
  for (size_t i = 1; i < s.size(); ++i) s[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  return s;
}

// One spelling variant of a word (never its first letter), or "" when the kind does not apply.
std::string vary(const std::string& w, int kind) {
  std::string v = w;
  switch (kind) {
    case 0:  // e <-> i
      for (size_t i = 1; i + 1 < v.size(); ++i)
        if (v[i] == 'e' || v[i] == 'i') { v[i] = v[i] == 'e' ? 'i' : 'e'; return v; }
      return "";
    case 1:  // doubled letter collapsed, or a single consonant doubled
      for (size_t i = 2; i < v.size(); ++i)
        if (v[i] == v[i - 1] && !is_vowel(v[i])) return v.erase(i, 1);
      for (size_t i = 1; i + 1 < v.size(); ++i)
        if (!is_vowel(v[i]) && is_vowel(v[i - 1]) && is_vowel(v[i + 1])) return v.insert(i, 1, v[i]);
      return "";
    case 2: {  // q -> k
      bool any = false;
      for (char& c : v) {
        if (c == 'q') { c = 'k'; any = true; }
        if (c == 'Q') { c = 'K'; any = true; }
      }
      return any ? v : "";
    }
    case 3:  // final i <-> y
      if (v.size() > 3 && (v.back() == 'i' || v.back() == 'y')) { v.back() = v.back() == 'i' ? 'y' : 'i'; return v; }
      return "";
    case 4:  // ou <-> u
      if (auto p = v.find("ou"); p != std::string::npos && p > 0) return v.erase(p, 1);
      if (auto p = v.find('u', 1); p != std::string::npos && v[p - 1] != 'o') return v.insert(p, 1, 'o');
      return "";
  }
  return "";
}

std::vector<TrueEntity> make_people(size_t n, std::mt19937_64& rng) {
  std::vector<TrueEntity> people;
  std::unordered_set<std::string> used;
  std::vector<std::string> surnames;
  people.reserve(n);
  while (people.size() < n) {
    std::string given = syllable_name(rng, 1 + rng() % 2);
    bool arabic = rng() % 3 == 0;
    std::string surname;
    if (!surnames.empty() && rng() % 4 == 0) {
      surname = surnames[rng() % surnames.size()];  // a namesake: same surname, another person
    } else {
      surname = syllable_name(rng, 2);
      if (arabic) surname = "al-" + surname;
      surnames.push_back(surname);
    }
    std::string full = given + " " + surname;
    if (!used.insert(full).second) continue;
    TrueEntity e;
    e.type = "Person";
    e.forms.push_back(full);
    e.surnames.push_back(surname);
    int variants = static_cast<int>(rng() % 3);
    for (int k = 0; k < variants; ++k) {
      int kind = static_cast<int>(rng() % 6);
      std::string g = given, s = surname;
      if (kind == 5) {
        if (s.rfind("al-", 0) != 0) continue;
        s = (rng() % 2 ? "Al " : "el-") + s.substr(3);
      } else if (rng() % 2) {
        g = vary(given, kind);
      } else {
        bool particle = s.rfind("al-", 0) == 0;
        std::string v = vary(particle ? s.substr(3) : s, kind);
        s = v.empty() ? "" : (particle ? "al-" : "") + v;
      }
      if (g.empty() || s.empty() || !used.insert(g + " " + s).second) continue;
      e.forms.push_back(g + " " + s);
      e.surnames.push_back(s);
    }
    people.push_back(std::move(e));
  }
  return people;
}

std::vector<TrueEntity> lexicon_entities(const newsgraph::ontology::Lexicons& lex) {
  std::vector<TrueEntity> out;
  for (const auto* entries : {&lex.organizations, &lex.places}) {
    for (const auto& entry : *entries) {
      TrueEntity e;
      e.type = entry.type;
      e.canonical = entry.name;
      e.forms.push_back(entry.name);
      for (const auto& alias : entry.aliases) {
        bool caps = alias.size() >= 2 && alias.size() <= 6;
        for (char c : alias) caps = caps && (std::isupper(static_cast<unsigned char>(c)) || c == '-');
        if (caps && e.acronym.empty()) e.acronym = alias;
        else e.forms.push_back(alias);
      }
      out.push_back(std::move(e));
    }
  }
  return out;
}

// Zipf-like draw over [0, n): a few entities are everywhere, most appear a few times.
struct Popularity {
  std::vector<double> cumulative;
  explicit Popularity(size_t n, double s) {
    double total = 0;
    for (size_t r = 0; r < n; ++r) cumulative.push_back(total += 1.0 / std::pow(r + 1.0, s));
  }
  size_t draw(std::mt19937_64& rng) const {
    double x = std::uniform_real_distribution<double>(0, cumulative.back())(rng);
    return std::lower_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin();
  }
};

// Appends `words` as tokens (and to the text), returns [first, end) token indices.
std::pair<uint32_t, uint32_t> append_words(Doc& doc, const std::string& words, bool all_caps) {
  uint32_t first = static_cast<uint32_t>(doc.tokens.size());
  size_t i = 0;
  while (i < words.size()) {
    size_t j = words.find(' ', i);
    if (j == std::string::npos) j = words.size();
    Token t;
    t.span = {static_cast<uint32_t>(doc.article.text.size() + i), static_cast<uint32_t>(doc.article.text.size() + j)};
    t.lower = words.substr(i, j - i);
    for (char& c : t.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.capitalized = true;
    t.all_caps = all_caps;
    t.is_word = true;
    doc.tokens.push_back(std::move(t));
    i = j + 1;
  }
  doc.article.text += words;
  doc.article.text += " said. ";
  return {first, static_cast<uint32_t>(doc.tokens.size())};
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) { std::fprintf(stderr, "merge_bench: %s needs a value\n", a.c_str()); std::exit(2); }
      return argv[++i];
    };
    if (a == "--mentions") opt.mentions = std::stoull(next());
    else if (a == "--docs") opt.docs = std::stoull(next());
    else if (a == "--people") opt.people = std::stoull(next());
    else if (a == "--seed") opt.seed = std::stoull(next());
    else if (a == "--threads") opt.threads = static_cast<unsigned>(std::stoul(next()));
    else if (a == "--ontology") opt.ontology = next();
    else if (a == "--json") opt.json = true;
    else {
      std::fprintf(stderr,
                   "usage: merge_bench [--mentions N] [--docs D] [--people P] [--seed S] [--threads T] "
                   "[--ontology DIR] [--json]\n");
      return 2;
    }
  }
  if (opt.docs == 0 || opt.mentions < opt.docs) { std::fprintf(stderr, "merge_bench: need mentions >= docs > 0\n"); return 2; }
  if (opt.people == 0) opt.people = opt.docs / 2;
  if (opt.ontology.empty()) opt.ontology = newsgraph::pipeline::default_ontology_dir();

  auto t_load = std::chrono::steady_clock::now();
  auto loaded = newsgraph::pipeline::load_knowledge(opt.ontology);
  if (!loaded.ok()) { std::fprintf(stderr, "merge_bench: %s\n", loaded.status().message().c_str()); return 1; }
  const newsgraph::pipeline::Knowledge& k = *loaded.value();
  double load_s = seconds_since(t_load);

  // The world: people first, then the lexicon's organizations and places.
  auto t_synth = std::chrono::steady_clock::now();
  std::mt19937_64 rng(opt.seed);
  std::vector<TrueEntity> entities = make_people(opt.people, rng);
  size_t n_people = entities.size();
  for (auto& e : lexicon_entities(k.lexicons)) entities.push_back(std::move(e));
  Popularity people_pop(n_people, 0.9), other_pop(entities.size() - n_people, 1.0);
  const char* predicates[] = {"metWith", "calledOn", "attacked", "condemned", "holdsPositionIn", "cooperatesWith"};

  // Digested as build digests each article after extraction (counted in synthesis time).
  std::vector<newsgraph::resolve::DocDigest> docs(opt.docs);
  std::vector<std::vector<uint32_t>> truth_of(opt.docs);  // true entity of each mention
  size_t made = 0;
  for (size_t d = 0; d < opt.docs; ++d) {
    Doc doc;
    doc.article.id = "m" + std::to_string(d);
    doc.article.source = doc.article.id + ".txt";
    doc.meta.date = "2024-01-01";
    size_t want = opt.mentions / opt.docs + (d < opt.mentions % opt.docs ? 1 : 0);
    unsigned outlet = static_cast<unsigned>(d % 40);  // spelling choices follow the outlet
    std::unordered_map<uint32_t, uint32_t> root_of;    // true entity -> its root mention here
    std::unordered_set<std::string> surnames_here;
    while (doc.mentions.size() < want) {
      bool person = rng() % 10 < 6;
      uint32_t te = person ? static_cast<uint32_t>(people_pop.draw(rng))
                           : static_cast<uint32_t>(n_people + other_pop.draw(rng));
      const TrueEntity& e = entities[te];
      size_t form = (outlet * 2654435761u + te) % (e.forms.size() + 1);  // +1: canonical twice as likely
      if (form == e.forms.size()) form = 0;
      Mention m;
      m.type = e.type;
      m.rule = "bench";
      m.score = 0.9f;
      if (auto it = root_of.find(te); it != root_of.end()) {
        // A later mention: a bare surname for people, the acronym or the name again otherwise.
        bool acronym = !person && !e.acronym.empty();
        std::string text = person ? e.surnames[form] : (acronym ? e.acronym : e.forms[form]);
        auto [b, en] = append_words(doc, text, acronym);
        m.first_token = b;
        m.end_token = en;
        m.name = text;
        m.antecedent = it->second;
        m.is_acronym = acronym;
        if (!person) m.canonical = e.canonical;
      } else {
        if (person && !surnames_here.insert(e.surnames[form]).second) continue;  // one namesake per article
        bool define = !person && !e.acronym.empty() && rng() % 2;
        auto [b, en] = append_words(doc, e.forms[form], false);
        m.first_token = b;
        m.end_token = en;
        m.name = e.forms[form];
        if (!person) m.canonical = e.canonical;
        if (define) m.acronym = e.acronym;
        root_of[te] = static_cast<uint32_t>(doc.mentions.size());
      }
      m.span = {doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
      truth_of[d].push_back(te);
      doc.mentions.push_back(std::move(m));
    }
    // About one relation per three mentions, between root mentions of the article.
    std::vector<uint32_t> roots;
    for (auto& [te, mi] : root_of) roots.push_back(mi);
    std::sort(roots.begin(), roots.end());
    for (size_t r = 0; roots.size() >= 2 && r < doc.mentions.size() / 3; ++r) {
      RelationMention rel;
      rel.subject = roots[rng() % roots.size()];
      rel.object = roots[rng() % roots.size()];
      if (rel.subject == rel.object) continue;
      rel.predicate = predicates[rng() % std::size(predicates)];
      rel.rule = "bench";
      rel.confidence = 0.8f;
      uint32_t lo = std::min(doc.mentions[rel.subject].span.begin, doc.mentions[rel.object].span.begin);
      uint32_t hi = std::max(doc.mentions[rel.subject].span.end, doc.mentions[rel.object].span.end);
      rel.evidence = {lo, hi};
      doc.relations.push_back(std::move(rel));
    }
    made += doc.mentions.size();
    docs[d] = newsgraph::resolve::digest(std::move(doc), k.vocabulary, k.lexicons);
  }
  double synth_s = seconds_since(t_synth);
  double rss_before = mb_now("VmRSS:");

  auto t_merge = std::chrono::steady_clock::now();
  std::clock_t c_merge = std::clock();
  newsgraph::resolve::MergeResult merged =
      newsgraph::resolve::merge_documents(docs, k.vocabulary, k.lexicons, {}, opt.threads);
  double merge_s = seconds_since(t_merge);
  double merge_cpu_s = static_cast<double>(std::clock() - c_merge) / CLOCKS_PER_SEC;
  double peak = mb_now("VmHWM:");

  // Quality: map every vertex's names back to the true entities that own them.
  std::unordered_map<std::string, uint32_t> owner;  // form -> entity (kNone when shared)
  std::vector<char> mentioned(entities.size(), 0);
  for (auto& t : truth_of)
    for (uint32_t te : t) mentioned[te] = 1;
  for (uint32_t te = 0; te < entities.size(); ++te) {
    if (!mentioned[te]) continue;
    auto add = [&](const std::string& f) {
      auto [it, fresh] = owner.emplace(f, te);
      if (!fresh && it->second != te) it->second = kNone;
    };
    for (const auto& f : entities[te].forms) add(f);
    if (!entities[te].acronym.empty()) add(entities[te].acronym);
  }
  std::vector<uint32_t> vertices_of(entities.size(), 0);
  size_t overmerged = 0, person_vertices = 0;
  const auto& g = merged.store.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    std::unordered_set<uint32_t> golds;
    for (const auto& [alias, count] : g[v].aliases) {
      auto it = owner.find(alias);
      if (it != owner.end() && it->second != kNone) golds.insert(it->second);
    }
    if (auto it = owner.find(g[v].name); it != owner.end() && it->second != kNone) golds.insert(it->second);
    for (uint32_t te : golds) vertices_of[te]++;
    overmerged += golds.size() > 1;
    person_vertices += g[v].type == "Person";
  }
  size_t true_mentioned = 0, true_people = 0, split = 0, exact = 0, people_exact = 0;
  for (uint32_t te = 0; te < entities.size(); ++te) {
    if (!mentioned[te]) continue;
    true_mentioned++;
    bool is_person = te < n_people;
    true_people += is_person;
    split += vertices_of[te] > 1;
    exact += vertices_of[te] == 1;
    people_exact += is_person && vertices_of[te] == 1;
  }

  if (opt.json) {
    std::printf(
        "{\"docs\": %zu, \"mentions\": %zu, \"true_entities\": %zu, \"true_people\": %zu, \"vertices\": %zu, "
        "\"person_vertices\": %zu, \"edges\": %zu, \"exact\": %zu, \"people_exact\": %zu, \"split\": %zu, "
        "\"overmerged\": %zu, \"load_ontology_s\": %.3f, \"synthesize_s\": %.3f, \"merge_s\": %.3f, "
        "\"merge_cpu_s\": %.3f, "
        "\"rss_mb_before_merge\": %.1f, \"peak_rss_mb\": %.1f}\n",
        docs.size(), made, true_mentioned, true_people, merged.store.entity_count(), person_vertices,
        merged.store.relation_count(), exact, people_exact, split, overmerged, load_s, synth_s, merge_s, merge_cpu_s, rss_before,
        peak);
  } else {
    std::printf("docs %zu, mentions %zu (true entities %zu, of them people %zu)\n", docs.size(), made,
                true_mentioned, true_people);
    std::printf("load ontology %.2f s, synthesize %.2f s, merge_documents %.2f s (CPU %.2f s)\n", load_s, synth_s,
                merge_s, merge_cpu_s);
    std::printf("vertices %zu (people %zu), edges %zu\n", merged.store.entity_count(), person_vertices,
                merged.store.relation_count());
    std::printf("exactly one vertex: %zu of %zu (people %zu of %zu); split %zu; over-merged vertices %zu\n", exact,
                true_mentioned, people_exact, true_people, split, overmerged);
    std::printf("RSS before merge %.0f MB, peak %.0f MB\n", rss_before, peak);
  }
  return 0;
}
