// to_jsonld: walks the store in id order and streams JSON-LD through a RapidJSON writer
// (see jsonld_writer.h for the document shape).
#include "export/jsonld_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"
#include "export/jsonld_context.h"
#include "export/ordering.h"
#include "export/plain_string_writer.h"
#include "ingest/utf8_text.h"

namespace newsgraph::exporter {
namespace {

// RapidJSON's writers copy bytes through unchecked; kWriteValidateEncodingFlag would check
// them but does not compile with PrettyWriter in RapidJSON 1.1. Checking each string here
// makes a bad byte in an entity name fail the export with a message instead of producing a
// file every JSON parser rejects (ingest::is_valid_utf8, in key() and string()).

struct StatementRef {
  std::string id;  // "statement/<s>--<p>--<o>", unique within the export
  store::Edge edge;
};

// Writes one document with either writer type. The first invalid string is noted with the
// node being written (an empty string keeps the document well-formed) and turned into a
// Status once the document is complete.
template <typename W>
class GraphWriter {
 public:
  // `between_nodes` runs after each node of @graph (a point where output may be handed on).
  GraphWriter(W& writer, const store::GraphStore& store, const ontology::Vocabulary& vocab,
              const JsonLdContext& context, const JsonLdOptions& options,
              const std::function<void()>& between_nodes)
      : w_(writer),
        graph_(store.graph()),
        store_(store),
        vocab_(vocab),
        context_(context),
        options_(options),
        between_nodes_(between_nodes) {}

  Status write() {
    std::vector<StatementRef> statements = statement_ids();
    begin_object();
    key("@context");
    write_context();
    key("@graph");
    begin_array();
    // article/ < entity/ < statement/: writing the groups in this order keeps @graph sorted.
    std::vector<const store::ArticleRecord*> articles;
    for (const auto& a : store_.articles()) articles.push_back(&a);
    std::stable_sort(articles.begin(), articles.end(),
                     [](const auto* a, const auto* b) { return a->id < b->id; });
    for (const auto* a : articles) {
      write_article(*a);
      between_nodes_();
    }
    for (store::Vertex v : entities_by_id(graph_)) {
      write_entity(v);
      between_nodes_();
    }
    if (options_.include_statements) {
      for (const auto& s : statements) {
        write_statement(s);
        between_nodes_();
      }
    }
    end_array();
    end_object();
    if (failed_)
      return Status::Error(ErrorCode::kInvalidInput, "JSON-LD export: a string of node " +
                                                         failed_node_ + " is not valid UTF-8");
    return Status::Ok();
  }

 private:
  // Each entity is referred to from many articles, statements and other entities, and each
  // article from every evidence it holds: iri_segment runs once per id. `id` must be owned
  // by the store (it is kept as the key); the IRI stays valid while this writer lives.
  struct Iri {
    std::string text;
    bool valid_utf8 = false;  // checked once, not at every reference
  };
  struct IriOrder {
    bool operator()(const Iri* a, const Iri* b) const { return a->text < b->text; }
  };
  const Iri& entity_iri(std::string_view id) { return iri(entity_iris_, "entity/", id); }
  const Iri& article_iri(std::string_view id) { return iri(article_iris_, "article/", id); }
  // The id's iri_segment: its entity IRI without "entity/".
  std::string_view entity_segment(std::string_view id) {
    return std::string_view(entity_iri(id).text).substr(std::string_view("entity/").size());
  }
  static const Iri& iri(std::unordered_map<std::string_view, Iri, StringHash>& iris,
                        std::string_view prefix, std::string_view id) {
    auto [it, added] = iris.try_emplace(id);
    if (added) {
      it->second.text.append(prefix).append(iri_segment(id));
      it->second.valid_utf8 = ingest::is_valid_utf8(it->second.text);
    }
    return it->second;
  }

