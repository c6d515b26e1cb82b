// to_dot: builds a cgraph graph from the store and serializes it with agwrite into a string
// (see dot_writer.h).
#include "export/dot_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <vector>

#include "export/graphviz_handles.h"
#include "export/ordering.h"

namespace newsgraph::exporter {
namespace {

// agwrite hands its output to the discipline's putstr with the channel given to agwrite;
// here the channel is the std::string being filled. Exceptions must not cross into C.
int put_string(void* channel, const char* text) {
  try {
    static_cast<std::string*>(channel)->append(text);
    return 0;
  } catch (...) {
    return EOF;
  }
}
int flush_nothing(void*) { return 0; }

Agiodisc_t* string_io() {
  static Agiodisc_t io{AgIoDisc.afread, &put_string, &flush_nothing};
  return &io;
}

bool plain_name(std::string_view id) {
  if (id.empty() || id.front() == '%') return false;  // cgraph reads "%N" back as an anonymous id
  for (unsigned char c : id)
    if (c == '\\' || c < 0x20 || c == 0x7f) return false;  // agwrite does not escape backslashes
  return true;
}

// A cgraph node name for an id that survives agwrite/agread unchanged and is unique in g.
std::string node_name(Agraph_t* g, std::string_view id) {
  std::string name;
  if (plain_name(id)) {
    name = id;
  } else {
    static constexpr char kHex[] = "0123456789ABCDEF";
    name = "~";
    for (unsigned char c : id) {
      if (c == '\\' || c == '%' || c < 0x20 || c == 0x7f) {
        name += '%';
        name += kHex[c >> 4];
        name += kHex[c & 15];
      } else {
        name += static_cast<char>(c);
      }
    }
  }
  std::string unique = name;
  for (int n = 2; agnode(g, cgraph_str(unique), 0) != nullptr; ++n)
    unique = name + "~" + std::to_string(n);
  return unique;
}

// Shortens to `max` code points, ending in "…", without splitting a UTF-8 sequence.
std::string shorten(std::string_view text, size_t max) {
  if (max == 0) return std::string(text);
  size_t points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points == max) return std::string(text.substr(0, i)) + "\u2026";
    ++points;
  }
  return std::string(text);
}

std::string format_width(size_t evidence_count) {
  // Width grows with the log of the evidence so a fact stated 50 times stays drawable.
  double width =
      std::min(6.0, 1.0 + std::log2(static_cast<double>(std::max<size_t>(evidence_count, 1))));
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, width, std::chars_format::fixed, 1);
  return ec == std::errc() ? std::string(buf, end) : "1";
}

void set(void* object, const char* attribute, const std::string& value) {
  agsafeset(object, const_cast<char*>(attribute), cgraph_str(value), const_cast<char*>(""));
}

void declare(Agraph_t* g, int kind, const char* attribute, const char* default_value) {
  agattr(g, kind, const_cast<char*>(attribute), const_cast<char*>(default_value));
}

std::string node_tooltip(const store::EntityVertex& e) {
  std::string tip = e.type.empty() ? "(untyped)" : e.type;
  std::string aliases;
  for (const auto& [alias, count] : e.aliases) {
    if (alias == e.name) continue;
    if (!aliases.empty()) aliases += "; ";
    aliases += alias;
  }
  if (!aliases.empty()) tip += "\naliases: " + aliases;
  return tip;
}

std::string edge_tooltip(const store::RelationEdge& edge) {
  auto evidence = evidence_in_order(edge);
  if (evidence.empty()) return edge.predicate;
  std::string tip = evidence.front()->sentence + " [" + evidence.front()->article_id + "]";
  if (evidence.size() > 1) tip += " (" + std::to_string(evidence.size()) + " statements)";
  return tip;
}

