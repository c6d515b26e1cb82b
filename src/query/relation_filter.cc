// RelationFilter (see relation_filter.h).
#include "query/relation_filter.h"

#include <cctype>

namespace newsgraph::query {

ArticleDates article_dates(const store::GraphStore& store) {
  ArticleDates out;
  for (const auto& a : store.articles())
    if (!a.date.empty()) out.emplace(a.id, a.date);
  return out;
}

std::string evidence_date(const store::Evidence& evidence, const ArticleDates& dates) {
  if (!evidence.date.empty()) return std::string(evidence.date);
  auto found = dates.find(evidence.article_id);
  return found == dates.end() ? std::string() : found->second;
}

bool valid_date_bound(const std::string& text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? text[i] != '-' : !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

std::optional<store::RelationEdge> apply_filter(const RelationFilter& filter,
                                                const store::RelationEdge& edge,
                                                const ArticleDates& dates) {
  if (!filter.predicates.empty() && !filter.predicates.count(edge.predicate)) return std::nullopt;
  store::RelationEdge out{edge.predicate, {}};
  if (!filter.filters_dates()) {
    out.evidence = edge.evidence;
  } else {
    for (const store::Evidence& ev : edge.evidence) {
      std::string date = evidence_date(ev, dates);
      if (date.empty()) continue;
      if (!filter.since.empty() && date < filter.since) continue;
      // Compare the bound's own precision: "2023-10-31" is within until="2023-10".
      if (!filter.until.empty() && date.compare(0, filter.until.size(), filter.until) > 0) continue;
      out.evidence.push_back(ev);
    }
    if (out.evidence.empty()) return std::nullopt;
  }
  if (out.evidence.size() < filter.min_evidence) return std::nullopt;
  return out;
}

}  // namespace newsgraph::query