  // Relation edges in (subject, predicate, object) order with ids derived from the data;
  // the rare equal triple (parallel edges added around add_relation) gets a "--2" suffix.
  std::vector<StatementRef> statement_ids() {
    std::vector<StatementRef> out;
    out.reserve(boost::num_edges(graph_));
    StringSet used;
    used.reserve(boost::num_edges(graph_));
    for (store::Edge e : relations_in_order(graph_)) {
      std::string id = "statement/";
      id.append(entity_segment(graph_[boost::source(e, graph_)].id))
          .append("--")
          .append(iri_segment(graph_[e].predicate))
          .append("--")
          .append(entity_segment(graph_[boost::target(e, graph_)].id));
      std::string unique = id;
      for (int n = 2; !used.insert(unique).second; ++n) unique = id + "--" + std::to_string(n);
      out.push_back({std::move(unique), e});
    }
    return out;
  }

  void write_context() {
    begin_object();
    key("@base");
    string(context_.base);
    for (const auto& [prefix, iri] : context_.prefixes) {
      key(prefix);
      string(iri);
    }
    for (const auto& t : context_.terms) {
      key(t.term);
      if (t.type.empty() && t.container.empty()) {
        string(t.id);
        continue;
      }
      begin_object();
      key("@id");
      string(t.id);
      if (!t.type.empty()) {
        key("@type");
        string(t.type);
      }
      if (!t.container.empty()) {
        key("@container");
        string(t.container);
      }
      end_object();
    }
    end_object();
  }

  void write_article(const store::ArticleRecord& a) {
    const Iri& id = article_iri(a.id);
    node_ = id.text;
    begin_object();
    key("@id");
    string(id);
    key("@type");
    string("NewsArticle");
    key("identifier");
    string(a.id);
    if (!a.date.empty()) {
      key("datePublished");
      string(a.date);
    }
    if (!a.headline.empty()) {
      key("headline");
      string(a.headline);
    }
    if (!a.publisher_id.empty()) {
      key("publisher");
      ref(entity_iri(a.publisher_id));
    }
    if (!a.dateline_place_id.empty()) {
      key("locationCreated");
      ref(entity_iri(a.dateline_place_id));
    }
    if (!a.mentions.empty()) {
      key("mentions");
      begin_array();
      for (std::string_view id : a.mentions) ref(entity_iri(id));  // sorted by the store
      end_array();
    }
    end_object();
  }

  void write_entity(store::Vertex v) {
    const store::EntityVertex& e = graph_[v];
    const Iri& id = entity_iri(e.id);
    node_ = id.text;
    begin_object();
    key("@id");
    string(id);
    if (!e.type.empty()) {
      key("@type");
      string(vocab_.find_class(e.type) ? e.type : "ng:" + iri_segment(e.type));
    }
    if (!e.name.empty()) {
      key("name");
      string(e.name);
    }
    std::vector<std::string_view> alternates;
    for (const auto& [alias, count] : e.aliases)  // std::map: already sorted
      if (alias != e.name) alternates.push_back(alias);
    if (!alternates.empty()) {
      key("alternateName");
      begin_array();
      for (auto alias : alternates) string(alias);
      end_array();
    }
    key("mentionCount");
    w_.Uint(e.mentions);
    // Direct triples, so plain RDF consumers see "X metWith Y" without reading statements.
    std::map<std::string, std::set<const Iri*, IriOrder>> objects;
    for (auto [it, end] = boost::out_edges(v, graph_); it != end; ++it)
      objects[predicate_key(graph_[*it].predicate)].insert(
          &entity_iri(graph_[boost::target(*it, graph_)].id));
    for (const auto& [predicate, targets] : objects) {
      key(predicate);
      begin_array();
      for (const Iri* target : targets) ref(*target);
      end_array();
    }
    end_object();
  }

