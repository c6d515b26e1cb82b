// GraphML export through Boost.Graph's write_graphml and dynamic_properties, for graph
// tools (Gephi, yEd, Cytoscape, networkx, igraph). Directed; one node per entity, one edge
// per relation, in entity-id and (subject, predicate, object) order.
//
//   node data: entityId, name, type, alternateNames (joined with "; "), mentionCount (int)
//   edge data: predicate, evidenceCount (int), firstSentence, firstArticle, firstDate
//
// Control characters, which XML 1.0 cannot carry, become spaces; everything else is
// escaped by Boost's writer.
// Thread contract: reads the store only.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <string>

#include "core/status.h"
#include "store/graph_store.h"

namespace newsgraph::exporter {

// The flat graph that is written (and that tests read back with read_graphml).
struct GraphmlVertex {
  std::string entity_id, name, type, alternate_names;
  int mention_count = 0;
};
struct GraphmlEdge {
  std::string predicate;
  int evidence_count = 0;
  std::string first_sentence, first_article, first_date;
};
using GraphmlGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, GraphmlVertex, GraphmlEdge>;

// The store flattened, vertices in id order and edges in relation order.
GraphmlGraph to_graphml_graph(const store::GraphStore& store);

// The property maps named as in the file, for write_graphml and read_graphml.
boost::dynamic_properties graphml_properties(GraphmlGraph& graph);

Result<std::string> to_graphml(const store::GraphStore& store);

}  // namespace newsgraph::exporter
