// newsgraph extract / newsgraph merge: the scale-out path. extract is the map step (one
// JSON Lines record per article with its mentions and relations); merge is the reduce
// step (all shards -> one graph), giving the same graph as build on the same articles.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <iostream>

#include "cli/commands.h"
#include "cli/graph_outputs.h"
#include "export/atomic_file.h"
#include "export/doc_shard.h"
#include "export/output_set.h"
#include "pipeline/build.h"
#include "pipeline/knowledge.h"

namespace newsgraph::cli {
namespace {

constexpr const char* kExtractHelp =
    "usage: newsgraph extract PATH... -o SHARD.jsonl [--threads N] [--ontology DIR]\n"
    "\n"
    "Reads the articles under PATH and writes one JSON Lines record per article (its text,\n"
    "metadata, entity mentions and relations) to SHARD.jsonl, without merging. Run it on\n"
    "disjoint parts of a corpus anywhere, then combine the shards with 'newsgraph merge'.\n"
    "exit status: 0 success; 1 failure; 2 usage error; 3 shard written but inputs skipped.\n";

constexpr const char* kMergeHelp =
    "usage: newsgraph merge SHARD.jsonl... -o DIR [--ontology DIR] [--no-svg] [--max-entities N]\n"
    "                       [--threads N]\n"
    "\n"
    "Merges shards written by 'newsgraph extract' into one graph and writes\n"
    "DIR/graph.jsonld, DIR/graph.dot and DIR/graph.svg, exactly as 'newsgraph build' would\n"
    "on the same articles, renamed into place together once all are complete. Shards may be\n"
    "given in any order: records are merged in article-id order. --max-entities N caps\n"
    "graph.svg as for build (default 100); --threads N merges and writes the files on up\n"
    "to N threads (default: all cores).\n"
    "exit status: 0 success; 1 failure; 2 usage error.\n";

Result<std::unique_ptr<pipeline::Knowledge>> knowledge_for(const Args& args) {
  return pipeline::load_knowledge(args.ontology_dir.empty() ? pipeline::default_ontology_dir()
                                                            : args.ontology_dir);
}

}  // namespace

int run_extract(const Args& args) {
  if (args.help) {
    std::cout << kExtractHelp;
    return kExitOk;
  }
  if (args.positional.empty() || args.output_dir.empty()) {
    std::cerr << "newsgraph extract: needs input PATHs and -o SHARD.jsonl\n" << kExtractHelp;
    return kExitUsage;
  }
  auto knowledge = knowledge_for(args);
  if (!knowledge.ok()) {
    std::cerr << "newsgraph extract: cannot load the ontology: " << knowledge.status().message() << "\n";
    return kExitFailure;
  }
  pipeline::BuildOptions options;
  options.threads = thread_count(args);
  ingest::ReadReport report;
  auto articles = pipeline::read_corpus(args.positional, *knowledge.value(), options, report);
  for (const std::string& warning : report.warnings) std::cerr << "newsgraph: warning: " << warning << "\n";
  if (!articles.ok()) {
    std::cerr << "newsgraph extract: " << articles.status().message() << "\n";
    return kExitFailure;
  }
  // Articles go through extraction a batch at a time and each batch's records are streamed
  // into the shard, so memory holds the read articles and one batch of Docs, never all.
  constexpr size_t kBatch = 1024;
  std::vector<Article>& all = articles.value();
  Status written = exporter::write_file_atomically(args.output_dir, [&](const exporter::ByteSink& sink) {
    for (size_t begin = 0; begin < all.size(); begin += kBatch) {
      const size_t end = std::min(all.size(), begin + kBatch);
      std::vector<Article> batch(std::make_move_iterator(all.begin() + begin), std::make_move_iterator(all.begin() + end));
      for (const Doc& doc : pipeline::process_articles(std::move(batch), *knowledge.value(), options)) {
        if (Status s = sink(exporter::doc_to_shard_record(doc) + '\n'); !s.ok()) return s;
      }
    }
    return Status::Ok();
  });
  if (Status s = written; !s.ok()) {
    std::cerr << "newsgraph extract: " << s.message() << "\n";
    return kExitFailure;
  }
  return report.skipped ? kExitSkippedInputs : kExitOk;
}

int run_merge(const Args& args) {
  if (args.help) {
    std::cout << kMergeHelp;
    return kExitOk;
  }
  if (args.positional.empty() || args.output_dir.empty()) {
    std::cerr << "newsgraph merge: needs SHARD files and -o DIR\n" << kMergeHelp;
    return kExitUsage;
  }
  auto knowledge = knowledge_for(args);
  if (!knowledge.ok()) {
    std::cerr << "newsgraph merge: cannot load the ontology: " << knowledge.status().message() << "\n";
    return kExitFailure;
  }
  // Each shard record is reduced to what merging reads as it is parsed.
  std::vector<resolve::DocDigest> docs;
  for (const std::string& path : args.positional) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "newsgraph merge: cannot read " << path << "\n";
      return kExitFailure;
    }
    std::string line;
    size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty()) continue;
      auto doc = exporter::doc_from_shard_record(line);
      if (!doc.ok()) {
        std::cerr << "newsgraph merge: " << path << ":" << number << ": " << doc.status().message() << "\n";
        return kExitFailure;
      }
      docs.push_back(resolve::digest(std::move(doc).value(), knowledge.value()->vocabulary, knowledge.value()->lexicons));
    }
  }
  // build merges in sorted file order, then line order within a .jsonl file ("path:12");
  // sorting by (path, line) reproduces it whatever order the shards come in.
  auto order = [](const std::string& source) {
    size_t colon = source.find_last_of(':');
    bool numbered = colon != std::string::npos && colon + 1 < source.size() &&
                    source.find_first_not_of("0123456789", colon + 1) == std::string::npos;
    if (!numbered) return std::make_pair(source, 0UL);
    return std::make_pair(source.substr(0, colon), std::stoul(source.substr(colon + 1)));
  };
  std::stable_sort(docs.begin(), docs.end(), [&](const resolve::DocDigest& a, const resolve::DocDigest& b) {
    return order(a.article.source) < order(b.article.source);
  });
  auto merged = resolve::merge_documents(docs, knowledge.value()->vocabulary, knowledge.value()->lexicons, {},
                                         thread_count(args));
  exporter::OutputSet outputs;
  Status written = add_graph_outputs(outputs, merged.store, knowledge.value()->vocabulary,
                                     args.output_dir, graph_output_options(args));
  if (written.ok()) written = outputs.write(thread_count(args));
  if (!written.ok()) {
    std::cerr << "newsgraph merge: " << written.message() << "\n";
    return kExitFailure;
  }
  if (!args.quiet)
    std::cerr << "newsgraph: " << docs.size() << " articles merged, " << merged.store.entity_count()
              << " entities, " << merged.store.relation_count() << " relations -> " << args.output_dir << "\n";
  return kExitOk;
}

}  // namespace newsgraph::cli