  void write_statement(const StatementRef& s) {
    const store::RelationEdge& edge = graph_[s.edge];
    const ontology::Property* prop = vocab_.find_property(edge.predicate);
    node_ = s.id;
    begin_object();
    key("@id");
    string(s.id);
    key("@type");
    string("rdf:Statement");
    key("subject");
    ref(entity_iri(graph_[boost::source(s.edge, graph_)].id));
    key("predicate");
    ref(prop ? prop->iri : vocab_.namespace_iri + iri_segment(edge.predicate));
    key("object");
    ref(entity_iri(graph_[boost::target(s.edge, graph_)].id));
    key("evidenceCount");
    w_.Uint64(edge.evidence.size());
    if (prop && !prop->cameo.empty()) {
      key("cameoRoot");
      string(prop->cameo);
    }
    if (prop && !prop->cameo_code.empty()) {
      key("cameoCode");
      string(prop->cameo_code);
    }
    key("evidence");
    begin_array();
    for (const store::Evidence* ev : evidence_in_order(edge)) write_evidence(*ev);
    end_array();
    end_object();
  }

  void write_evidence(const store::Evidence& ev) {
    begin_object();
    key("@type");
    string("ng:Evidence");
    key("article");
    ref(article_iri(ev.article_id));
    key("sentence");
    string(ev.sentence);
    key("charStart");
    w_.Uint(ev.offsets.begin);
    key("charEnd");
    w_.Uint(ev.offsets.end);
    if (!ev.rule.empty()) {
      key("rule");
      string(ev.rule);
    }
    // A string, not a JSON number: JSON-LD turns a fractional number into an xsd:double
    // lexical form ("8.5E-1"), which is not a valid xsd:decimal literal.
    if (std::isfinite(ev.confidence)) {
      if (std::string_view text = confidence_text(ev.confidence); !text.empty()) {
        key("confidence");
        check(w_.PlainString(text));  // digits and a point
      }
    }
    if (!ev.date.empty()) {
      key("eventDate");
      string(ev.date);
    }
    if (!ev.qualifier.empty()) {
      key("qualifier");
      string(ev.qualifier);
    }
    end_object();
  }

  // to_chars of a float costs a few hundred instructions and an export holds a few dozen
  // distinct confidences (rules have fixed ones), so each is formatted once. Keyed by its
  // bits, which keeps 0 and -0 apart. Empty when to_chars fails.
  std::string_view confidence_text(float confidence) {
    uint32_t bits;
    static_assert(sizeof bits == sizeof confidence);
    std::memcpy(&bits, &confidence, sizeof bits);
    auto [it, added] = confidence_texts_.try_emplace(bits);
    if (added) {
      char buf[64];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, confidence, std::chars_format::fixed);
      if (ec == std::errc()) it->second.assign(buf, end);
    }
    return it->second;
  }

  // The term for a vocabulary property; an unknown one keeps its triple under ng:.
  std::string predicate_key(const std::string& predicate) const {
    return vocab_.find_property(predicate) ? predicate : "ng:" + iri_segment(predicate);
  }

