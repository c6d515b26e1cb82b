// load_graph_jsonld: RapidJSON DOM over our own JSON-LD export, back into a GraphStore
// (see jsonld_loader.h for what is read and what is not).
#include "store/jsonld_loader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <charconv>
#include <deque>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "ingest/utf8_text.h"

namespace newsgraph::store {
namespace {

using Value = rapidjson::Value;

constexpr std::string_view kDefaultBase = "https://newsgraph.dev/id/";
constexpr std::string_view kEntity = "entity/";
constexpr std::string_view kArticle = "article/";
constexpr std::string_view kStatement = "statement/";

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

std::string_view view(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

// A direct triple "subject predicate object" read from an entity node, used only when the
// file carries no statement nodes.
struct DirectTriple {
  std::string subject, predicate, object;
};

class Loader {
 public:
  explicit Loader(const ontology::Vocabulary& vocab) : vocab_(vocab) {
    for (const auto& p : vocab.properties) property_by_iri_.emplace(p.iri, p.name);
  }

  Result<GraphStore> load(std::string_view text) {
    rapidjson::Document doc;
    // Validating UTF-8 here, or a corrupt file loads and only the next export refuses it.
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    if (doc.HasParseError())
      return Status::Error(ErrorCode::kParseError,
                           "not JSON (offset " + std::to_string(doc.GetErrorOffset()) + ": " +
                               rapidjson::GetParseError_En(doc.GetParseError()) + ")");
    if (!doc.IsObject()) return fail("the document is not a JSON object");
    if (Status s = read_context(doc); !s.ok()) return s;
    auto graph = doc.FindMember("@graph");
    if (graph == doc.MemberEnd() || !graph->value.IsArray())
      return fail("no \"@graph\" array (is this a newsgraph graph.jsonld?)");

    // Entities first, so articles and statements can refer to them in any order.
    for (const Value& node : graph->value.GetArray())
      if (std::string id; node_id(node, id) && starts_with(id, kEntity) && !read_entity(node, id))
        return error_;
    for (const Value& node : graph->value.GetArray()) {
      std::string id;
      if (!node_id(node, id)) return error_;
      bool ok = true;
      if (starts_with(id, kArticle))
        ok = read_article(node, id);
      else if (starts_with(id, kStatement))
        ok = read_statement(node, id);
      else if (!starts_with(id, kEntity))
        ok = fail_node(id, "is neither an entity, an article nor a statement");
      if (!ok) return error_;
    }
    if (!saw_statement_ && !add_direct_triples()) return error_;
    return std::move(store_);
  }

 private:
  Status read_context(const Value& doc) {
    auto ctx = doc.FindMember("@context");
    if (ctx == doc.MemberEnd()) return fail("no \"@context\"");
    const Value& c = ctx->value;
    if (c.IsString())
      return Status::Error(ErrorCode::kUnsupported,
                           "the @context is a URL (\"" + std::string(view(c)) +
                               "\"): newsgraph never fetches contexts; load a graph.jsonld written "
                               "by newsgraph, whose @context is inline");
    if (c.IsArray()) {
      for (const Value& part : c.GetArray())
        if (part.IsString())
          return Status::Error(ErrorCode::kUnsupported,
                               "the @context refers to a remote context (\"" +
                                   std::string(view(part)) +
                                   "\"): newsgraph never fetches contexts; load a graph.jsonld "
                                   "written by newsgraph, whose @context is inline");
      return fail("the @context is an array, not the single inline object newsgraph writes");
    }
    if (!c.IsObject()) return fail("the @context is not an object");
    if (c.HasMember("@import"))
      return Status::Error(
          ErrorCode::kUnsupported,
          "the @context imports a remote context: newsgraph never fetches contexts");
    base_ = kDefaultBase;
    if (auto b = c.FindMember("@base"); b != c.MemberEnd() && b->value.IsString())
      base_ = view(b->value);
    if (auto ng = c.FindMember("ng"); ng != c.MemberEnd()) {
      if (!ng->value.IsString() || view(ng->value) != vocab_.namespace_iri)
        return Status::Error(ErrorCode::kInvalidInput,
                             "the graph's ontology namespace \"" +
                                 std::string(ng->value.IsString() ? view(ng->value) : "?") +
                                 "\" is not the vocabulary's (\"" + vocab_.namespace_iri +
                                 "\"): load it with the ontology it was built with (--ontology)");
    }
    return Status::Ok();
  }

  // The node's @id relative to the base; false (with error_ set) when it has none.
  bool node_id(const Value& node, std::string& id) {
    if (!node.IsObject()) return fail_node("@graph", "holds a value that is not an object");
    auto m = node.FindMember("@id");
    if (m == node.MemberEnd() || !m->value.IsString())
      return fail_node("@graph", "holds a node without an @id");
    id = relative(view(m->value));
    return true;
  }

  std::string relative(std::string_view iri) const {
    if (!base_.empty() && starts_with(iri, base_)) iri.remove_prefix(base_.size());
    return std::string(iri);
  }

  // The id behind a reference {"@id": "<prefix><segment>"}; false when it is not one.
  bool ref(const Value& v, std::string_view prefix, std::string& out) const {
    if (!v.IsObject()) return false;
    auto m = v.FindMember("@id");
    if (m == v.MemberEnd() || !m->value.IsString()) return false;
    std::string rel = relative(view(m->value));
    if (!starts_with(rel, prefix)) return false;
    out = decode_iri_segment(std::string_view(rel).substr(prefix.size()));
    return true;
  }

  bool read_entity(const Value& node, const std::string& id) {
    EntityVertex e;
    e.id = decode_iri_segment(std::string_view(id).substr(kEntity.size()));
    std::vector<std::pair<std::string, std::string>> triples;  // (predicate, object id)
    for (const auto& m : node.GetObject()) {
      std::string_view key = view(m.name);
      const Value& v = m.value;
      if (key == "@id") continue;
      if (key == "@type") {
        if (!v.IsString()) return fail_node(id, "has an @type that is not one string");
        e.type = starts_with(view(v), "ng:") ? decode_iri_segment(view(v).substr(3))
                                             : std::string(view(v));
      } else if (key == "name") {
        if (!v.IsString()) return fail_node(id, "has a name that is not a string");
        e.name = view(v);
      } else if (key == "alternateName") {
        if (!v.IsArray()) return fail_node(id, "has an alternateName that is not an array");
        for (const Value& alias : v.GetArray()) {
          if (!alias.IsString()) return fail_node(id, "has an alternateName that is not a string");
          e.aliases[std::string(view(alias))] = 1;
        }
      } else if (key == "mentionCount") {
        if (!v.IsUint()) return fail_node(id, "has a mentionCount that is not a count");
        e.mentions = v.GetUint();
      } else if (v.IsArray()) {
        std::string predicate =
            starts_with(key, "ng:") ? decode_iri_segment(key.substr(3)) : std::string(key);
        for (const Value& target : v.GetArray()) {
          std::string object;
          if (!ref(target, kEntity, object))
            return fail_node(
                id, "has a \"" + std::string(key) + "\" value that is not an entity reference");
          triples.emplace_back(predicate, std::move(object));
        }
      }  // other keys: fields a later writer may add; nothing to restore from them
    }
    if (!e.name.empty()) e.aliases[e.name] = e.mentions;
    if (store_.find(e.id)) return fail_node(id, "is defined twice");
    for (auto& [predicate, object] : triples)
      direct_.push_back({e.id, std::move(predicate), std::move(object)});
    store_.add_entity(std::move(e));
    return true;
  }

  bool read_article(const Value& node, const std::string& id) {
    ArticleRecord a;
    a.id = decode_iri_segment(std::string_view(id).substr(kArticle.size()));
    if (!optional_string(node, "identifier", id, a.id) ||
        !optional_string(node, "datePublished", id, a.date) ||
        !optional_string(node, "headline", id, a.headline))
      return false;
    if (!optional_ref(node, "publisher", id, a.publisher_id) ||
        !optional_ref(node, "locationCreated", id, a.dateline_place_id))
      return false;
    std::deque<std::string> mentioned;  // decoded from their IRIs; the record views them
    if (auto m = node.FindMember("mentions"); m != node.MemberEnd()) {
      if (!m->value.IsArray()) return fail_node(id, "has mentions that are not an array");
      for (const Value& target : m->value.GetArray()) {
        if (!ref(target, kEntity, mentioned.emplace_back()))
          return fail_node(id, "mentions something that is not an entity");
        a.mentions.push_back(mentioned.back());
      }
    }
    store_.add_article(std::move(a));
    return true;
  }

  bool read_statement(const Value& node, const std::string& id) {
    saw_statement_ = true;
    std::string subject, object, predicate_iri;
    auto s = node.FindMember("subject"), o = node.FindMember("object"),
         p = node.FindMember("predicate");
    if (s == node.MemberEnd() || !ref(s->value, kEntity, subject))
      return fail_node(id, "has no entity subject");
    if (o == node.MemberEnd() || !ref(o->value, kEntity, object))
      return fail_node(id, "has no entity object");
    if (p == node.MemberEnd() || !p->value.IsObject() || !p->value.HasMember("@id") ||
        !p->value["@id"].IsString())
      return fail_node(id, "has no predicate");
    predicate_iri = view(p->value["@id"]);
    std::string predicate;
    if (auto known = property_by_iri_.find(predicate_iri); known != property_by_iri_.end())
      predicate = known->second;
    else if (!vocab_.namespace_iri.empty() && starts_with(predicate_iri, vocab_.namespace_iri))
      predicate =
          decode_iri_segment(std::string_view(predicate_iri).substr(vocab_.namespace_iri.size()));
    else
      return fail_node(
          id, "has predicate <" + predicate_iri + ">, which is outside the ontology's namespace");

    RelationEdge edge{predicate, {}};
    std::deque<std::string> article_ids;  // decoded from their IRIs; the evidence views them
    if (auto ev = node.FindMember("evidence"); ev != node.MemberEnd()) {
      if (!ev->value.IsArray()) return fail_node(id, "has evidence that is not an array");
      for (const Value& item : ev->value.GetArray()) {
        Evidence e;
        if (!read_evidence(item, id, e, article_ids.emplace_back())) return false;
        edge.evidence.push_back(e);
      }
    }
    auto sv = store_.find(subject), ov = store_.find(object);
    if (!sv || !ov)
      return fail(ErrorCode::kInvalidInput, "statement " + id + " relates entity \"" +
                                                (sv ? object : subject) +
                                                "\", which the file does not define");
    // add_edge, not add_relation: the file's edges are kept exactly, parallel ones included.
    store_.add_edge(*sv, *ov, std::move(edge));
    return true;
  }

  // The evidence's text views `article_id` and the parsed document.
  bool read_evidence(const Value& item, const std::string& id, Evidence& e, std::string& article_id) {
    if (!item.IsObject()) return fail_node(id, "has evidence that is not an object");
    auto article = item.FindMember("article");
    if (article == item.MemberEnd() || !ref(article->value, kArticle, article_id))
      return fail_node(id, "has evidence without an article");
    e.article_id = article_id;
    if (!optional_string(item, "sentence", id, e.sentence) ||
        !optional_string(item, "rule", id, e.rule) ||
        !optional_string(item, "eventDate", id, e.date) ||
        !optional_string(item, "qualifier", id, e.qualifier))
      return false;
    for (auto [key, field] : {std::pair<const char*, uint32_t*>{"charStart", &e.offsets.begin},
                              {"charEnd", &e.offsets.end}}) {
      auto m = item.FindMember(key);
      if (m == item.MemberEnd()) continue;
      if (!m->value.IsUint())
        return fail_node(id, std::string("has evidence whose ") + key + " is not an offset");
      *field = m->value.GetUint();
    }
    e.confidence = std::numeric_limits<float>::quiet_NaN();  // absent stays absent on export
    if (auto m = item.FindMember("confidence"); m != item.MemberEnd()) {
      std::string_view text = m->value.IsString() ? view(m->value) : std::string_view();
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), e.confidence);
      if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return fail_node(id, "has evidence whose confidence is not a decimal string");
    }
    return true;
  }

