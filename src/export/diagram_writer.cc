// to_diagram_dot: a cgraph graph built from a (sub)store, written with agwrite to an
// in-memory FILE (open_memstream), so no DOT is built by hand.
#include "export/diagram_writer.h"

#include <stdio.h>

#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <set>

#include "export/dot_writer.h"
#include "export/graphviz_handles.h"
#include "export/ordering.h"
#include "query/relation_filter.h"

namespace newsgraph::exporter {
namespace {

// Cluster outline colours (ColorBrewer Dark2), distinct from the class fill colours.
constexpr const char* kClusterColors[] = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a",
                                          "#66a61e", "#e6ab02", "#a6761d", "#666666"};

void set(void* object, const char* attribute, const std::string& value) {
  agsafeset(object, const_cast<char*>(attribute), cgraph_str(value), const_cast<char*>(""));
}

void declare(Agraph_t* g, int kind, const char* attribute, const char* default_value) {
  agattr(g, kind, const_cast<char*>(attribute), const_cast<char*>(default_value));
}

std::string fixed(double value, int digits) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, digits);
  return ec == std::errc() ? std::string(buf, end) : "0";
}

// A cgraph name that agwrite/agread keep as is and that is unique in g (as dot_writer).
std::string node_name(Agraph_t* g, std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  bool plain = !id.empty() && id.front() != '%';
  for (unsigned char c : id) plain = plain && c != '\\' && c >= 0x20 && c != 0x7f;
  std::string name = plain ? std::string(id) : "~";
  if (!plain)
    for (unsigned char c : id) {
      if (c == '\\' || c == '%' || c < 0x20 || c == 0x7f) {
        name += '%';
        name += kHex[c >> 4];
        name += kHex[c & 15];
      } else {
        name += static_cast<char>(c);
      }
    }
  std::string unique = name;
  for (int n = 2; agnode(g, cgraph_str(unique), 0) != nullptr; ++n)
    unique = name + "~" + std::to_string(n);
  return unique;
}

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

std::string node_tooltip(const store::EntityVertex& e) {
  std::string tip =
      (e.name.empty() ? e.id : e.name) + " (" + (e.type.empty() ? "untyped" : e.type) + ")";
  tip += "\n" + std::to_string(e.mentions) + " mentions";
  std::string aliases;
  for (const auto& [alias, count] : e.aliases) {
    if (alias == e.name) continue;
    aliases += aliases.empty() ? alias : "; " + alias;
  }
  if (!aliases.empty()) tip += "\naliases: " + aliases;
  return tip;
}

std::string edge_tooltip(const store::RelationEdge& edge, const std::string& subject,
                         const std::string& object, const query::ArticleDates& dates,
                         size_t shown) {
  std::string tip = subject + " " + edge.predicate + " " + object;
  auto evidence = evidence_in_order(edge);
  tip += " (" + std::to_string(evidence.size()) +
         (evidence.size() == 1 ? " statement)" : " statements)");
  for (size_t i = 0; i < evidence.size() && i < shown; ++i) {
    std::string date = query::evidence_date(*evidence[i], dates);
    tip += "\n\u2022 " + (date.empty() ? "" : date + ": ") + evidence[i]->sentence + " [" +
           evidence[i]->article_id + "]";
  }
  if (evidence.size() > shown)
    tip += "\n\u2026 " + std::to_string(evidence.size() - shown) + " more";
  return tip;
}

struct MemoryFile {
  char* data = nullptr;
  size_t size = 0;
  FILE* file = nullptr;
  MemoryFile() { file = open_memstream(&data, &size); }
  ~MemoryFile() {
    if (file) fclose(file);
    free(data);
  }
  std::string take() {
    fclose(file);
    file = nullptr;
    return std::string(data ? data : "", size);
  }
};

}  // namespace

