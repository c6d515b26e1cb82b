// newsgraph add: new articles into an existing graph folder. The folder keeps the
// articles it was built from (articles.jsonl, see store/article_archive.h); add reads them
// back, adds the new ones in the order build would read them, and runs the same
// per-article stages and merge as build, so the result is byte for byte what
// `newsgraph build` gives on all the articles together.
#include <filesystem>
#include <iostream>
#include <set>

#include "cli/commands.h"
#include "cli/graph_outputs.h"
#include "export/output_set.h"
#include "ingest/corpus_reader.h"
#include "pipeline/build.h"
#include "pipeline/knowledge.h"
#include "resolve/merger.h"
#include "store/article_archive.h"
#include "store/jsonld_loader.h"

namespace newsgraph::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kAddHelp =
    "usage: newsgraph add [PATH...] --graph DIR [options]\n"
    "\n"
    "Adds the articles under PATH (files or folders, as for build) to the graph in DIR and\n"
    "rewrites DIR/graph.jsonld, graph.dot, graph.svg and articles.jsonl. The graph folder\n"
    "carries the articles it was built from (articles.jsonl, written by build and add), so\n"
    "the new graph is exactly what 'newsgraph build' gives on the old and new articles\n"
    "together: names in new articles merge with entities already in the graph.\n"
    "A file that is already in the graph replaces its earlier version. With no PATH, the\n"
    "graph is rebuilt from its articles (after an ontology update, say).\n"
    "\n"
    "options:\n"
    "      --graph DIR          the graph folder (made by 'newsgraph build ... -o DIR')\n"
    "      --decisions F        merge corrections (JSON Lines), as for build: give the same\n"
    "                           file that build was given, or the graph will differ\n"
    "  -j, --threads N          worker threads for extraction and writing the outputs\n"
    "                           (default: all cores)\n"
    "      --ontology DIR       ontology folder (default: $NEWSGRAPH_ONTOLOGY or the built-in "
    "one)\n"
    "      --no-svg             do not render graph.svg\n"
    "      --max-entities N     graph.svg draws at most N entities (default 100), as for build\n"
    "  -q, --quiet              no summary\n"
    "\n"
    "exit status: 0 success; 1 failure (the folder is unchanged: the files are renamed into\n"
    "place together once all are complete; should a system error stop the renames midway,\n"
    "the next 'add' finishes the job from articles.jsonl); 2 usage error;\n"
    "3 graph written but some inputs were skipped (each named on stderr).\n";

}  // namespace

