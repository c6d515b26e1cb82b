// to_nquads: the JSON-LD export's triples, node by node in the same order (see
// nquads_writer.h and jsonld_writer.h, whose shape this mirrors field for field).
#include "export/nquads_writer.h"

#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "export/jsonld_context.h"
#include "export/ordering.h"
#include "ingest/utf8_text.h"

namespace newsgraph::exporter {
namespace {

void hex4(uint32_t v, std::string& out, char prefix) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '\\';
  out += prefix;
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 15];
}

class QuadWriter {
 public:
  QuadWriter(const store::GraphStore& store, const ontology::Vocabulary& vocab,
             const NQuadsOptions& options)
      : graph_(store.graph()), store_(store), vocab_(vocab), options_(options) {
    if (!options.graph_iri.empty()) graph_term_ = " " + iri(options.graph_iri);
  }

  Status write() {
    std::vector<const store::ArticleRecord*> articles;
    for (const auto& a : store_.articles()) articles.push_back(&a);
    std::stable_sort(articles.begin(), articles.end(),
                     [](const auto* a, const auto* b) { return a->id < b->id; });
    for (const auto* a : articles) write_article(*a);
    for (store::Vertex v : entities_by_id(graph_)) write_entity(v);
    if (options_.include_statements) write_statements();
    if (!bad_node_.empty())
      return Status::Error(ErrorCode::kInvalidInput,
                           "N-Quads export: a string of node " + bad_node_ + " is not valid UTF-8");
    return Status::Ok();
  }

  std::string take() { return std::move(out_); }

 private:
  std::string node_iri(std::string_view kind, std::string_view id) const {
    return iri(options_.base_iri + std::string(kind) + iri_segment(id));
  }
  std::string schema(std::string_view local) const {
    return iri(std::string(kSchemaIri) + std::string(local));
  }
  std::string ng(std::string_view local) const {
    return iri(vocab_.namespace_iri + std::string(local));
  }
  std::string rdf(std::string_view local) const {
    return iri(std::string(kRdfIri) + std::string(local));
  }
  std::string xsd(std::string_view local) const {
    return iri(std::string(kXsdIri) + std::string(local));
  }

  // <...> with the characters IRIREF forbids percent-encoded.
  static std::string iri(const std::string& text) {
    std::string out = "<";
    for (unsigned char c : text) {
      if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
          c == '^' || c == '`' || c == '\\') {
        static constexpr char kHex[] = "0123456789ABCDEF";
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else {
        out += static_cast<char>(c);
      }
    }
    return out + ">";
  }

