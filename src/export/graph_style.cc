// Entity and relation styling shared by dot_writer and diagram_writer (see graph_style.h).
#include "export/graph_style.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "core/byte_set.h"
#include "export/graphviz_handles.h"

namespace newsgraph::exporter {
namespace {

bool plain_name(std::string_view id) {
  if (id.empty() || id.front() == '%') return false;  // cgraph reads "%N" back as an anonymous id
  for (unsigned char c : id)
    if (c == '\\' || c < 0x20 || c == 0x7f) return false;  // agwrite does not escape backslashes
  return true;
}

}  // namespace

std::string escape_dot_text(std::string_view text) {
  // Bytes copied as they are: all but the backslash and control characters (tab stays).
  static constexpr ByteSet kPlain =
      byte_set([](unsigned char c) { return (c >= 0x20 && c != '\\' && c != 0x7f) || c == '\t'; });
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t run = end_of_run(text, i, kPlain);
    if (run > i) {
      out.append(text, i, run - i);
      i = run;
      if (i == text.size()) break;
    }
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

void set_attribute(void* object, const char* attribute, const std::string& value) {
  agsafeset(object, const_cast<char*>(attribute), cgraph_str(value), const_cast<char*>(""));
}

void set_attribute(void* object, Agsym_t* attribute, const std::string& value) {
  agxset(object, attribute, cgraph_str(value));
}

Agsym_t* declare_attribute(Agraph_t* g, int kind, const char* attribute,
                           const char* default_value) {
  return agattr(g, kind, const_cast<char*>(attribute), const_cast<char*>(default_value));
}

StyleAttributes declare_style_attributes(Agraph_t* g) {
  StyleAttributes a;
  a.node_shape = declare_attribute(g, AGNODE, "shape", "ellipse");
  declare_attribute(g, AGNODE, "style", "filled");
  a.node_fillcolor = declare_attribute(g, AGNODE, "fillcolor", "white");
  a.node_label = declare_attribute(g, AGNODE, "label", "");
  a.node_tooltip = declare_attribute(g, AGNODE, "tooltip", "");
  a.edge_label = declare_attribute(g, AGEDGE, "label", "");
  a.edge_tooltip = declare_attribute(g, AGEDGE, "tooltip", "");
  a.edge_penwidth = declare_attribute(g, AGEDGE, "penwidth", "1");
  a.edge_dir = declare_attribute(g, AGEDGE, "dir", "forward");
  return a;
}

std::string graphviz_node_name(Agraph_t* g, std::string_view id) {
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

std::string shorten_label(std::string_view text, size_t max) {
  if (max == 0) return std::string(text);
  size_t points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points == max) return std::string(text.substr(0, i)) + "\u2026";
    ++points;
  }
  return std::string(text);
}

std::string evidence_pen_width(size_t evidence_count) {
  // Width grows with the log of the evidence so a fact stated 50 times stays drawable.
  double width =
      std::min(6.0, 1.0 + std::log2(static_cast<double>(std::max<size_t>(evidence_count, 1))));
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, width, std::chars_format::fixed, 1);
  return ec == std::errc() ? std::string(buf, end) : "1";
}

void style_entity_node(Agnode_t* node, const StyleAttributes& attributes,
                       const store::EntityVertex& entity, const ontology::Vocabulary& vocab,
                       size_t max_label_length) {
  set_attribute(node, attributes.node_label,
                escape_dot_text(shorten_label(entity.name.empty() ? entity.id : entity.name,
                                              max_label_length)));
  if (const ontology::EntityClass* cls = vocab.find_class(entity.type)) {
    if (!cls->dot_shape.empty()) set_attribute(node, attributes.node_shape, cls->dot_shape);
    if (!cls->dot_color.empty()) set_attribute(node, attributes.node_fillcolor, cls->dot_color);
  }
}

void style_relation_edge(Agedge_t* edge, const StyleAttributes& attributes,
                         const store::RelationEdge& relation, const ontology::Vocabulary& vocab,
                         bool with_label) {
  if (with_label) set_attribute(edge, attributes.edge_label, escape_dot_text(relation.predicate));
  set_attribute(edge, attributes.edge_penwidth, evidence_pen_width(relation.evidence.size()));
  if (const ontology::Property* prop = vocab.find_property(relation.predicate);
      prop && prop->symmetric)
    set_attribute(edge, attributes.edge_dir, "none");
}

Agraph_t* add_class_legend(Agraph_t* g, const store::Graph& graph,
                           const ontology::Vocabulary& vocab) {
  std::set<std::string> present;
  for (auto [it, end] = boost::vertices(graph); it != end; ++it) present.insert(graph[*it].type);
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  set_attribute(legend, "label", "Legend");
  for (const auto& cls : vocab.classes) {  // vocabulary order: general to specific, as authored
    if (!present.count(cls.name)) continue;
    Agnode_t* n = agnode(legend, cgraph_str(graphviz_node_name(g, "legend:" + cls.name)), 1);
    set_attribute(n, "label", escape_dot_text(cls.name));
    if (!cls.dot_shape.empty()) set_attribute(n, "shape", cls.dot_shape);
    if (!cls.dot_color.empty()) set_attribute(n, "fillcolor", cls.dot_color);
    set_attribute(n, "tooltip", escape_dot_text(cls.comment));
  }
  return legend;
}

}  // namespace newsgraph::exporter
