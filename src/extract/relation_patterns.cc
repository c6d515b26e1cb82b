#include "extract/relation_patterns.h"

#include "ontology/json_file.h"
#include "ontology/lexicons.h"

namespace newsgraph::extract {
namespace {

Status parse_error(const std::string& message) {
  return Status::Error(ErrorCode::kParseError, message);
}

Status read_words(const rapidjson::Value& v, PatternElement& e) {
  auto add = [&](const std::string& w) {
    std::string lower = ontology::to_lower_ascii(w);
    if (!lower.empty() && lower.back() == '*') {
      lower.pop_back();
      e.prefixes.push_back(lower);
    } else {
      e.words.insert(lower);
    }
  };
  if (v.IsString()) {
    add(v.GetString());
  } else if (v.IsArray()) {
    for (const auto& w : v.GetArray()) {
      if (!w.IsString()) return parse_error("\"lower\" lists strings only");
      add(w.GetString());
    }
  } else {
    return parse_error("\"lower\" must be a string or a list of strings");
  }
  return Status::Ok();
}

Status read_classes(const std::string& spec, const ontology::Vocabulary& vocab, PatternElement& e) {
  size_t start = 0;
  while (start <= spec.size()) {
    size_t bar = spec.find('|', start);
    std::string name = spec.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    if (name == "AGENT") {
      for (const char* c : {"PER", "ORG", "Country", "AdministrativeArea", "City"})
        if (!e.accepts_class(c)) e.classes.push_back(c);
    } else if (name == "PER" || name == "ORG" || name == "LOC" || name == "EVT" || vocab.find_class(name)) {
      if (!e.accepts_class(name)) e.classes.push_back(name);
    } else {
      return parse_error("unknown entity class \"" + name + "\"");
    }
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return Status::Ok();
}

Status read_element(const rapidjson::Value& v, const ontology::Vocabulary& vocab, PatternElement& e) {
  if (!v.IsObject()) return parse_error("pattern elements are objects");
  if (auto it = v.FindMember("optional"); it != v.MemberEnd()) e.optional = it->value.IsBool() && it->value.GetBool();
  if (auto it = v.FindMember("entity"); it != v.MemberEnd()) {
    if (!it->value.IsString()) return parse_error("\"entity\" must be a string");
    e.kind = ElementKind::kEntity;
    if (Status s = read_classes(it->value.GetString(), vocab, e); !s.ok()) return s;
    if (auto r = v.FindMember("role"); r != v.MemberEnd() && r->value.IsString()) {
      std::string role = r->value.GetString();
      if (role == "subject") e.role = Role::kSubject;
      else if (role == "object") e.role = Role::kObject;
      else if (role == "both") e.role = Role::kBoth;
      else return parse_error("\"role\" must be subject, object or both");
    }
    if (auto l = v.FindMember("list"); l != v.MemberEnd()) e.list = l->value.IsBool() && l->value.GetBool();
    if (auto d = v.FindMember("demonym"); d != v.MemberEnd()) e.demonym = d->value.IsBool() && d->value.GetBool();
    return Status::Ok();
  }
  if (auto it = v.FindMember("lower"); it != v.MemberEnd()) {
    e.kind = ElementKind::kWord;
    return read_words(it->value, e);
  }
  if (v.HasMember("title")) {
    e.kind = ElementKind::kTitle;
    return Status::Ok();
  }
  if (auto it = v.FindMember("skip"); it != v.MemberEnd()) {
    if (!it->value.IsUint() || it->value.GetUint() == 0 || it->value.GetUint() > 12)
      return parse_error("\"skip\" must be a count from 1 to 12");
    e.kind = ElementKind::kSkip;
    e.max_skip = it->value.GetUint();
    return Status::Ok();
  }
  return parse_error("an element needs one of entity, lower, title, skip");
}

}  // namespace

bool PatternElement::accepts_word(const std::string& lower) const {
  return words.count(lower) || has_prefix(lower);
}

bool PatternElement::has_prefix(const std::string& lower) const {
  for (const std::string& p : prefixes)
    if (lower.size() >= p.size() && lower.compare(0, p.size(), p) == 0) return true;
  return false;
}

Result<RelationPatterns> load_relation_patterns(const std::string& patterns_path,
                                                const std::string& modality_path,
                                                const ontology::Vocabulary& vocab) {
  RelationPatterns out;
  Status s = ontology::for_each_jsonl_record(modality_path, [&](const rapidjson::Value& r, size_t) {
    auto w = r.FindMember("word");
    auto k = r.FindMember("kind");
    if (w == r.MemberEnd() || !w->value.IsString() || k == r.MemberEnd() || !k->value.IsString())
      return parse_error("needs \"word\" and \"kind\"");
    std::string kind = k->value.GetString();
    std::string word = ontology::to_lower_ascii(w->value.GetString());
    if (kind == "negation") out.negation_cues.insert(word);
    else if (kind == "hypothetical") out.hypothetical_cues.insert(word);
    else return parse_error("\"kind\" must be negation or hypothetical");
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = ontology::for_each_jsonl_record(patterns_path, [&](const rapidjson::Value& r, size_t) {
    RelationPattern p;
    auto str = [&](const char* key) {
      auto it = r.FindMember(key);
      return it != r.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString()) : "";
    };
    p.id = str("id");
    p.predicate = str("predicate");
    if (p.id.empty()) return parse_error("missing \"id\"");
    if (!vocab.find_property(p.predicate))
      return parse_error("pattern " + p.id + ": unknown predicate \"" + p.predicate + "\"");
    auto conf = r.FindMember("confidence");
    if (conf == r.MemberEnd() || !conf->value.IsNumber())
      return parse_error("pattern " + p.id + ": missing numeric \"confidence\"");
    p.confidence = static_cast<float>(conf->value.GetDouble());
    if (auto neg = r.FindMember("allow_negation"); neg != r.MemberEnd())
      p.allow_negation = neg->value.IsBool() && neg->value.GetBool();
    if (auto ap = r.FindMember("apposition"); ap != r.MemberEnd())
      p.apposition = ap->value.IsBool() && ap->value.GetBool();
    auto elements = r.FindMember("pattern");
    if (elements == r.MemberEnd() || !elements->value.IsArray() || elements->value.Empty())
      return parse_error("pattern " + p.id + ": \"pattern\" must be a non-empty array");
    bool subject = false, object = false;
    for (const auto& v : elements->value.GetArray()) {
      PatternElement e;
      if (Status es = read_element(v, vocab, e); !es.ok())
        return parse_error("pattern " + p.id + ": " + es.message());
      subject = subject || e.role == Role::kSubject || e.role == Role::kBoth;
      object = object || e.role == Role::kObject || e.role == Role::kBoth;
      p.elements.push_back(std::move(e));
    }
    if (!subject || !object) return parse_error("pattern " + p.id + ": needs a subject and an object");
    out.patterns.push_back(std::move(p));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (RelationPattern& pattern : out.patterns) {
    for (PatternElement& e : pattern.elements) {
      for (const std::string& name : e.classes) {
        auto known = std::find(out.entity_classes.begin(), out.entity_classes.end(), name);
        if (known == out.entity_classes.end()) {
          if (out.entity_classes.size() == 64)
            return parse_error(patterns_path + ": more than 64 entity classes in patterns");
          known = out.entity_classes.insert(known, name);
        }
        e.class_bits |= uint64_t{1} << (known - out.entity_classes.begin());
      }
    }
  }
  // A name that is neither a vocabulary class nor an entity class has no coarse class and
  // stands for none of them.
  auto add_class_bits = [&](std::string_view name) {
    const std::string_view coarse = vocab.coarse_of(name);
    uint64_t bits = 0;
    for (size_t c = 0; c < out.entity_classes.size(); ++c)
      if (out.entity_classes[c] == name || out.entity_classes[c] == coarse) bits |= uint64_t{1} << c;
    out.entity_class_bits.emplace(std::string(name), bits);
  };
  for (const ontology::EntityClass& c : vocab.classes) add_class_bits(c.name);
  for (const std::string& name : out.entity_classes) add_class_bits(name);
  out.filter = PatternFilter(out.patterns);
  return out;
}

PatternFilter::PatternFilter(std::vector<RelationPattern>& patterns) {
  uint32_t slot_count = 0;
  for (const RelationPattern& pattern : patterns) {
    for (const PatternElement& e : pattern.elements) {
      for (const std::string& word : e.words) word_ids_.emplace(word, static_cast<uint32_t>(word_ids_.size()));
      slot_count += e.kind == ElementKind::kWord && !e.optional;
    }
  }
  row_size_ = (slot_count + 63) / 64;
  auto set = [](uint64_t* row, uint32_t bit) { row[bit / 64] |= uint64_t{1} << (bit % 64); };
  slots_by_word_.assign(word_ids_.size() * row_size_, 0);
  needs_title_.assign(patterns.size(), 0);
  uint32_t slot = 0;
  for (uint32_t p = 0; p < patterns.size(); ++p) {
    first_slot_.push_back(slot);
    for (PatternElement& e : patterns[p].elements) {
      if (e.kind == ElementKind::kTitle && !e.optional) needs_title_[p] = 1;
      if (e.kind != ElementKind::kWord) continue;
      e.word_bits.assign((word_ids_.size() + 63) / 64, 0);
      for (const std::string& word : e.words) set(e.word_bits.data(), word_ids_.find(word)->second);
      if (e.optional) continue;
      for (const std::string& word : e.words) set(&slots_by_word_[word_ids_.find(word)->second * row_size_], slot);
      if (!e.prefixes.empty()) prefix_slots_.emplace_back(slot, e.prefixes);
      ++slot;
    }
  }
  first_slot_.push_back(slot);
}

void PatternFilter::scan(const std::vector<Token>& tokens, uint32_t first_token, uint32_t end_token,
                         bool has_title, SentenceWords& words, std::vector<uint32_t>& last_start) const {
  const uint32_t row_size = row_size_;
  words.first_token = first_token;
  words.ids.assign(end_token - first_token, kNone);
  std::vector<uint32_t> last(first_slot_.back(), kNone);  // per slot, the last token filling it
  for (uint32_t t = first_token; t < end_token; ++t) {
    const Token& token = tokens[t];
    if (token.is(ontology::kPatternWord)) {
      if (auto it = word_ids_.find(token.lower); it != word_ids_.end()) {
        words.ids[t - first_token] = it->second;
        const uint64_t* slots = &slots_by_word_[it->second * row_size];
        for (uint32_t i = 0; i < row_size; ++i)
          for (uint64_t bits = slots[i]; bits != 0; bits &= bits - 1) last[i * 64 + __builtin_ctzll(bits)] = t;
      }
    }
    for (const auto& [slot, prefixes] : prefix_slots_)
      for (const std::string& prefix : prefixes)
        if (token.lower.compare(0, prefix.size(), prefix) == 0) last[slot] = t;
  }
  last_start.resize(needs_title_.size());
  for (size_t p = 0; p < last_start.size(); ++p) {
    uint32_t bound = has_title || !needs_title_[p] ? end_token - 1 : kNone;
    for (uint32_t slot = first_slot_[p]; slot < first_slot_[p + 1] && bound != kNone; ++slot)
      bound = last[slot] == kNone ? kNone : std::min(bound, last[slot]);
    last_start[p] = bound;
  }
}

}  // namespace newsgraph::extract