  std::string literal(std::string_view text) {
    if (!ingest::is_valid_utf8(text) && bad_node_.empty()) bad_node_ = node_;
    std::string out = "\"";
    for (unsigned char c : text) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        default:
          if (c < 0x20 || c == 0x7f)
            hex4(c, out, 'u');
          else
            out += static_cast<char>(c);
      }
    }
    return out + "\"";
  }
  std::string typed(std::string_view text, std::string_view datatype) {
    return literal(text) + "^^" + xsd(datatype);
  }
  std::string integer(uint64_t n) { return typed(std::to_string(n), "integer"); }

  void quad(const std::string& s, const std::string& p, const std::string& o) {
    out_ += s;
    out_ += ' ';
    out_ += p;
    out_ += ' ';
    out_ += o;
    out_ += graph_term_;
    out_ += " .\n";
  }

  std::string class_iri(const std::string& type) const {
    if (const auto* cls = vocab_.find_class(type)) return iri(cls->iri);
    return ng(iri_segment(type));
  }
  std::string property_iri(const std::string& predicate) const {
    if (const auto* prop = vocab_.find_property(predicate)) return iri(prop->iri);
    return ng(iri_segment(predicate));
  }

  void write_article(const store::ArticleRecord& a) {
    node_ = "article/" + iri_segment(a.id);
    const std::string s = node_iri("article/", a.id);
    quad(s, rdf("type"), schema("NewsArticle"));
    quad(s, schema("identifier"), literal(a.id));
    if (!a.date.empty()) quad(s, schema("datePublished"), typed(a.date, "date"));
    if (!a.headline.empty()) quad(s, schema("headline"), literal(a.headline));
    if (!a.publisher_id.empty()) quad(s, schema("publisher"), node_iri("entity/", a.publisher_id));
    if (!a.dateline_place_id.empty())
      quad(s, schema("locationCreated"), node_iri("entity/", a.dateline_place_id));
    for (const auto& id : a.mentions) quad(s, schema("mentions"), node_iri("entity/", id));
  }

  void write_entity(store::Vertex v) {
    const store::EntityVertex& e = graph_[v];
    node_ = "entity/" + iri_segment(e.id);
    const std::string s = node_iri("entity/", e.id);
    if (!e.type.empty()) quad(s, rdf("type"), class_iri(e.type));
    if (!e.name.empty()) quad(s, schema("name"), literal(e.name));
    for (const auto& [alias, count] : e.aliases)
      if (alias != e.name) quad(s, schema("alternateName"), literal(alias));
    quad(s, ng("mentionCount"), integer(e.mentions));
    std::map<std::string, std::set<std::string>> objects;  // predicate IRI -> object IRIs
    for (auto [it, end] = boost::out_edges(v, graph_); it != end; ++it)
      objects[property_iri(graph_[*it].predicate)].insert(
          node_iri("entity/", graph_[boost::target(*it, graph_)].id));
    for (const auto& [predicate, targets] : objects)
      for (const auto& target : targets) quad(s, predicate, target);
  }

  void write_statements() {
    std::set<std::string> used;
    size_t blank = 0;
    for (store::Edge e : relations_in_order(graph_)) {
      const store::RelationEdge& edge = graph_[e];
      const std::string& subject = graph_[boost::source(e, graph_)].id;
      const std::string& object = graph_[boost::target(e, graph_)].id;
      std::string id = "statement/" + iri_segment(subject) + "--" + iri_segment(edge.predicate) +
                       "--" + iri_segment(object);
      std::string unique = id;
      for (int n = 2; !used.insert(unique).second; ++n) unique = id + "--" + std::to_string(n);
      node_ = unique;
      const std::string s = iri(options_.base_iri + unique);
      const ontology::Property* prop = vocab_.find_property(edge.predicate);
      quad(s, rdf("type"), rdf("Statement"));
      quad(s, rdf("subject"), node_iri("entity/", subject));
      quad(s, rdf("predicate"), property_iri(edge.predicate));
      quad(s, rdf("object"), node_iri("entity/", object));
      quad(s, ng("evidenceCount"), integer(edge.evidence.size()));
      if (prop && !prop->cameo.empty()) quad(s, ng("cameoRoot"), literal(prop->cameo));
      if (prop && !prop->cameo_code.empty()) quad(s, ng("cameoCode"), literal(prop->cameo_code));
      for (const store::Evidence* ev : evidence_in_order(edge)) {
        const std::string b = "_:e" + std::to_string(++blank);
        quad(s, ng("evidence"), b);
        quad(b, rdf("type"), ng("Evidence"));
        quad(b, ng("article"), node_iri("article/", ev->article_id));
        quad(b, ng("sentence"), literal(ev->sentence));
        quad(b, ng("charStart"), integer(ev->offsets.begin));
        quad(b, ng("charEnd"), integer(ev->offsets.end));
        if (!ev->rule.empty()) quad(b, ng("rule"), literal(ev->rule));
        if (std::isfinite(ev->confidence)) {
          char buf[64];
          auto [end, ec] =
              std::to_chars(buf, buf + sizeof buf, ev->confidence, std::chars_format::fixed);
          if (ec == std::errc())
            quad(b, ng("confidence"),
                 typed(std::string_view(buf, static_cast<size_t>(end - buf)), "decimal"));
        }
        if (!ev->date.empty()) quad(b, ng("eventDate"), typed(ev->date, "date"));
        if (!ev->qualifier.empty()) quad(b, ng("qualifier"), literal(ev->qualifier));
      }
    }
  }

  const store::Graph& graph_;
  const store::GraphStore& store_;
  const ontology::Vocabulary& vocab_;
  const NQuadsOptions& options_;
  std::string graph_term_;
  std::string node_;
  std::string bad_node_;
  std::string out_;
};

}  // namespace

Result<std::string> to_nquads(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                              const NQuadsOptions& options) {
  if (vocab.namespace_iri.empty())
    return Status::Error(ErrorCode::kInvalidInput, "the vocabulary has no namespace IRI");
  QuadWriter writer(store, vocab, options);
  if (Status s = writer.write(); !s.ok()) return s;
  return writer.take();
}

}  // namespace newsgraph::exporter
