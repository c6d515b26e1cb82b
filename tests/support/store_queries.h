// Questions tests ask of a GraphStore that the store itself does not index.
#pragma once

#include <algorithm>
#include <set>
#include <string>

#include "store/graph_store.h"

namespace newsgraph::testing {

// Ids of the articles whose records mention the entity (their mentions are sorted).
inline std::set<std::string> articles_mentioning(const store::GraphStore& store, store::Vertex v) {
  std::set<std::string> ids;
  for (const store::ArticleRecord& a : store.articles())
    if (std::binary_search(a.mentions.begin(), a.mentions.end(), std::string_view(store.graph()[v].id)))
      ids.insert(a.id);
  return ids;
}

}  // namespace newsgraph::testing
