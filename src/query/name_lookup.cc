// NameIndex: folded names and aliases -> vertices (see name_lookup.h).
#include "query/name_lookup.h"

#include <algorithm>

#include "resolve/name_keys.h"

namespace newsgraph::query {

NameIndex::NameIndex(const store::GraphStore& store) : store_(store) {
  const store::Graph& g = store.graph();
  // Not `for (auto [it, end] = ...)`: lambdas capturing structured bindings need clang 16.
  const auto [first, last] = boost::vertices(g);
  for (auto it = first; it != last; ++it) {
    const store::EntityVertex& e = g[*it];
    auto add = [&](std::string_view form, bool canonical) {
      std::string key = resolve::fold_name(form);
      if (key.empty()) return;
      auto& hits = by_folded_[key];
      for (Hit& h : hits)
        if (h.vertex == *it) {
          h.canonical = h.canonical || canonical;
          return;
        }
      hits.push_back({*it, canonical});
    };
    add(e.name, true);
    add(e.id, true);
    for (const auto& [alias, count] : e.aliases) add(alias, false);
  }
  for (auto& [key, hits] : by_folded_)
    std::sort(hits.begin(), hits.end(),
              [&](const Hit& a, const Hit& b) { return g[a.vertex].id < g[b.vertex].id; });
}

std::vector<store::Vertex> NameIndex::candidates(std::string_view name) const {
  std::vector<store::Vertex> out;
  auto found = by_folded_.find(resolve::fold_name(name));
  if (found != by_folded_.end())
    for (const Hit& h : found->second) out.push_back(h.vertex);
  return out;
}

Result<store::Vertex> NameIndex::resolve(std::string_view name) const {
  if (auto v = store_.find(std::string(name))) return *v;
  const std::string key = resolve::fold_name(name);
  if (auto found = by_folded_.find(key); found != by_folded_.end()) {
    const auto& hits = found->second;
    if (hits.size() == 1) return hits.front().vertex;
    std::vector<store::Vertex> canonical;
    for (const Hit& h : hits)
      if (h.canonical) canonical.push_back(h.vertex);
    if (canonical.size() == 1) return canonical.front();
    std::string list;
    for (const Hit& h : hits) list += "\n  " + describe(store_, h.vertex);
    return Status::Error(ErrorCode::kInvalidInput,
                         "\"" + std::string(name) + "\" is ambiguous; it names " +
                             std::to_string(hits.size()) + " entities:" + list +
                             "\n(give a fuller name or the entity id)");
  }
  // No exact match: suggest entities whose folded forms contain the folded text as words.
  std::vector<store::Vertex> near;
  if (!key.empty()) {
    const std::string padded = " " + key + " ";
    for (const auto& [form, hits] : by_folded_) {
      if ((" " + form + " ").find(padded) == std::string::npos) continue;
      for (const Hit& h : hits)
        if (std::find(near.begin(), near.end(), h.vertex) == near.end()) near.push_back(h.vertex);
      if (near.size() >= 5) break;
    }
  }
  std::string message = "no entity is named \"" + std::string(name) + "\"";
  if (!near.empty()) {
    message += "; did you mean:";
    for (size_t i = 0; i < near.size() && i < 5; ++i) message += "\n  " + describe(store_, near[i]);
  } else {
    message += " (try 'newsgraph query GRAPH central' to see the main entities)";
  }
  return Status::Error(ErrorCode::kInvalidInput, message);
}

std::string describe(const store::GraphStore& store, store::Vertex v) {
  const store::EntityVertex& e = store.graph()[v];
  return (e.name.empty() ? e.id : e.name) + " (" + (e.type.empty() ? "untyped" : e.type) + ", " +
         e.id + ")";
}

}  // namespace newsgraph::query
