// Neo4j bulk-import CSVs (neo4j-admin database import full --nodes=nodes.csv
// --relationships=relationships.csv):
//   nodes.csv          id:ID,name,:LABEL,aliases:string[]
//   relationships.csv  :START_ID,:END_ID,:TYPE,evidenceCount:int,firstSentence
// Labels are "Entity;<class>"; aliases are the alternate names joined with ';' (Neo4j's
// array delimiter), a ';' inside an alias becoming ','. Fields are quoted as RFC 4180
// says: a field holding a comma, a double quote or a line break is enclosed in double
// quotes with its quotes doubled. Sentences keep their line breaks, so import with
// --multiline-fields=true when a sentence spans lines. Rows are in id / relation order.
// Thread contract: reads the store only.
#pragma once

#include <string>
#include <string_view>

#include "store/graph_store.h"

namespace newsgraph::exporter {

struct Neo4jCsv {
  std::string nodes;
  std::string relationships;
};

Neo4jCsv to_neo4j_csv(const store::GraphStore& store);

// One CSV field, quoted when it must be.
std::string csv_field(std::string_view text);

}  // namespace newsgraph::exporter