Result<std::string> to_diagram_dot(const store::GraphStore& store,
                                   const ontology::Vocabulary& vocab,
                                   const DiagramOptions& options) {
  const store::Graph& graph = store.graph();
  const size_t n = boost::num_vertices(graph);
  if (!options.node_weight.empty() && options.node_weight.size() != n)
    return Status::Error(ErrorCode::kUsage, "diagram: node_weight needs one value per entity");
  if (!options.cluster_of.empty() && options.cluster_of.size() != n)
    return Status::Error(ErrorCode::kUsage, "diagram: cluster_of needs one value per entity");

  GraphvizErrors errors;
  AgraphHandle g(agopen(cgraph_str(options.graph_name), Agdirected, nullptr));
  if (!g)
    return Status::Error(ErrorCode::kIoError, "cgraph could not create a graph: " + errors.text());
  if (!options.engine.empty()) declare(g.get(), AGRAPH, "layout", options.engine.c_str());
  if (!options.rankdir.empty()) declare(g.get(), AGRAPH, "rankdir", options.rankdir.c_str());
  declare(g.get(), AGRAPH, "label", "");
  declare(g.get(), AGRAPH, "style", "");
  declare(g.get(), AGRAPH, "color", "");
  declare(g.get(), AGRAPH, "overlap", options.engine == "dot" ? "" : "prism");
  declare(g.get(), AGRAPH, "outputorder", "edgesfirst");
  declare(g.get(), AGNODE, "shape", "ellipse");
  declare(g.get(), AGNODE, "style", "filled");
  declare(g.get(), AGNODE, "fillcolor", "white");
  declare(g.get(), AGNODE, "color", "black");
  declare(g.get(), AGNODE, "penwidth", "1");
  declare(g.get(), AGNODE, "peripheries", "1");
  declare(g.get(), AGNODE, "fontsize", "12");
  declare(g.get(), AGNODE, "width", "0.75");
  declare(g.get(), AGNODE, "height", "0.5");
  declare(g.get(), AGNODE, "label", "");
  declare(g.get(), AGNODE, "tooltip", "");
  declare(g.get(), AGEDGE, "label", "");
  declare(g.get(), AGEDGE, "tooltip", "");
  declare(g.get(), AGEDGE, "labeltooltip", "");
  declare(g.get(), AGEDGE, "penwidth", "1");
  declare(g.get(), AGEDGE, "dir", "forward");
  declare(g.get(), AGEDGE, "fontsize", "10");

  // Clusters in name order, so the same input draws the same file.
  std::map<std::string, Agraph_t*> clusters;
  std::map<std::string, size_t> cluster_number;
  if (!options.cluster_of.empty()) {
    std::set<std::string> names(options.cluster_of.begin(), options.cluster_of.end());
    names.erase("");
    for (const std::string& name : names) {
      size_t number = cluster_number.size();
      cluster_number[name] = number;
      Agraph_t* sub = agsubg(g.get(), cgraph_str("cluster_" + std::to_string(number)), 1);
      set(sub, "label", escape_dot_text(name));
      set(sub, "style", "rounded");
      set(sub, "color",
          options.color_clusters ? kClusterColors[number % std::size(kClusterColors)] : "gray60");
      clusters[name] = sub;
    }
  }

  const query::ArticleDates dates = query::article_dates(store);
  std::vector<Agnode_t*> nodes(n, nullptr);
  for (store::Vertex v : entities_by_id(graph)) {
    const store::EntityVertex& e = graph[v];
    Agraph_t* home = g.get();
    if (!options.cluster_of.empty() && !options.cluster_of[v].empty())
      home = clusters[options.cluster_of[v]];
    Agnode_t* node = agnode(home, cgraph_str(node_name(g.get(), e.id)), 1);
    if (!node) return Status::Error(ErrorCode::kIoError, "cgraph could not add node " + e.id);
    nodes[v] = node;
    set(node, "label",
        escape_dot_text(shorten(e.name.empty() ? e.id : e.name, options.max_label_length)));
    set(node, "tooltip", escape_dot_text(node_tooltip(e)));
    if (const ontology::EntityClass* cls = vocab.find_class(e.type)) {
      if (!cls->dot_shape.empty()) set(node, "shape", cls->dot_shape);
      if (!cls->dot_color.empty()) set(node, "fillcolor", cls->dot_color);
    }
    if (!options.node_weight.empty()) {
      double w = std::clamp(options.node_weight[v], 0.0, 1.0);
      set(node, "fontsize", fixed(10.0 + 14.0 * w, 1));
      set(node, "width", fixed(0.75 + 1.5 * w, 2));
      set(node, "height", fixed(0.5 + 0.75 * w, 2));
    }
    if (options.color_clusters && !options.cluster_of.empty() && !options.cluster_of[v].empty()) {
      set(node, "color",
          kClusterColors[cluster_number[options.cluster_of[v]] % std::size(kClusterColors)]);
      set(node, "penwidth", "2.5");
    }
    if (!options.focus_id.empty() && e.id == options.focus_id) {
      set(node, "peripheries", "2");
      set(node, "penwidth", "3");
      set(node, "style", "filled,bold");
    }
  }
  for (store::Edge e : relations_in_order(graph)) {
    const store::RelationEdge& rel = graph[e];
    const store::EntityVertex& s = graph[boost::source(e, graph)];
    const store::EntityVertex& t = graph[boost::target(e, graph)];
    Agedge_t* edge =
        agedge(g.get(), nodes[boost::source(e, graph)], nodes[boost::target(e, graph)], nullptr, 1);
    if (!edge)
      return Status::Error(ErrorCode::kIoError,
                           "cgraph could not add a " + rel.predicate + " edge");
    std::string tip = escape_dot_text(edge_tooltip(rel, s.name.empty() ? s.id : s.name,
                                                   t.name.empty() ? t.id : t.name, dates,
                                                   options.tooltip_statements));
    set(edge, "label", escape_dot_text(rel.predicate));
    set(edge, "tooltip", tip);
    set(edge, "labeltooltip", tip);
    double width = std::min(
        6.0, 1.0 + std::log2(static_cast<double>(std::max<size_t>(rel.evidence.size(), 1))));
    set(edge, "penwidth", fixed(width, 1));
    if (const ontology::Property* prop = vocab.find_property(rel.predicate);
        prop && prop->symmetric)
      set(edge, "dir", "none");
  }
  if (options.include_legend && n > 0) {
    std::set<std::string> present;
    for (auto [it, end] = boost::vertices(graph); it != end; ++it) present.insert(graph[*it].type);
    Agraph_t* legend = agsubg(g.get(), const_cast<char*>("cluster_legend"), 1);
    set(legend, "label", "Legend");
    set(legend, "color", "gray60");
    for (const auto& cls : vocab.classes) {
      if (!present.count(cls.name)) continue;
      Agnode_t* node = agnode(legend, cgraph_str(node_name(g.get(), "legend:" + cls.name)), 1);
      set(node, "label", escape_dot_text(cls.name));
      if (!cls.dot_shape.empty()) set(node, "shape", cls.dot_shape);
      if (!cls.dot_color.empty()) set(node, "fillcolor", cls.dot_color);
      set(node, "tooltip", escape_dot_text(cls.comment));
    }
  }

  MemoryFile memory;
  if (!memory.file)
    return Status::Error(ErrorCode::kIoError, "could not open a memory stream for the DOT text");
  if (agwrite(g.get(), memory.file) == EOF)
    return Status::Error(ErrorCode::kIoError,
                         "cgraph could not write the diagram: " + errors.text());
  return memory.take();
}

}  // namespace newsgraph::exporter