int run_add(const Args& args) {
  if (args.help) {
    std::cout << kAddHelp;
    return kExitOk;
  }
  if (args.graph_dir.empty()) {
    std::cerr << "newsgraph add: needs --graph DIR\n" << kAddHelp;
    return kExitUsage;
  }
  const fs::path dir(args.graph_dir);
  const std::string graph_path = (dir / "graph.jsonld").string();
  const std::string archive_path = (dir / store::kArticleArchiveName).string();
  std::error_code ec;
  if (!fs::exists(graph_path, ec)) {
    std::cerr << "newsgraph add: " << graph_path << " does not exist; make the graph first with "
              << "'newsgraph build ARTICLES -o " << args.graph_dir << "'\n";
    return kExitFailure;
  }
  if (!fs::exists(archive_path, ec)) {
    std::cerr << "newsgraph add: " << archive_path
              << " does not exist, so the graph's own articles "
              << "are unknown; rebuild it once with 'newsgraph build ARTICLES -o " << args.graph_dir
              << "' (build keeps them from now on)\n";
    return kExitFailure;
  }
  const std::string ontology_dir =
      args.ontology_dir.empty() ? pipeline::default_ontology_dir() : args.ontology_dir;
  auto knowledge = pipeline::load_knowledge(ontology_dir);
  if (!knowledge.ok()) {
    std::cerr << "newsgraph add: cannot load the ontology: " << knowledge.status().message()
              << "\n(fix the file named above, or point --ontology at a valid ontology folder)\n";
    return kExitFailure;
  }
  const pipeline::Knowledge& k = *knowledge.value();
  auto previous = store::load_graph_jsonld(graph_path, k.vocabulary);
  if (!previous.ok()) {
    std::cerr << "newsgraph add: cannot load the graph: " << previous.status().message() << "\n";
    return kExitFailure;
  }
  auto archived = store::read_articles_jsonl(archive_path);
  if (!archived.ok()) {
    std::cerr << "newsgraph add: cannot read the graph's articles: " << archived.status().message()
              << "\n";
    return kExitFailure;
  }
  std::multiset<std::string> archived_ids, graph_ids;
  for (const Article& a : archived.value()) archived_ids.insert(a.id);
  for (const store::ArticleRecord& r : previous.value().articles()) graph_ids.insert(r.id);
  if (archived_ids != graph_ids)
    std::cerr << "newsgraph: warning: " << graph_path << " does not hold the articles of "
              << archive_path << " (an interrupted run?); the graph is rebuilt from "
              << archive_path << "\n";

  pipeline::BuildOptions options;
  options.threads = thread_count(args);
  if (!args.decisions.empty()) {
    auto decisions = resolve::load_merge_decisions(args.decisions);
    if (!decisions.ok()) {
      std::cerr << "newsgraph add: cannot read the decisions file: " << decisions.status().message()
                << "\n";
      return kExitFailure;
    }
    options.decisions = std::move(decisions).value();
  }
  ingest::ReadReport report;
  std::vector<Article> added;
  if (!args.positional.empty()) {
    auto files = ingest::list_inputs(args.positional);
    if (!files.ok()) {
      std::cerr << "newsgraph add: " << files.status().message() << "\n";
      return kExitFailure;
    }
    for (const std::string& file : files.value()) {
      if (fs::equivalent(file, archive_path, ec)) {
        std::cerr << "newsgraph add: " << file
                  << " is the graph's own article archive; give only new articles\n";
        return kExitUsage;
      }
    }
    added = ingest::read_articles(files.value(), k.furniture, options.reader, report);
    for (const std::string& warning : report.warnings)
      std::cerr << "newsgraph: warning: " << warning << "\n";
    if (added.empty()) {
      std::cerr << "newsgraph add: no article could be read; the graph is unchanged\n";
      return kExitFailure;
    }
  }
  const size_t added_count = added.size();
  store::CombinedArticles combined =
      store::combine_articles(std::move(archived).value(), std::move(added));

  resolve::MergeResult merged = resolve::merge_documents(pipeline::digest_articles(combined.articles, k, options),
                                                         k.vocabulary, k.lexicons, options.decisions,
                                                         options.threads);

  // All files are produced before any is renamed; the archive is renamed first, so that if
  // a rename of the graph failed after it, the next 'add' rebuilds from it.
  exporter::OutputSet outputs;
  outputs.add(archive_path, [&](const exporter::ByteSink& sink) {
    return store::write_articles_jsonl(combined.articles, sink);
  });
  if (Status s = add_graph_outputs(outputs, merged.store, k.vocabulary, args.graph_dir,
                                   graph_output_options(args));
      !s.ok()) {
    std::cerr << "newsgraph add: " << s.message() << "\n";
    return kExitFailure;
  }
  if (Status s = outputs.write(options.threads); !s.ok()) {
    std::cerr << "newsgraph add: " << s.message() << "\n";
    return kExitFailure;
  }
  if (!args.quiet) {
    auto delta = [](size_t now, size_t before) {
      long d = static_cast<long>(now) - static_cast<long>(before);
      return (d >= 0 ? "+" : "") + std::to_string(d);
    };
    const store::GraphStore& before = previous.value();
    auto count = [](size_t n, const char* what) {
      return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
    };
    std::cerr << "newsgraph: " << count(added_count, "article") << " added";
    if (combined.replaced)
      std::cerr << " (" << count(combined.replaced, "earlier version") << " replaced)";
    std::cerr << "; " << combined.articles.size() << " articles, " << merged.store.entity_count()
              << " entities (" << delta(merged.store.entity_count(), before.entity_count()) << "), "
              << merged.store.relation_count() << " relations ("
              << delta(merged.store.relation_count(), before.relation_count()) << ") -> "
              << args.graph_dir << "\n";
  }
  return report.skipped ? kExitSkippedInputs : kExitOk;
}

}  // namespace newsgraph::cli
