// How an entity or a relation looks in Graphviz, shared by graph.dot (dot_writer) and the
// diagrams (diagram_writer), so both draw a class and a predicate the same way: node names
// that survive a cgraph round trip, labels, the vocabulary's shape and colour per class,
// edge width by evidence, symmetric predicates without arrowheads, and the class legend.
// Thread contract: uses cgraph (global state); serialize Graphviz calls.
#pragma once

#include <graphviz/cgraph.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::exporter {

// Escapes text for a Graphviz escString attribute (label, tooltip), where a backslash
// starts an escape: "\" becomes "\\", a line break becomes "\n", other control characters
// become spaces (they are invalid in the SVG Graphviz writes). Quoting for the DOT syntax
// itself is left to cgraph.
std::string escape_dot_text(std::string_view text);

// Sets a text attribute on a graph, node or edge (declared with a "" default if missing).
void set_attribute(void* object, const char* attribute, const std::string& value);

// Sets a declared attribute (a handle from declare_attribute or declare_style_attributes)
// on a node or edge of the graph it was declared in. Unlike setting by name, this skips
// cgraph's lookup of the attribute, which graph.dot would make a few times per object.
void set_attribute(void* object, Agsym_t* attribute, const std::string& value);

// Declares `attribute` for graphs (AGRAPH), nodes (AGNODE) or edges (AGEDGE) with a default;
// returns its handle.
Agsym_t* declare_attribute(Agraph_t* g, int kind, const char* attribute,
                           const char* default_value);

// Handles of the node and edge attributes set on every entity and relation.
struct StyleAttributes {
  Agsym_t* node_label = nullptr;
  Agsym_t* node_shape = nullptr;
  Agsym_t* node_fillcolor = nullptr;
  Agsym_t* node_tooltip = nullptr;
  Agsym_t* edge_label = nullptr;
  Agsym_t* edge_tooltip = nullptr;
  Agsym_t* edge_penwidth = nullptr;
  Agsym_t* edge_dir = nullptr;
};

// Declares the attributes style_entity_node and style_relation_edge set (and the tooltips),
// with the defaults an unstyled entity or relation gets (a white filled ellipse, a plain
// forward arrow).
StyleAttributes declare_style_attributes(Agraph_t* g);

// A cgraph node name for `id` that agwrite/agread keep as is and that is unique in g: the id
// itself, or, for an id cgraph would not read back verbatim (empty, starting with "%",
// holding a backslash or control character), "~" plus the id with those bytes
// percent-encoded; a clash gets a "~N" suffix.
std::string graphviz_node_name(Agraph_t* g, std::string_view id);

// Shortens to `max` code points, ending in "…", without splitting a UTF-8 sequence;
// max 0 leaves the text whole.
std::string shorten_label(std::string_view text, size_t max);

// Edge width for a relation stated `evidence_count` times: 1 + log2(count), at most 6,
// written with one decimal.
std::string evidence_pen_width(size_t evidence_count);

// Label (the name shortened to `max_label_length`, else the id), shape and fill colour
// from the entity's vocabulary class. Tooltips are the caller's.
void style_entity_node(Agnode_t* node, const StyleAttributes& attributes,
                       const store::EntityVertex& entity, const ontology::Vocabulary& vocab,
                       size_t max_label_length);

// Label (the predicate; none when `with_label` is false, e.g. for very large drawings),
// pen width by evidence, and no arrowhead for a symmetric predicate. Tooltips are the
// caller's.
void style_relation_edge(Agedge_t* edge, const StyleAttributes& attributes,
                         const store::RelationEdge& relation, const ontology::Vocabulary& vocab,
                         bool with_label = true);

// Adds subgraph "cluster_legend" to g: one node per vocabulary class present in `graph`,
// in vocabulary order, styled as its entities and with the class comment as tooltip.
// Returns the cluster.
Agraph_t* add_class_legend(Agraph_t* g, const store::Graph& graph,
                           const ontology::Vocabulary& vocab);

}  // namespace newsgraph::exporter
