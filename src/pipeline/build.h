// Build: the whole pipeline from input paths to a merged GraphStore. Reading and the
// per-article stages run on `threads` workers; merging runs once over all Docs in input
// order (its per-cluster and per-article parts on as many threads), so the result is the
// same for any thread count.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "ingest/reader_options.h"
#include "pipeline/knowledge.h"
#include "resolve/merger.h"

namespace newsgraph::pipeline {

struct BuildOptions {
  unsigned threads = 1;
  ingest::ReaderOptions reader;
  resolve::MergeDecisions decisions;  // the user's merge corrections, always obeyed
  // Called now and then with (articles done, articles total); may be empty.
  std::function<void(size_t, size_t)> progress;
};

struct BuildResult {
  resolve::MergeResult merged;
  ingest::ReadReport report;  // warnings for every skipped file or record
  size_t articles = 0;
  std::vector<Article> archive;  // the articles as read, for DIR/articles.jsonl (add rebuilds from it)
};

// Reading, on the workers: every readable article under `paths`, in sorted file order
// (then line order within a .jsonl file).
Result<std::vector<Article>> read_corpus(const std::vector<std::string>& paths, const Knowledge& knowledge,
                                           const BuildOptions& options, ingest::ReadReport& report);

Result<BuildResult> build_graph(const std::vector<std::string>& paths, const Knowledge& knowledge,
                                const BuildOptions& options);

// The per-article stages over already-read articles, on the workers. The Docs come
// without tokens and sentences: what the shards need is kept.
std::vector<Doc> process_articles(std::vector<Article> articles, const Knowledge& knowledge,
                                  const BuildOptions& options);

// The same stages, each Doc reduced to what merging reads as soon as it is done (a third
// of the memory): what build and add merge.
std::vector<resolve::DocDigest> digest_articles(std::vector<Article> articles, const Knowledge& knowledge,
                                                const BuildOptions& options);

}  // namespace newsgraph::pipeline
