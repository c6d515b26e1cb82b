#include "resolve/doc_digest.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <string_view>

#include "core/string_hash.h"
#include "resolve/in_document.h"

namespace newsgraph::resolve {
namespace {

// Appends each distinct string once: a type or a rule id repeats in most mentions, and so
// do the folded names and keys of an entity named again and again in one article.
// The distinct strings are found again through a small open-addressing table of spans
// into `out` (a node-based map cost an allocation per string, for every article).
class StringPacker {
 public:
  // `expected`: about how many distinct strings will be added. The table is made large
  // enough for them at once: growing it hashes every string again.
  StringPacker(std::string& out, size_t expected)
      : out_(out), slots_(std::bit_ceil(std::max<size_t>(64, 2 * expected))) {}
  Span add(std::string_view s) {
    if (s.empty()) return {};
    size_t i = slot_of(s);
    if (!slots_[i].empty()) return slots_[i];
    const Span span{static_cast<uint32_t>(out_.size()), static_cast<uint32_t>(out_.size() + s.size())};
    out_.append(s);
    slots_[i] = span;
    if (++used_ * 2 > slots_.size()) grow();
    return span;
  }
  // How many distinct strings it holds.
  size_t size() const { return used_; }

 private:
  std::string_view text(Span span) const { return std::string_view(out_).substr(span.begin, span.size()); }
  // Whether the string at `span` is `s`. Most are names, types and keys of up to 24 bytes,
  // compared inline: a call to memcmp cost more than the probe it ends.
  bool holds(Span span, std::string_view s) const {
    if (span.size() != s.size()) return false;
    const char* held = out_.data() + span.begin;
    return s.size() <= kShortBytes ? equal_short_bytes(held, s.data(), s.size())
                                   : std::memcmp(held, s.data(), s.size()) == 0;
  }
  // The slot holding `s`, or the empty slot where it belongs.
  size_t slot_of(std::string_view s) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = StringHash{}(s) & mask;; i = (i + 1) & mask)
      if (slots_[i].empty() || holds(slots_[i], s)) return i;
  }
  void grow() {
    std::vector<Span> old = std::move(slots_);
    slots_.assign(old.size() * 2, Span{});
    for (const Span& span : old)
      if (!span.empty()) slots_[slot_of(text(span))] = span;
  }

  static constexpr size_t kShortBytes = 24;  // the most equal_short_bytes compares
  std::string& out_;
  std::vector<Span> slots_;  // a power of two, at most half full; an empty span is a free slot
  size_t used_ = 0;
};

// The latest record of `out` whose mention is written as `d` is: the same name, canonical
// name, acronym, type and word count (spans from one StringPacker are the same span when
// their strings are the same). Its folded names and blocking keys are `d`'s too.
const RecordDigest* same_record(const DocDigest& out, const MentionDigest& d) {
  auto same = [](Span a, Span b) { return a.begin == b.begin && a.end == b.end; };
  for (auto r = out.records.rbegin(); r != out.records.rend(); ++r) {
    const MentionDigest& e = out.mentions[r->mention];
    if (same(e.name, d.name) && same(e.canonical, d.canonical) && same(e.acronym, d.acronym) &&
        same(e.type, d.type) && e.words == d.words)
      return &*r;
  }
  return nullptr;
}

}  // namespace

DocDigest digest(Doc doc, const ontology::Vocabulary& vocab, const ontology::Lexicons& lexicons) {
  DocDigest out;
  // About four new strings per mention (name, canonical name, folded name, name key) and
  // two per relation (rule, date); types and predicates repeat. More still fit: it grows.
  StringPacker pack(out.strings, 4 * doc.mentions.size() + 2 * doc.relations.size());
  out.mentions.reserve(doc.mentions.size());
  // Room for every mention being a record with the most keys a name has (its name key, its
  // acronym's, one of its class): the vectors are trimmed once full, not regrown as they fill.
  constexpr size_t kMostKeysPerRecord = 3;
  out.records.reserve(doc.mentions.size());
  out.keys.reserve(kMostKeysPerRecord * doc.mentions.size());
  std::vector<BlockingKey> keys;
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    MentionDigest d;
    const size_t strings_known = pack.size();
    d.name = pack.add(m.name);
    d.canonical = pack.add(m.canonical);
    d.acronym = pack.add(m.acronym);
    d.type = pack.add(m.type);
    // An article names an entity again and again; a mention written exactly as an earlier
    // record's (all its strings met before) copies that record's folded names and keys.
    const bool strings_all_known = pack.size() == strings_known;
    d.root = m.antecedent == kNone ? kNone : root_mention(doc, i);
    d.words = static_cast<uint16_t>(std::min<uint32_t>(m.end_token - m.first_token, UINT16_MAX));
    d.is_reference = m.is_reference;
    d.is_acronym = m.is_acronym;
    d.is_metonym = m.is_metonym;
    d.score = m.score;
    const std::string_view coarse = d.root == kNone && !m.type.empty() ? vocab.coarse_of(m.type) : "";
    const bool record = !coarse.empty() && !m.is_reference;
    const RecordDigest* same = record && strings_all_known ? same_record(out, d) : nullptr;
    if (same) {
      // By index: out.keys grows while its own elements are copied.
      const size_t keys_begin = out.keys_of(same - out.records.data()).data() - out.keys.data();
      for (size_t k = keys_begin; k < same->keys_end; ++k) out.keys.push_back(out.keys[k]);
      d.name_key = out.keys[keys_begin].key;
      out.records.push_back(
          {i, same->coarse, same->folded_name, same->folded_key, static_cast<uint32_t>(out.keys.size())});
    } else if (record) {
      const std::string folded_key = fold_name(m.canonical.empty() ? m.name : m.canonical);
      const Span folded_key_span = pack.add(folded_key);
      blocking_keys({coarse, m.type, folded_key, m.acronym, !m.canonical.empty(), d.words}, lexicons, keys);
      for (const BlockingKey& key : keys) out.keys.push_back({key.kind, pack.add(key.key)});
      d.name_key = out.keys[out.keys.size() - keys.size()].key;  // the first key is the name key
      // A name as written that is the canonical name ("Baghdad") is folded once.
      const bool name_is_key = m.canonical.empty() || m.canonical == m.name;
      out.records.push_back({i, pack.add(coarse), name_is_key ? folded_key_span : pack.add(fold_name(m.name)),
                             folded_key_span, static_cast<uint32_t>(out.keys.size())});
    } else if (!coarse.empty() && !m.canonical.empty()) {
      d.name_key = pack.add(class_key(coarse, fold_name(m.canonical)));
    }
    out.mentions.push_back(d);
  }
  out.records.shrink_to_fit();
  out.keys.shrink_to_fit();
  out.relations.reserve(doc.relations.size());
  for (const RelationMention& r : doc.relations) {
    RelationDigest d;
    d.subject = r.subject;
    d.object = r.object;
    d.predicate = pack.add(r.predicate);
    d.qualifier = pack.add(r.qualifier);
    d.rule = pack.add(r.rule);
    d.date = pack.add(r.date);
    d.evidence = r.evidence;
    d.confidence = r.confidence;
    out.relations.push_back(d);
  }
  out.strings.shrink_to_fit();
  out.article = std::move(doc.article);
  out.meta = std::move(doc.meta);
  return out;
}

}  // namespace newsgraph::resolve