  bool add_direct_triples() {
    for (const DirectTriple& t : direct_) {
      auto sv = store_.find(t.subject), ov = store_.find(t.object);
      if (!sv || !ov)
        return fail(ErrorCode::kInvalidInput, "entity entity/" + t.subject + " has a " +
                                                  t.predicate + " relation to \"" + t.object +
                                                  "\", which the file does not define");
      store_.add_edge(*sv, *ov, RelationEdge{t.predicate, {}});
    }
    return true;
  }

  // `out` is a std::string, or a view into the parsed document.
  template <typename Text>
  bool optional_string(const Value& node, const char* key, const std::string& id, Text& out) {
    auto m = node.FindMember(key);
    if (m == node.MemberEnd()) return true;
    if (!m->value.IsString())
      return fail_node(id, std::string("has a ") + key + " that is not a string");
    out = view(m->value);
    return true;
  }

  bool optional_ref(const Value& node, const char* key, const std::string& id, std::string& out) {
    auto m = node.FindMember(key);
    if (m == node.MemberEnd()) return true;
    if (!ref(m->value, kEntity, out))
      return fail_node(id, std::string("has a ") + key + " that is not an entity");
    return true;
  }

  Status fail(const std::string& message) { return Status::Error(ErrorCode::kParseError, message); }
  bool fail(ErrorCode code, std::string message) {
    error_ = Status::Error(code, std::move(message));
    return false;
  }
  bool fail_node(const std::string& id, const std::string& what) {
    return fail(ErrorCode::kParseError, "node " + id + " " + what);
  }

