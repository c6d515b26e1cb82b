#include "ontology/vocabulary.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "ontology/json_file.h"

namespace newsgraph::ontology {
namespace {

// Expands a compact IRI ("schema:Person") with the document's @context prefixes.
std::string expand(const rapidjson::Value& context, const std::string& compact) {
  auto colon = compact.find(':');
  if (colon == std::string::npos || compact.compare(colon, 3, "://") == 0) return compact;
  std::string prefix = compact.substr(0, colon);
  auto it = context.FindMember(prefix.c_str());
  if (it == context.MemberEnd() || !it->value.IsString()) return compact;
  return std::string(it->value.GetString()) + compact.substr(colon + 1);
}

std::string local_name(const std::string& iri) {
  auto cut = iri.find_last_of("#/:");
  return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

std::string string_member(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace

const EntityClass* Vocabulary::find_class(std::string_view name) const {
  for (const auto& c : classes) if (c.name == name) return &c;
  return nullptr;
}

const Property* Vocabulary::find_property(std::string_view name) const {
  for (const auto& p : properties) if (p.name == name) return &p;
  return nullptr;
}

std::string_view Vocabulary::coarse_of(std::string_view class_name) const {
  const EntityClass* c = find_class(class_name);
  return c ? std::string_view(c->coarse) : std::string_view();
}

Result<Vocabulary> load_vocabulary(const std::string& path) {
  auto parsed = read_json_file(path);
  if (!parsed.ok()) return parsed.status();
  const rapidjson::Document& doc = parsed.value();
  auto fail = [&](const std::string& what) {
    return Status::Error(ErrorCode::kParseError, path + ": " + what);
  };
  if (!doc.IsObject() || !doc.HasMember("@context") || !doc["@context"].IsObject())
    return fail("expected an object with an @context");
  const rapidjson::Value& context = doc["@context"];
  Vocabulary vocab;
  vocab.namespace_iri = string_member(doc, "namespace");
  if (vocab.namespace_iri.empty()) return fail("missing \"namespace\"");
  if (!doc.HasMember("classes") || !doc["classes"].IsArray()) return fail("missing \"classes\" array");
  if (!doc.HasMember("properties") || !doc["properties"].IsArray())
    return fail("missing \"properties\" array");
  for (const auto& c : doc["classes"].GetArray()) {
    EntityClass cls;
    cls.iri = expand(context, string_member(c, "@id"));
    cls.name = local_name(cls.iri);
    cls.parent_iri = expand(context, string_member(c, "subClassOf"));
    cls.coarse = string_member(c, "coarse");
    cls.dot_shape = string_member(c, "dotShape");
    cls.dot_color = string_member(c, "dotColor");
    cls.comment = string_member(c, "comment");
    if (cls.name.empty() || cls.coarse.empty())
      return fail("class " + cls.iri + " needs an @id and a coarse class");
    vocab.classes.push_back(std::move(cls));
  }
  for (const auto& p : doc["properties"].GetArray()) {
    Property prop;
    prop.iri = expand(context, string_member(p, "@id"));
    prop.name = local_name(prop.iri);
    if (prop.name.empty()) return fail("a property has no @id");
    auto sym = p.FindMember("symmetric");
    prop.symmetric = sym != p.MemberEnd() && sym->value.IsBool() && sym->value.GetBool();
    prop.domain_iri = expand(context, string_member(p, "domain"));
    prop.range_iri = expand(context, string_member(p, "range"));
    prop.equivalent_iri = expand(context, string_member(p, "equivalentProperty"));
    prop.cameo = string_member(p, "cameo");
    prop.cameo_code = string_member(p, "cameoCode");
    prop.comment = string_member(p, "comment");
    vocab.properties.push_back(std::move(prop));
  }
  return vocab;
}

}  // namespace newsgraph::ontology
