#include "export/doc_shard.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newsgraph::exporter {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}
void put(Writer& w, const char* key, uint32_t value) {
  w.Key(key);
  if (value == kNone) w.Null(); else w.Uint(value);
}

std::string get_string(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString()
             ? std::string(it->value.GetString(), it->value.GetStringLength())
             : "";
}
uint32_t get_uint(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsUint() ? it->value.GetUint() : kNone;
}
bool get_bool(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}
float get_float(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsNumber() ? static_cast<float>(it->value.GetDouble()) : 0.f;
}

}  // namespace

std::string doc_to_shard_record(const Doc& doc) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  put(w, "id", doc.article.id);
  put(w, "source", doc.article.source);
  put(w, "text", doc.article.text);
  put(w, "date", doc.meta.date);
  put(w, "publisher", doc.meta.publisher);
  put(w, "headline", doc.meta.headline);
  put(w, "publisher_mention", doc.meta.publisher_mention);
  put(w, "place_mention", doc.meta.place_mention);
  w.Key("mentions");
  w.StartArray();
  for (const Mention& m : doc.mentions) {
    w.StartObject();
    put(w, "begin", m.span.begin);
    put(w, "end", m.span.end);
    put(w, "tokens", m.end_token - m.first_token);
    put(w, "type", m.type);
    put(w, "name", m.name);
    put(w, "canonical", m.canonical);
    put(w, "acronym", m.acronym);
    put(w, "title", m.title);
    put(w, "rule", m.rule);
    w.Key("score"); w.Double(m.score);
    put(w, "antecedent", m.antecedent);
    w.Key("is_reference"); w.Bool(m.is_reference);
    w.Key("is_acronym"); w.Bool(m.is_acronym);
    w.Key("is_metonym"); w.Bool(m.is_metonym);
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const RelationMention& r : doc.relations) {
    w.StartObject();
    put(w, "subject", r.subject);
    put(w, "predicate", r.predicate);
    put(w, "object", r.object);
    put(w, "qualifier", r.qualifier);
    put(w, "rule", r.rule);
    w.Key("confidence"); w.Double(r.confidence);
    put(w, "begin", r.evidence.begin);
    put(w, "end", r.evidence.end);
    put(w, "date", r.date);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

Result<Doc> doc_from_shard_record(std::string_view line) {
  rapidjson::Document json;
  json.Parse(line.data(), line.size());
  if (json.HasParseError())
    return Status::Error(ErrorCode::kParseError, std::string("not JSON: ") + rapidjson::GetParseError_En(json.GetParseError()));
  if (!json.IsObject() || !json.HasMember("mentions") || !json["mentions"].IsArray() ||
      !json.HasMember("relations") || !json["relations"].IsArray())
    return Status::Error(ErrorCode::kParseError, "not a newsgraph shard record (needs mentions and relations)");
  Doc doc;
  doc.article.id = get_string(json, "id");
  doc.article.source = get_string(json, "source");
  doc.article.text = get_string(json, "text");
  doc.meta.date = get_string(json, "date");
  doc.meta.publisher = get_string(json, "publisher");
  doc.meta.headline = get_string(json, "headline");
  doc.meta.publisher_mention = get_uint(json, "publisher_mention");
  doc.meta.place_mention = get_uint(json, "place_mention");
  if (doc.article.id.empty()) return Status::Error(ErrorCode::kParseError, "record without \"id\"");
  const uint32_t text_size = static_cast<uint32_t>(doc.article.text.size());
  for (const auto& v : json["mentions"].GetArray()) {
    Mention m;
    m.span = {get_uint(v, "begin"), get_uint(v, "end")};
    uint32_t tokens = get_uint(v, "tokens");
    if (m.span.begin == kNone || m.span.end == kNone || m.span.end > text_size || tokens == kNone)
      return Status::Error(ErrorCode::kParseError, "mention with a bad span in " + doc.article.id);
    m.first_token = 0;
    m.end_token = tokens;  // only the token count survives: merging needs no more
    m.type = get_string(v, "type");
    m.name = get_string(v, "name");
    m.canonical = get_string(v, "canonical");
    m.acronym = get_string(v, "acronym");
    m.title = get_string(v, "title");
    m.rule = get_string(v, "rule");
    m.score = get_float(v, "score");
    m.antecedent = get_uint(v, "antecedent");
    m.is_reference = get_bool(v, "is_reference");
    m.is_acronym = get_bool(v, "is_acronym");
    m.is_metonym = get_bool(v, "is_metonym");
    doc.mentions.push_back(std::move(m));
  }
  const uint32_t mentions = static_cast<uint32_t>(doc.mentions.size());
  for (const Mention& m : doc.mentions)
    if (m.antecedent != kNone && m.antecedent >= mentions)
      return Status::Error(ErrorCode::kParseError, "antecedent out of range in " + doc.article.id);
  if (doc.meta.publisher_mention != kNone && doc.meta.publisher_mention >= mentions) doc.meta.publisher_mention = kNone;
  if (doc.meta.place_mention != kNone && doc.meta.place_mention >= mentions) doc.meta.place_mention = kNone;
  for (const auto& v : json["relations"].GetArray()) {
    RelationMention r;
    r.subject = get_uint(v, "subject");
    r.object = get_uint(v, "object");
    r.predicate = get_string(v, "predicate");
    r.qualifier = get_string(v, "qualifier");
    r.rule = get_string(v, "rule");
    r.confidence = get_float(v, "confidence");
    r.evidence = {get_uint(v, "begin"), get_uint(v, "end")};
    r.date = get_string(v, "date");
    if (r.subject >= mentions || r.object >= mentions || r.evidence.end > text_size ||
        r.evidence.begin > r.evidence.end)
      return Status::Error(ErrorCode::kParseError, "relation out of range in " + doc.article.id);
    doc.relations.push_back(std::move(r));
  }
  return doc;
}

}  // namespace newsgraph::exporter