  const ontology::Vocabulary& vocab_;
  std::unordered_map<std::string, std::string> property_by_iri_;
  std::string base_{kDefaultBase};
  GraphStore store_;
  std::vector<DirectTriple> direct_;
  bool saw_statement_ = false;
  Status error_;
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string decode_iri_segment(std::string_view segment) {
  std::string out;
  out.reserve(segment.size());
  for (size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '%' && i + 2 < segment.size() && hex_value(segment[i + 1]) >= 0 &&
        hex_value(segment[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(segment[i + 1]) * 16 + hex_value(segment[i + 2]));
      i += 2;
    } else {
      out += segment[i];
    }
  }
  // "%FE" is no UTF-8: such a segment is kept as written, or the id would hold bytes
  // every exporter refuses.
  if (!ingest::is_valid_utf8(out)) return std::string(segment);
  return out;
}

Result<GraphStore> parse_graph_jsonld(std::string_view text, const ontology::Vocabulary& vocab) {
  Loader loader(vocab);
  return loader.load(text);
}

Result<GraphStore> load_graph_jsonld(const std::string& path, const ontology::Vocabulary& vocab) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(ErrorCode::kIoError, path + ": cannot open");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::Error(ErrorCode::kIoError, path + ": read error");
  auto loaded = parse_graph_jsonld(bytes.str(), vocab);
  if (!loaded.ok())
    return Status::Error(loaded.status().code(), path + ": " + loaded.status().message());
  return loaded;
}

}  // namespace newsgraph::store
