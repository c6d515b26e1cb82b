// newsgraph query: questions to a built graph, answered on standard output:
// an entity's relations with their evidence, how two entities are connected, which
// entities are central, and what happened to an entity over time.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/graph_input.h"
#include "export/ordering.h"
#include "query/graph_metrics.h"
#include "query/name_lookup.h"
#include "query/relation_filter.h"
#include "query/relations.h"

namespace newsgraph::cli {
namespace {

constexpr const char* kQueryHelp =
    "usage: newsgraph query GRAPH QUESTION [options]\n"
    "\n"
    "Answers a question about a graph (GRAPH: a graph folder or its graph.jsonld). NAME is\n"
    "any name or alias of an entity (case and accents do not matter) or its id.\n"
    "\n"
    "questions:\n"
    "  neighbours NAME          every relation of the entity, with the sentences stating it\n"
    "  path NAME1 NAME2         a shortest chain of relations between two entities\n"
    "  central [betweenness|degree] [--top K]\n"
    "                           the K (default 10) most central entities: on the most shortest\n"
    "                           paths between others (betweenness, default) or related to the\n"
    "                           most others (degree)\n"
    "  timeline NAME            the entity's dated statements, oldest first\n"
    "\n"
    "options:\n"
    "      --top K              how many entities 'central' lists\n"
    "      --ontology DIR       ontology folder (default: $NEWSGRAPH_ONTOLOGY or the built-in "
    "one)\n"
    "\n"
    "exit status: 0 answered; 1 failure (unknown or ambiguous name, unreadable graph);\n"
    "2 usage error.\n";

struct Context {
  const store::GraphStore& store;
  const store::Graph& g;
  query::ArticleDates dates;
};

std::string label(const Context& c, store::Vertex v) {
  return c.g[v].name.empty() ? c.g[v].id : c.g[v].name;
}

void print_statement(const Context& c, const store::Evidence& ev) {
  std::string date = query::evidence_date(ev, c.dates);
  std::cout << "      " << (date.empty() ? "----------" : date) << "  [" << ev.article_id << "] "
            << ev.sentence;
  if (!ev.qualifier.empty()) std::cout << "  (" << ev.qualifier << ")";
  std::cout << "\n";
}

void print_relation(const Context& c, store::Edge e) {
  const store::RelationEdge& rel = c.g[e];
  std::cout << "  " << label(c, boost::source(e, c.g)) << "  " << rel.predicate << "  "
            << label(c, boost::target(e, c.g)) << "  (" << rel.evidence.size()
            << (rel.evidence.size() == 1 ? " statement)\n" : " statements)\n");
}

int neighbours(const Context& c, store::Vertex v) {
  auto list = query::neighbours(c.store, v);
  std::cout << query::describe(c.store, v) << ": " << list.size()
            << (list.size() == 1 ? " relation\n" : " relations\n");
  for (const auto& n : list) {
    print_relation(c, n.edge);
    for (const store::Evidence* ev : exporter::evidence_in_order(c.g[n.edge]))
      print_statement(c, *ev);
  }
  return kExitOk;
}

int path(const Context& c, store::Vertex from, store::Vertex to) {
  auto found = query::shortest_path(c.store, from, to);
  if (!found) {
    std::cout << "no chain of relations connects " << query::describe(c.store, from) << " and "
              << query::describe(c.store, to) << "\n";
    return kExitOk;
  }
  const auto& p = *found;
  std::cout << label(c, from) << " to " << label(c, to) << ": " << p.size() - 1
            << (p.size() == 2 ? " step\n" : " steps\n");
  for (size_t i = 0; i + 1 < p.size(); ++i) {
    for (const auto& n : query::relations_between(c.store, p[i], p[i + 1])) {
      print_relation(c, n.edge);
      const auto& evidence = c.g[n.edge].evidence;
      if (!evidence.empty()) print_statement(c, evidence.front());
    }
  }
  return kExitOk;
}

int central(const Context& c, const std::string& measure, unsigned top) {
  std::vector<double> scores =
      measure == "degree" ? query::degree(c.store) : query::betweenness(c.store);
  auto ranked = query::top_ranked(c.store, scores, top);
  std::cout << "rank  " << measure << "  entity\n";
  for (size_t i = 0; i < ranked.size(); ++i) {
    char score[32];
    std::snprintf(score, sizeof score, measure == "degree" ? "%.0f" : "%.4f", ranked[i].score);
    std::cout << i + 1 << "  " << score << "  " << query::describe(c.store, ranked[i].vertex)
              << "\n";
  }
  if (ranked.empty()) std::cout << "(no entity has a relation)\n";
  return kExitOk;
}

int timeline(const Context& c, store::Vertex v) {
  query::Timeline t = query::timeline(c.store, v);
  std::cout << query::describe(c.store, v) << ": " << t.dated.size() << " dated statements";
  if (t.undated) std::cout << " (" << t.undated << " undated left out)";
  std::cout << "\n";
  for (const auto& entry : t.dated) {
    std::cout << entry.date << "  " << label(c, boost::source(entry.edge, c.g)) << "  "
              << c.g[entry.edge].predicate << "  " << label(c, boost::target(entry.edge, c.g))
              << "\n";
    std::cout << "            [" << entry.evidence->article_id << "] " << entry.evidence->sentence
              << "\n";
  }
  return kExitOk;
}

}  // namespace

int run_query(const Args& args) {
  if (args.help) {
    std::cout << kQueryHelp;
    return kExitOk;
  }
  auto usage = [](const std::string& message) {
    std::cerr << "newsgraph query: " << message << "\n(run 'newsgraph query --help' for usage)\n";
    return kExitUsage;
  };
  const auto& p = args.positional;
  if (p.size() < 2)
    return usage("needs GRAPH and a question (neighbours, path, central, timeline)");
  const std::string& question = p[1];
  size_t names = question == "path" ? 2
                 : (question == "neighbours" || question == "neighbors" || question == "timeline")
                     ? 1
                     : 0;
  if (question == "central") {
    if (p.size() > 3 || (p.size() == 3 && p[2] != "betweenness" && p[2] != "degree"))
      return usage("central takes betweenness or degree, and --top K");
  } else if (names == 0) {
    return usage("unknown question '" + question + "' (neighbours, path, central, timeline)");
  } else if (p.size() != 2 + names) {
    return usage(question + " needs " + (names == 2 ? "two names" : "one name"));
  }
  auto loaded = load_graph_argument(p[0], args);
  if (!loaded.ok()) {
    std::cerr << "newsgraph query: " << loaded.status().message() << "\n";
    return kExitFailure;
  }
  const store::GraphStore& store = loaded.value().store;
  Context c{store, store.graph(), query::article_dates(store)};
  if (question == "central") return central(c, p.size() == 3 ? p[2] : "betweenness", args.top);

  query::NameIndex index(store);
  std::vector<store::Vertex> vertices;
  for (size_t i = 2; i < 2 + names; ++i) {
    auto v = index.resolve(p[i]);
    if (!v.ok()) {
      std::cerr << "newsgraph query: " << v.status().message() << "\n";
      return kExitFailure;
    }
    vertices.push_back(v.value());
  }
  if (question == "path") return path(c, vertices[0], vertices[1]);
  if (question == "timeline") return timeline(c, vertices[0]);
  return neighbours(c, vertices[0]);
}

}  // namespace newsgraph::cli
