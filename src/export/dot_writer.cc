// to_dot: builds a cgraph graph from the store and serializes it with agwrite into a string
// (see dot_writer.h).
#include "export/dot_writer.h"

#include <cstdio>
#include <vector>

#include "export/graph_style.h"
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
  const store::Evidence* first = first_evidence(edge);
  if (!first) return edge.predicate;
  std::string tip(first->sentence);
  tip.append(" [").append(first->article_id).append("]");
  if (edge.evidence.size() > 1)
    tip += " (" + std::to_string(edge.evidence.size()) + " statements)";
  return tip;
}

}  // namespace

Result<std::string> to_dot(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                           const DotOptions& options) {
  GraphvizErrors errors;
  Agdisc_t discipline{};  // null members fall back to cgraph's defaults
  discipline.io = string_io();
  AgraphHandle g(agopen(cgraph_str(options.graph_name), Agdirected, &discipline));
  if (!g)
    return Status::Error(ErrorCode::kIoError, "cgraph could not create a graph: " + errors.text());

  if (!options.engine.empty())
    declare_attribute(g.get(), AGRAPH, "layout", options.engine.c_str());
  if (!options.rankdir.empty())
    declare_attribute(g.get(), AGRAPH, "rankdir", options.rankdir.c_str());
  if (!options.engine.empty() && options.engine != "dot")
    declare_attribute(g.get(), AGRAPH, "overlap", "prism");  // force-directed: no overlaps
  declare_attribute(g.get(), AGRAPH, "label", "");
  if (!options.caption.empty()) {
    set_attribute(g.get(), "label", escape_dot_text(options.caption));
    declare_attribute(g.get(), AGRAPH, "labelloc", "t");
  }
  const StyleAttributes style = declare_style_attributes(g.get());

  const store::Graph& graph = store.graph();
  std::vector<Agnode_t*> nodes(boost::num_vertices(graph), nullptr);
  for (store::Vertex v : entities_by_id(graph)) {
    const store::EntityVertex& e = graph[v];
    Agnode_t* n = agnode(g.get(), cgraph_str(graphviz_node_name(g.get(), e.id)), 1);
    if (!n) return Status::Error(ErrorCode::kIoError, "cgraph could not add node " + e.id);
    nodes[v] = n;
    style_entity_node(n, style, e, vocab, options.max_label_length);
    set_attribute(n, style.node_tooltip, escape_dot_text(node_tooltip(e)));
  }
  for (store::Edge e : relations_in_order(graph)) {
    const store::RelationEdge& rel = graph[e];
    // No edge name: cgraph then keeps parallel edges (two predicates between one pair).
    Agedge_t* edge =
        agedge(g.get(), nodes[boost::source(e, graph)], nodes[boost::target(e, graph)], nullptr, 1);
    if (!edge)
      return Status::Error(ErrorCode::kIoError,
                           "cgraph could not add a " + rel.predicate + " edge");
    style_relation_edge(edge, style, rel, vocab, options.edge_labels);
    // Without a label the predicate opens the tooltip, so hovering still names it.
    std::string tip = edge_tooltip(rel);
    if (!options.edge_labels && tip != rel.predicate) tip = rel.predicate + ": " + tip;
    set_attribute(edge, style.edge_tooltip, escape_dot_text(tip));
  }
  if (options.include_legend && boost::num_vertices(graph) > 0)
    add_class_legend(g.get(), graph, vocab);

  std::string out;
  if (agwrite(g.get(), &out) == EOF)
    return Status::Error(ErrorCode::kIoError, "cgraph could not write the graph: " + errors.text());
  return out;
}

}  // namespace newsgraph::exporter
