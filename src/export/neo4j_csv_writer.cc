// to_neo4j_csv: nodes.csv and relationships.csv for neo4j-admin import.
#include "export/neo4j_csv_writer.h"

#include "export/ordering.h"

namespace newsgraph::exporter {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Neo4jCsv to_neo4j_csv(const store::GraphStore& store) {
  const store::Graph& g = store.graph();
  Neo4jCsv out;
  out.nodes = "id:ID,name,:LABEL,aliases:string[]\n";
  for (store::Vertex v : entities_by_id(g)) {
    const store::EntityVertex& e = g[v];
    std::string aliases;
    for (const auto& [alias, count] : e.aliases) {
      if (alias == e.name) continue;
      if (!aliases.empty()) aliases += ';';
      for (char c : alias) aliases += c == ';' ? ',' : c;
    }
    out.nodes += csv_field(e.id) + "," + csv_field(e.name) + "," +
                 csv_field(e.type.empty() ? "Entity" : "Entity;" + e.type) + "," +
                 csv_field(aliases) + "\n";
  }
  out.relationships = ":START_ID,:END_ID,:TYPE,evidenceCount:int,firstSentence\n";
  for (store::Edge e : relations_in_order(g)) {
    const store::RelationEdge& rel = g[e];
    const store::Evidence* first = first_evidence(rel);
    out.relationships += csv_field(g[boost::source(e, g)].id) + "," +
                         csv_field(g[boost::target(e, g)].id) + "," + csv_field(rel.predicate) +
                         "," + std::to_string(rel.evidence.size()) + "," +
                         csv_field(first ? first->sentence : "") + "\n";
  }
  return out;
}

}  // namespace newsgraph::exporter
