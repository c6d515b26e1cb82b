// to_graphml: flatten the store into GraphmlGraph, then boost::write_graphml.

// GCC 12 at -O2 reports Boost's adj_list_edge_iterator (used by write_graphml's edge loop)
// as "maybe uninitialized", a known false positive in Boost.Graph's optional-held iterator
// pair. The pragma precedes every include because the warning is attributed to the
// headers' lines.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "export/graphml_writer.h"

#include <boost/graph/graphml.hpp>
#include <sstream>
#include <vector>

#include "export/ordering.h"
#include "query/relation_filter.h"

namespace newsgraph::exporter {
namespace {

std::string xml_safe(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f) c = ' ';
  }
  return out;
}

int clamp_int(size_t n) {
  return n > static_cast<size_t>(INT32_MAX) ? INT32_MAX : static_cast<int>(n);
}

}  // namespace

GraphmlGraph to_graphml_graph(const store::GraphStore& store) {
  const store::Graph& g = store.graph();
  const query::ArticleDates dates = query::article_dates(store);
  GraphmlGraph out;
  std::vector<GraphmlGraph::vertex_descriptor> copy(boost::num_vertices(g));
  for (store::Vertex v : entities_by_id(g)) {
    const store::EntityVertex& e = g[v];
    GraphmlVertex gv{xml_safe(e.id), xml_safe(e.name), xml_safe(e.type), "", clamp_int(e.mentions)};
    for (const auto& [alias, count] : e.aliases) {
      if (alias == e.name) continue;
      if (!gv.alternate_names.empty()) gv.alternate_names += "; ";
      gv.alternate_names += xml_safe(alias);
    }
    copy[v] = boost::add_vertex(std::move(gv), out);
  }
  for (store::Edge e : relations_in_order(g)) {
    const store::RelationEdge& rel = g[e];
    GraphmlEdge ge{xml_safe(rel.predicate), clamp_int(rel.evidence.size()), "", "", ""};
    if (const store::Evidence* first = first_evidence(rel)) {
      ge.first_sentence = xml_safe(first->sentence);
      ge.first_article = xml_safe(first->article_id);
      ge.first_date = xml_safe(query::evidence_date(*first, dates));
    }
    boost::add_edge(copy[boost::source(e, g)], copy[boost::target(e, g)], std::move(ge), out);
  }
  return out;
}

boost::dynamic_properties graphml_properties(GraphmlGraph& graph) {
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("entityId", boost::get(&GraphmlVertex::entity_id, graph));
  dp.property("name", boost::get(&GraphmlVertex::name, graph));
  dp.property("type", boost::get(&GraphmlVertex::type, graph));
  dp.property("alternateNames", boost::get(&GraphmlVertex::alternate_names, graph));
  dp.property("mentionCount", boost::get(&GraphmlVertex::mention_count, graph));
  dp.property("predicate", boost::get(&GraphmlEdge::predicate, graph));
  dp.property("evidenceCount", boost::get(&GraphmlEdge::evidence_count, graph));
  dp.property("firstSentence", boost::get(&GraphmlEdge::first_sentence, graph));
  dp.property("firstArticle", boost::get(&GraphmlEdge::first_article, graph));
  dp.property("firstDate", boost::get(&GraphmlEdge::first_date, graph));
  return dp;
}

Result<std::string> to_graphml(const store::GraphStore& store) {
  GraphmlGraph graph = to_graphml_graph(store);
  boost::dynamic_properties dp = graphml_properties(graph);
  std::ostringstream out;
  try {
    boost::write_graphml(out, graph, dp, true);
  } catch (const std::exception& e) {
    return Status::Error(ErrorCode::kInvalidInput,
                         std::string("GraphML export failed: ") + e.what());
  }
  return out.str();
}

}  // namespace newsgraph::exporter
