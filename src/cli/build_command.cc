// newsgraph build: articles in, graph.jsonld + graph.dot + graph.svg out.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli/commands.h"
#include "cli/graph_outputs.h"
#include "export/output_set.h"
#include "store/article_archive.h"
#include "pipeline/build.h"
#include "pipeline/knowledge.h"

namespace newsgraph::cli {
namespace {

constexpr const char* kBuildHelp =
    "usage: newsgraph build PATH... -o DIR [options]\n"
    "\n"
    "Reads every article under PATH (files, or folders read recursively: .txt, .html/.htm,\n"
    ".jsonl with one article per line), extracts entities and relations, merges names of\n"
    "the same entity across articles, and writes into DIR:\n"
    "  graph.jsonld   linked data (schema.org + the newsgraph ontology, inline @context)\n"
    "  graph.dot      the relationship diagram as Graphviz DOT\n"
    "  graph.svg      the diagram rendered by Graphviz (skipped with --no-svg); above 100\n"
    "                 entities or 200 relations it draws the 100 most connected entities\n"
    "                 and says so in a caption (graph.dot keeps everything)\n"
    "  articles.jsonl the articles read, so that 'newsgraph add' can grow the graph\n"
    "The files are written under temporary names and renamed together once all of them are\n"
    "complete, so a failed or interrupted run leaves the previous outputs intact.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR         output folder (created if missing)\n"
    "  -j, --threads N          worker threads for reading, extraction and writing the outputs\n"
    "                           (default: all cores)\n"
    "      --ontology DIR       ontology folder (default: $NEWSGRAPH_ONTOLOGY or the built-in one)\n"
    "      --decisions F        merge corrections obeyed over everything else (JSON Lines:\n"
    "                           {\"same\": [names...]} or {\"different\": [names...]})\n"
    "      --explain-merges F   write why each alias joined its entity (JSON Lines) to F\n"
    "      --no-svg             do not render graph.svg\n"
    "      --max-entities N     graph.svg draws at most N entities and 2N relations, the most\n"
    "                           connected (default 100, about a second to lay out); 0 draws\n"
    "                           all, by sfdp above 300 relations (3,000 entities and 17,000\n"
    "                           relations: about 10 s more)\n"
    "  -q, --quiet              no progress line and no summary\n"
    "\n"
    "exit status: 0 success; 1 failure (previous outputs kept); 2 usage error;\n"
    "3 outputs written but some inputs were skipped (each named on stderr).\n";

Status write_explanations(const std::vector<resolve::MergeReason>& reasons,
                          const exporter::ByteSink& sink) {
  std::string out;
  for (const auto& r : reasons) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("entity"); w.String(r.entity_id.c_str());
    w.Key("alias"); w.String(r.alias.c_str());
    w.Key("joined_via"); w.String(r.joined_via.c_str());
    w.Key("score"); w.Double(static_cast<double>(r.score));
    w.EndObject();
    out += buffer.GetString();
    out += '\n';
  }
  return sink(out);
}

}  // namespace

int run_build(const Args& args) {
  if (args.help) {
    std::cout << kBuildHelp;
    return kExitOk;
  }
  if (args.positional.empty() || args.output_dir.empty()) {
    std::cerr << "newsgraph build: needs at least one input PATH and -o DIR\n" << kBuildHelp;
    return kExitUsage;
  }
  auto started = std::chrono::steady_clock::now();
  std::string ontology_dir = args.ontology_dir.empty() ? pipeline::default_ontology_dir() : args.ontology_dir;
  auto knowledge = pipeline::load_knowledge(ontology_dir);
  if (!knowledge.ok()) {
    std::cerr << "newsgraph build: cannot load the ontology: " << knowledge.status().message()
              << "\n(fix the file named above, or point --ontology at a valid ontology folder)\n";
    return kExitFailure;
  }
  pipeline::BuildOptions options;
  options.threads = thread_count(args);
  if (!args.decisions.empty()) {
    auto decisions = resolve::load_merge_decisions(args.decisions);
    if (!decisions.ok()) {
      std::cerr << "newsgraph build: cannot read the decisions file: " << decisions.status().message() << "\n";
      return kExitFailure;
    }
    options.decisions = std::move(decisions).value();
  }
  const bool show_progress = !args.quiet && isatty(STDERR_FILENO);
  if (show_progress) {
    options.progress = [](size_t done, size_t total) {
      std::cerr << "\rnewsgraph: " << done << "/" << total << " articles" << std::flush;
    };
  }
  auto built = pipeline::build_graph(args.positional, *knowledge.value(), options);
  if (show_progress) std::cerr << "\r\033[K";
  if (!built.ok()) {
    std::cerr << "newsgraph build: " << built.status().message() << "\n";
    return kExitFailure;
  }
  const pipeline::BuildResult& result = built.value();
  for (const std::string& warning : result.report.warnings) std::cerr << "newsgraph: warning: " << warning << "\n";
  if (result.articles == 0) {
    std::cerr << "newsgraph build: no article could be read; nothing written\n";
    return kExitFailure;
  }

  const auto& store = result.merged.store;
  // Graph files, archive and explanations are produced side by side (options.threads at
  // most) and renamed together: a failure in any of them keeps every previous output.
  exporter::OutputSet outputs;
  if (Status s = add_graph_outputs(outputs, store, knowledge.value()->vocabulary, args.output_dir,
                                   graph_output_options(args));
      !s.ok()) {
    std::cerr << "newsgraph build: " << s.message() << "\n";
    return kExitFailure;
  }
  // The graph folder keeps its articles, so that `newsgraph add` can grow it later.
  outputs.add((std::filesystem::path(args.output_dir) / store::kArticleArchiveName).string(),
              [&](const exporter::ByteSink& sink) {
                return store::write_articles_jsonl(result.archive, sink);
              });
  if (!args.explain_merges.empty()) {
    outputs.add(args.explain_merges, [&](const exporter::ByteSink& sink) {
      return write_explanations(result.merged.reasons, sink);
    });
  }
  if (Status s = outputs.write(options.threads); !s.ok()) {
    std::cerr << "newsgraph build: " << s.message() << "\n";
    return kExitFailure;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!args.quiet) {
    std::cerr << "newsgraph: " << result.articles << " articles read, " << result.report.skipped
              << " skipped, " << store.entity_count() << " entities, " << store.relation_count()
              << " relations, " << seconds << " s -> " << args.output_dir << "\n";
  }
  return result.report.skipped ? kExitSkippedInputs : kExitOk;
}

}  // namespace newsgraph::cli
