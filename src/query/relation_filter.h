// Relation filter: which relations and which of their statements a diagram or a query
// keeps: by predicate, by date window and by how often the relation is stated.
// Thread contract: plain data and pure functions.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "core/string_hash.h"
#include "store/graph_store.h"

namespace newsgraph::query {

struct RelationFilter {
  std::set<std::string> predicates;  // vocabulary local names; empty keeps every predicate
  std::string since;        // ISO date or prefix ("2023", "2023-10", "2023-10-07"); empty: open
  std::string until;        // inclusive: "2023-10" keeps all of October
  size_t min_evidence = 0;  // statements (after the date window) a relation needs

  bool filters_dates() const { return !since.empty() || !until.empty(); }
  bool active() const { return !predicates.empty() || filters_dates() || min_evidence > 0; }
};

// Publication date of each article, for evidence that carries no event date.
using ArticleDates = StringMap<std::string>;
ArticleDates article_dates(const store::GraphStore& store);

// The day a statement refers to: its event date, else its article's publication date,
// else empty.
std::string evidence_date(const store::Evidence& evidence, const ArticleDates& dates);

// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD".
bool valid_date_bound(const std::string& text);

// The relation with only the statements inside the date window, or nothing when the
// predicate is not wanted or too few statements remain. With a date window, statements
// without any date are dropped.
std::optional<store::RelationEdge> apply_filter(const RelationFilter& filter,
                                                const store::RelationEdge& edge,
                                                const ArticleDates& dates);

}  // namespace newsgraph::query
