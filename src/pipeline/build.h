// Build: the whole pipeline from input paths to a merged GraphStore. Reading and the
// per-article stages run on `threads` workers; merging runs once over all Docs in input
// order, so the result is the same for any thread count.
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

// Reading and the per-article stages: the Docs of every readable article, in input order.
Result<std::vector<Doc>> extract_docs(const std::vector<std::string>& paths, const Knowledge& knowledge,
                                      const BuildOptions& options, ingest::ReadReport& report);

Result<BuildResult> build_graph(const std::vector<std::string>& paths, const Knowledge& knowledge,
                                const BuildOptions& options);

// The per-article stages over already-read articles (used by build and by tests). The
// Docs come without tokens and sentences: what merging and the shards need is kept.
std::vector<Doc> process_articles(std::vector<Article> articles, const Knowledge& knowledge,
                                  const BuildOptions& options);

}  // namespace newsgraph::pipeline
