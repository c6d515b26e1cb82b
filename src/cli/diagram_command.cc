// newsgraph diagram: draws a chosen part of a graph (a focus entity's neighbourhood,
// filtered by predicate, date and evidence) as DOT, SVG, PNG or PDF.
#include <iostream>
#include <set>

#include "cli/commands.h"
#include "cli/graph_input.h"
#include "export/atomic_file.h"
#include "export/diagram_writer.h"
#include "export/render.h"
#include "query/graph_metrics.h"
#include "query/name_lookup.h"
#include "query/overview.h"
#include "query/subgraph.h"

namespace newsgraph::cli {
namespace {

constexpr const char* kDiagramHelp =
    "usage: newsgraph diagram GRAPH [--focus NAME [--depth N]] [filters] -o FILE\n"
    "\n"
    "Draws part of a graph (GRAPH: a graph folder or its graph.jsonld). FILE's extension\n"
    "picks the output: .dot (Graphviz text), .svg, .png or .pdf. In SVG, hovering a node or\n"
    "a relation shows its aliases or the sentences that state it.\n"
    "\n"
    "what to draw:\n"
    "      --focus NAME         centre on this entity (a name or alias; case and accents do\n"
    "                           not matter, an entity id works too); without it, the whole graph\n"
    "      --depth N            keep entities up to N relations from the focus (default 1)\n"
    "      --predicates a,b     only these relations (e.g. metWith,attacked)\n"
    "      --since DATE         only statements dated on or after DATE (YYYY, YYYY-MM or "
    "YYYY-MM-DD;\n"
    "                           a statement's date is its event date, else its article's)\n"
    "      --until DATE         only statements dated on or before DATE (inclusive: 2023-10 keeps "
    "October)\n"
    "      --min-evidence K     only relations stated at least K times (after the date filter)\n"
    "how to draw it:\n"
    "      --engine E           Graphviz layout: dot, neato, fdp, sfdp, circo, twopi (default:\n"
    "                           dot up to 300 relations drawn, sfdp above; dot takes minutes\n"
    "                           to hours on a few hundred entities, sfdp seconds on thousands)\n"
    "      --max-entities N     draw at most N entities and 2N relations: the most connected\n"
    "                           (the focus always), with a caption saying how many of how many\n"
    "                           are shown (default 100; 0 draws everything)\n"
    "      --cluster class|community\n"
    "                           group entities by class, or by community (modularity, Louvain);\n"
    "                           dot and fdp draw clusters as boxes, the others colour node "
    "borders\n"
    "      --size-by betweenness|degree|none\n"
    "                           node size by centrality in the whole graph (default betweenness)\n"
    "      --ontology DIR       ontology folder (default: $NEWSGRAPH_ONTOLOGY or the built-in "
    "one)\n"
    "\n"
    "exit status: 0 success; 1 failure (nothing written); 2 usage error.\n";

const std::set<std::string> kEngines = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};

std::string extension_of(const std::string& path) {
  auto dot = path.rfind('.');
  auto slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return path.substr(dot + 1);
}

}  // namespace