void add_legend(Agraph_t* g, const store::Graph& graph, const ontology::Vocabulary& vocab) {
  std::set<std::string> present;
  for (auto [it, end] = boost::vertices(graph); it != end; ++it) present.insert(graph[*it].type);
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  set(legend, "label", "Legend");
  for (const auto& cls : vocab.classes) {  // vocabulary order: general to specific, as authored
    if (!present.count(cls.name)) continue;
    Agnode_t* n = agnode(legend, cgraph_str(node_name(g, "legend:" + cls.name)), 1);
    set(n, "label", escape_dot_text(cls.name));
    if (!cls.dot_shape.empty()) set(n, "shape", cls.dot_shape);
    if (!cls.dot_color.empty()) set(n, "fillcolor", cls.dot_color);
    set(n, "tooltip", escape_dot_text(cls.comment));
  }
}

}  // namespace

std::string escape_dot_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one break
      out += "\\n";
    } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

Result<std::string> to_dot(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                           const DotOptions& options) {
  GraphvizErrors errors;
  Agdisc_t discipline{};  // null members fall back to cgraph's defaults
  discipline.io = string_io();
  AgraphHandle g(agopen(cgraph_str(options.graph_name), Agdirected, &discipline));
  if (!g)
    return Status::Error(ErrorCode::kIoError, "cgraph could not create a graph: " + errors.text());

  if (!options.engine.empty()) declare(g.get(), AGRAPH, "layout", options.engine.c_str());
  if (!options.rankdir.empty()) declare(g.get(), AGRAPH, "rankdir", options.rankdir.c_str());
  declare(g.get(), AGRAPH, "label", "");
  declare(g.get(), AGNODE, "shape", "ellipse");
  declare(g.get(), AGNODE, "style", "filled");
  declare(g.get(), AGNODE, "fillcolor", "white");
  declare(g.get(), AGNODE, "label", "");
  declare(g.get(), AGNODE, "tooltip", "");
  declare(g.get(), AGEDGE, "label", "");
  declare(g.get(), AGEDGE, "tooltip", "");
  declare(g.get(), AGEDGE, "penwidth", "1");
  declare(g.get(), AGEDGE, "dir", "forward");

  const store::Graph& graph = store.graph();
  std::vector<Agnode_t*> nodes(boost::num_vertices(graph), nullptr);
  for (store::Vertex v : entities_by_id(graph)) {
    const store::EntityVertex& e = graph[v];
    Agnode_t* n = agnode(g.get(), cgraph_str(node_name(g.get(), e.id)), 1);
    if (!n) return Status::Error(ErrorCode::kIoError, "cgraph could not add node " + e.id);
    nodes[v] = n;
    set(n, "label",
        escape_dot_text(shorten(e.name.empty() ? e.id : e.name, options.max_label_length)));
    set(n, "tooltip", escape_dot_text(node_tooltip(e)));
    if (const ontology::EntityClass* cls = vocab.find_class(e.type)) {
      if (!cls->dot_shape.empty()) set(n, "shape", cls->dot_shape);
      if (!cls->dot_color.empty()) set(n, "fillcolor", cls->dot_color);
    }
  }
  for (store::Edge e : relations_in_order(graph)) {
    const store::RelationEdge& rel = graph[e];
    // No edge name: cgraph then keeps parallel edges (two predicates between one pair).
    Agedge_t* edge =
        agedge(g.get(), nodes[boost::source(e, graph)], nodes[boost::target(e, graph)], nullptr, 1);
    if (!edge)
      return Status::Error(ErrorCode::kIoError,
                           "cgraph could not add a " + rel.predicate + " edge");
    set(edge, "label", escape_dot_text(rel.predicate));
    set(edge, "tooltip", escape_dot_text(edge_tooltip(rel)));
    set(edge, "penwidth", format_width(rel.evidence.size()));
    const ontology::Property* prop = vocab.find_property(rel.predicate);
    if (prop && prop->symmetric) set(edge, "dir", "none");
  }
  if (options.include_legend && boost::num_vertices(graph) > 0) add_legend(g.get(), graph, vocab);

  std::string out;
  if (agwrite(g.get(), &out) == EOF)
    return Status::Error(ErrorCode::kIoError, "cgraph could not write the graph: " + errors.text());
  return out;
}

}  // namespace newsgraph::exporter
