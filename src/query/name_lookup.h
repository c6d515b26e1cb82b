// Name lookup: finds the entity a person means by a name they type ("masoud barzani",
// "KRG", "Erbil"), through canonical names and every alias, with case, accents,
// punctuation and a leading "the" folded away (resolve::fold_name, as the scorer folds).
// Thread contract: a built NameIndex is read-only; share it freely.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/graph_store.h"

namespace newsgraph::query {

class NameIndex {
 public:
  // Indexes every vertex's id, name and aliases. The store must outlive the index.
  explicit NameIndex(const store::GraphStore& store);

  // The vertex meant by `name`: an exact entity id first, then the folded name. When
  // several entities share the folded form, the one whose canonical name it is wins;
  // still several: kInvalidInput "ambiguous", listing them (name, type, id). None:
  // kInvalidInput naming up to five entities whose names contain the words typed.
  Result<store::Vertex> resolve(std::string_view name) const;

  // Every vertex whose id, name or an alias folds to `name`, in id order.
  std::vector<store::Vertex> candidates(std::string_view name) const;

 private:
  struct Hit {
    store::Vertex vertex;
    bool canonical;  // the folded form is the entity's canonical name (or id)
  };
  const store::GraphStore& store_;
  std::map<std::string, std::vector<Hit>> by_folded_;
};

// "Name (Type, id)", for messages.
std::string describe(const store::GraphStore& store, store::Vertex v);

}  // namespace newsgraph::query