  void ref(std::string_view iri) {
    begin_object();
    key("@id");
    string(iri);
    end_object();
  }
  void ref(const Iri& iri) {
    begin_object();
    key("@id");
    string(iri);
    end_object();
  }
  // The literals of this file (keys such as "@id", values such as "NewsArticle") are
  // ASCII: only text from the store and the vocabulary needs the UTF-8 check. Neither they
  // nor the node IRIs (iri_segment percent-encodes quotes, backslashes and control
  // characters) need escaping, so the writer copies them whole (PlainString).
  template <size_t N>
  void key(const char (&literal)[N]) {
    check(w_.PlainKey(std::string_view(literal, N - 1)));
  }
  template <size_t N>
  void string(const char (&literal)[N]) {
    check(w_.PlainString(std::string_view(literal, N - 1)));
  }
  void string(const Iri& iri) {
    check(iri.valid_utf8);
    check(w_.PlainString(iri.valid_utf8 ? std::string_view(iri.text) : std::string_view()));
  }
  void key(std::string_view k) {
    if (is_plain_json_ascii(k)) {  // most text: one scan instead of two
      check(w_.PlainKey(k));
      return;
    }
    bool valid = ingest::is_valid_utf8(k);
    check(valid);
    if (!valid) k = {};
    check(w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())));
  }
  void string(std::string_view s) {
    if (is_plain_json_ascii(s)) {
      check(w_.PlainString(s));
      return;
    }
    bool valid = ingest::is_valid_utf8(s);
    check(valid);
    if (!valid) s = {};
    check(w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())));
  }
  void begin_object() { check(w_.StartObject()); }
  void end_object() { check(w_.EndObject()); }
  void begin_array() { check(w_.StartArray()); }
  void end_array() { check(w_.EndArray()); }
  void check(bool ok) {
    if (!ok && !failed_) {
      failed_ = true;
      failed_node_ = node_.empty() ? "@context" : node_;
    }
  }

  W& w_;
  const store::Graph& graph_;
  const store::GraphStore& store_;
  const ontology::Vocabulary& vocab_;
  const JsonLdContext& context_;
  const JsonLdOptions& options_;
  const std::function<void()>& between_nodes_;
  std::unordered_map<std::string_view, Iri, StringHash> entity_iris_;   // by entity id
  std::unordered_map<std::string_view, Iri, StringHash> article_iris_;  // by article id
  std::unordered_map<uint32_t, std::string> confidence_texts_;          // by float bits
  std::string_view node_;  // @id of the node being written, for error messages
  bool failed_ = false;
  std::string failed_node_;
};

// A RapidJSON output stream that hands its bytes to a sink a chunk at a time and keeps
// the first failure (a Writer cannot report one from Put).
// The document goes into a StringBuffer, whose writer copies the plain runs of a string
// whole (RAPIDJSON_SSE2), and on to the sink in chunks between nodes.
template <typename Writer>
Status write_with(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                  const JsonLdContext& context, const JsonLdOptions& options, const ByteSink& sink) {
  constexpr size_t kChunk = 1 << 20;
  // Room for a chunk and the node that fills it: the buffer does not grow (and copy
  // itself) on the way to a megabyte.
  rapidjson::StringBuffer buffer(nullptr, 2 * kChunk);
  Status sink_status = Status::Ok();
  auto hand_on = [&] {
    if (sink_status.ok() && buffer.GetSize() != 0)
      sink_status = sink(std::string_view(buffer.GetString(), buffer.GetSize()));
    buffer.Clear();
  };
  const std::function<void()> between_nodes = [&] {
    if (buffer.GetSize() >= kChunk) hand_on();
  };
  PlainStringWriter<Writer> writer(buffer);
  if constexpr (IsPrettyWriter<Writer>::value) writer.SetIndent(' ', 2);
  GraphWriter<PlainStringWriter<Writer>> graph_writer(writer, store, vocab, context, options,
                                                      between_nodes);
  if (Status s = graph_writer.write(); !s.ok()) return s;
  buffer.Put('\n');
  hand_on();
  return sink_status;
}

}  // namespace

Status write_jsonld(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                    const JsonLdOptions& options, const ByteSink& sink) {
  auto context = build_jsonld_context(vocab, options.base_iri);
  if (!context.ok()) return context.status();
  if (options.pretty)
    return write_with<rapidjson::PrettyWriter<rapidjson::StringBuffer>>(store, vocab, context.value(), options, sink);
  return write_with<rapidjson::Writer<rapidjson::StringBuffer>>(store, vocab, context.value(), options, sink);
}

Result<std::string> to_jsonld(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                              const JsonLdOptions& options) {
  std::string out;
  Status s = write_jsonld(store, vocab, options, [&](std::string_view bytes) {
    out.append(bytes);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace newsgraph::exporter