int run_diagram(const Args& args) {
  if (args.help) {
    std::cout << kDiagramHelp;
    return kExitOk;
  }
  auto usage = [](const std::string& message) {
    std::cerr << "newsgraph diagram: " << message
              << "\n(run 'newsgraph diagram --help' for usage)\n";
    return kExitUsage;
  };
  if (args.positional.size() != 1 || args.output_dir.empty())
    return usage("needs one GRAPH and -o FILE");
  std::string format = extension_of(args.output_dir);
  if (format == "gv") format = "dot";
  if (format != "dot" && format != "svg" && format != "png" && format != "pdf")
    return usage("cannot tell the format of '" + args.output_dir +
                 "': end it in .dot, .svg, .png or .pdf");
  if (!args.engine.empty() && !kEngines.count(args.engine))
    return usage("unknown --engine '" + args.engine + "' (dot, neato, fdp, sfdp, circo, twopi)");
  if (!args.cluster.empty() && args.cluster != "class" && args.cluster != "community")
    return usage("--cluster takes class or community, not '" + args.cluster + "'");
  const std::string size_by = args.size_by.empty() ? "betweenness" : args.size_by;
  if (size_by != "betweenness" && size_by != "degree" && size_by != "none")
    return usage("--size-by takes betweenness, degree or none, not '" + size_by + "'");
  for (const std::string* date : {&args.since, &args.until})
    if (!date->empty() && !query::valid_date_bound(*date))
      return usage("dates are YYYY, YYYY-MM or YYYY-MM-DD, not '" + *date + "'");

  auto loaded = load_graph_argument(args.positional[0], args);
  if (!loaded.ok()) {
    std::cerr << "newsgraph diagram: " << loaded.status().message() << "\n";
    return kExitFailure;
  }
  const store::GraphStore& full = loaded.value().store;
  const ontology::Vocabulary& vocab = loaded.value().vocab;

  query::SubgraphOptions selection;
  selection.depth = args.depth;
  selection.filter.since = args.since;
  selection.filter.until = args.until;
  selection.filter.min_evidence = args.min_evidence;
  for (const std::string& p : args.predicates) {
    if (!vocab.find_property(p)) {
      std::string known;
      for (const auto& prop : vocab.properties) known += (known.empty() ? "" : ", ") + prop.name;
      return usage("unknown predicate '" + p + "' (the ontology has: " + known + ")");
    }
    selection.filter.predicates.insert(p);
  }
  std::string focus_id;
  if (!args.focus.empty()) {
    query::NameIndex names(full);
    auto focus = names.resolve(args.focus);
    if (!focus.ok()) {
      std::cerr << "newsgraph diagram: " << focus.status().message() << "\n";
      return kExitFailure;
    }
    selection.focus = focus.value();
    focus_id = full.graph()[focus.value()].id;
  }
  store::GraphStore part = query::select_subgraph(full, selection);
  if (part.relation_count() == 0) {
    std::cerr << "newsgraph diagram: nothing to draw: "
              << (selection.filter.active() ? "no relation passes the filters"
                  : args.focus.empty()      ? "the graph has no relations"
                                            : focus_id + " has no relations")
              << "\n";
    return kExitFailure;
  }

  // Above the cap: the most connected entities, and a caption saying so.
  query::OverviewLimits limits = query::OverviewLimits::for_entities(
      args.max_entities.value_or(query::kDefaultDiagramEntities));
  limits.keep_id = focus_id;
  std::string caption;
  if (query::exceeds(part, limits)) {
    query::Overview overview = query::select_overview(part, limits);
    caption = query::overview_caption(overview) +
              ";\n--max-entities N changes the cap, 0 draws everything";
    part = std::move(overview.store);
  }
  const std::string engine =
      args.engine.empty() ? exporter::default_engine(part.relation_count()) : args.engine;
  if (engine == "dot" && part.relation_count() > exporter::kDotMaxRelations && !args.quiet)
    std::cerr << "newsgraph: warning: dot takes minutes or more on " << part.relation_count()
              << " relations; --engine sfdp lays out thousands in seconds\n";

  exporter::DiagramOptions options;
  options.engine = engine;
  options.rankdir = engine == "dot" ? "LR" : "";
  options.focus_id = focus_id;
  options.caption = caption;
  options.edge_labels = exporter::edge_labels_fit(part.relation_count());
  // Only dot and fdp draw clusters; elsewhere a legend cluster would scatter its nodes.
  options.include_legend = engine == "dot" || engine == "fdp";
  if (size_by != "none") {
    std::vector<double> scores =
        size_by == "degree" ? query::degree(full) : query::betweenness(full);
    scores = query::scaled(std::move(scores));
    const store::Graph& pg = part.graph();
    options.node_weight.resize(part.entity_count());
    for (size_t v = 0; v < options.node_weight.size(); ++v)
      options.node_weight[v] = scores[*full.find(pg[v].id)];
  }
  if (args.cluster == "class") {
    for (auto [it, end] = boost::vertices(part.graph()); it != end; ++it)
      options.cluster_of.push_back(part.graph()[*it].type);
    options.include_legend = false;  // the cluster labels name the classes
  } else if (args.cluster == "community") {
    for (size_t c : query::communities(part))
      options.cluster_of.push_back("community " + std::to_string(c + 1));
    options.color_clusters = true;
  }
  auto dot = exporter::to_diagram_dot(part, vocab, options);
  if (!dot.ok()) {
    std::cerr << "newsgraph diagram: " << dot.status().message() << "\n";
    return kExitFailure;
  }
  std::string bytes;
  if (format == "dot") {
    bytes = std::move(dot).value();
  } else if (Status s = exporter::render(dot.value(), format, engine, bytes); !s.ok()) {
    std::cerr << "newsgraph diagram: rendering failed: " << s.message() << "\n";
    return kExitFailure;
  }
  if (Status s = exporter::write_file_atomically(args.output_dir, bytes); !s.ok()) {
    std::cerr << "newsgraph diagram: " << s.message() << "\n";
    return kExitFailure;
  }
  if (!args.quiet)
    std::cerr << "newsgraph: " << part.entity_count() << " entities and " << part.relation_count()
              << " relations drawn" << (caption.empty() ? "" : " (the most connected)") << " -> "
              << args.output_dir << "\n";
  return kExitOk;
}

}  // namespace newsgraph::cli
