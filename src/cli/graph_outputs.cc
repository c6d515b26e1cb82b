#include "cli/graph_outputs.h"

#include <filesystem>
#include <optional>
#include <vector>

#include "export/dot_writer.h"
#include "export/jsonld_writer.h"
#include "export/render.h"

namespace newsgraph::cli {
namespace {

// The DOT that graph.svg is rendered from: graph.dot itself when the whole graph is drawn
// with dot, else the capped overview (or the whole graph) set up for its engine.
Result<std::string> drawing_dot(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                                const std::string& full_dot, size_t max_entities,
                                std::string& engine) {
  const query::OverviewLimits limits = query::OverviewLimits::for_entities(max_entities);
  std::optional<query::Overview> overview;
  if (query::exceeds(store, limits)) overview = query::select_overview(store, limits);
  const store::GraphStore& drawn = overview ? overview->store : store;
  engine = exporter::default_engine(drawn.relation_count());
  if (!overview && engine == "dot") return full_dot;

  exporter::DotOptions options;
  options.engine = engine;
  if (engine != "dot") {
    options.rankdir.clear();
    options.include_legend = false;  // a legend cluster only holds together under dot
  }
  options.edge_labels = exporter::edge_labels_fit(drawn.relation_count());
  if (overview)
    options.caption = query::overview_caption(*overview) +
                      ";\ngraph.dot holds the whole graph (--max-entities N changes the cap, "
                      "0 draws everything)";
  return exporter::to_dot(drawn, vocab, options);
}

}  // namespace

GraphOutputOptions graph_output_options(const Args& args) {
  GraphOutputOptions options;
  options.render = !args.no_render;
  if (args.max_entities) options.max_drawn_entities = *args.max_entities;
  return options;
}

Status add_graph_outputs(exporter::OutputSet& outputs, const store::GraphStore& store,
                         const ontology::Vocabulary& vocab, const std::string& dir,
                         const GraphOutputOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::Error(ErrorCode::kIoError, "cannot create " + dir + ": " + ec.message());
  const std::filesystem::path out(dir);
  std::vector<std::string> graphviz_files = {(out / "graph.dot").string()};
  if (options.render) graphviz_files.push_back((out / "graph.svg").string());
  // One production for both files: cgraph and gvc keep global state, so no two threads
  // may use them at once.
  outputs.add(std::move(graphviz_files), [&store, &vocab, options](
                                             const std::vector<exporter::ByteSink>& sinks) {
    auto dot = exporter::to_dot(store, vocab, exporter::DotOptions{});
    if (!dot.ok()) return dot.status();
    if (Status s = sinks[0](dot.value()); !s.ok()) return s;
    if (!options.render) return Status::Ok();
    std::string engine, svg;
    auto drawing = drawing_dot(store, vocab, dot.value(), options.max_drawn_entities, engine);
    if (!drawing.ok()) return drawing.status();
    if (Status s = exporter::render(drawing.value(), "svg", engine, svg); !s.ok()) return s;
    return sinks[1](svg);
  });
  // graph.jsonld is the largest output (hundreds of MB at 100,000 articles): streamed to
  // its file, never held whole.
  outputs.add((out / "graph.jsonld").string(), [&store, &vocab](const exporter::ByteSink& sink) {
    return exporter::write_jsonld(store, vocab, exporter::JsonLdOptions{}, sink);
  });
  return Status::Ok();
}

}  // namespace newsgraph::cli
