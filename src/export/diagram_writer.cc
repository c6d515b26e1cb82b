// to_diagram_dot: a cgraph graph built from a (sub)store, written with agwrite to an
// in-memory FILE (open_memstream), so no DOT is built by hand.
#include "export/diagram_writer.h"

#include <stdio.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "export/graph_style.h"
#include "export/graphviz_handles.h"
#include "export/ordering.h"
#include "query/relation_filter.h"

namespace newsgraph::exporter {
namespace {

// Cluster outline colours (ColorBrewer Dark2), distinct from the class fill colours.
constexpr const char* kClusterColors[] = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a",
                                          "#66a61e", "#e6ab02", "#a6761d", "#666666"};

std::string fixed(double value, int digits) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, digits);
  return ec == std::errc() ? std::string(buf, end) : "0";
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
    tip += "\n\u2022 " + (date.empty() ? "" : date + ": ");
    tip.append(evidence[i]->sentence).append(" [").append(evidence[i]->article_id).append("]");
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
  if (!options.engine.empty())
    declare_attribute(g.get(), AGRAPH, "layout", options.engine.c_str());
  if (!options.rankdir.empty())
    declare_attribute(g.get(), AGRAPH, "rankdir", options.rankdir.c_str());
  declare_attribute(g.get(), AGRAPH, "label", "");
  declare_attribute(g.get(), AGRAPH, "style", "");
  declare_attribute(g.get(), AGRAPH, "color", "");
  declare_attribute(g.get(), AGRAPH, "overlap", options.engine == "dot" ? "" : "prism");
  declare_attribute(g.get(), AGRAPH, "outputorder", "edgesfirst");
  if (!options.caption.empty()) {
    set_attribute(g.get(), "label", escape_dot_text(options.caption));
    declare_attribute(g.get(), AGRAPH, "labelloc", "t");
  }
  const StyleAttributes style = declare_style_attributes(g.get());
  declare_attribute(g.get(), AGNODE, "color", "black");
  declare_attribute(g.get(), AGNODE, "penwidth", "1");
  declare_attribute(g.get(), AGNODE, "peripheries", "1");
  declare_attribute(g.get(), AGNODE, "fontsize", "12");
  declare_attribute(g.get(), AGNODE, "width", "0.75");
  declare_attribute(g.get(), AGNODE, "height", "0.5");
  Agsym_t* const edge_labeltooltip = declare_attribute(g.get(), AGEDGE, "labeltooltip", "");
  declare_attribute(g.get(), AGEDGE, "fontsize", "10");

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
      set_attribute(sub, "label", escape_dot_text(name));
      set_attribute(sub, "style", "rounded");
      set_attribute(sub, "color",
                    options.color_clusters ? kClusterColors[number % std::size(kClusterColors)]
                                           : "gray60");
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
    Agnode_t* node = agnode(home, cgraph_str(graphviz_node_name(g.get(), e.id)), 1);
    if (!node) return Status::Error(ErrorCode::kIoError, "cgraph could not add node " + e.id);
    nodes[v] = node;
    style_entity_node(node, style, e, vocab, options.max_label_length);
    set_attribute(node, style.node_tooltip, escape_dot_text(node_tooltip(e)));
    if (!options.node_weight.empty()) {
      double w = std::clamp(options.node_weight[v], 0.0, 1.0);
      set_attribute(node, "fontsize", fixed(10.0 + 14.0 * w, 1));
      set_attribute(node, "width", fixed(0.75 + 1.5 * w, 2));
      set_attribute(node, "height", fixed(0.5 + 0.75 * w, 2));
    }
    if (options.color_clusters && !options.cluster_of.empty() && !options.cluster_of[v].empty()) {
      set_attribute(
          node, "color",
          kClusterColors[cluster_number[options.cluster_of[v]] % std::size(kClusterColors)]);
      set_attribute(node, "penwidth", "2.5");
    }
    if (!options.focus_id.empty() && e.id == options.focus_id) {
      set_attribute(node, "peripheries", "2");
      set_attribute(node, "penwidth", "3");
      set_attribute(node, "style", "filled,bold");
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
    style_relation_edge(edge, style, rel, vocab, options.edge_labels);
    set_attribute(edge, style.edge_tooltip, tip);
    if (options.edge_labels) set_attribute(edge, edge_labeltooltip, tip);
  }
  if (options.include_legend && n > 0)
    set_attribute(add_class_legend(g.get(), graph, vocab), "color", "gray60");

  MemoryFile memory;
  if (!memory.file)
    return Status::Error(ErrorCode::kIoError, "could not open a memory stream for the DOT text");
  if (agwrite(g.get(), memory.file) == EOF)
    return Status::Error(ErrorCode::kIoError,
                         "cgraph could not write the diagram: " + errors.text());
  return memory.take();
}

}  // namespace newsgraph::exporter
