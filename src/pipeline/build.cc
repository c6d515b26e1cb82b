#include "pipeline/build.h"

#include <atomic>
#include <thread>

#include "ingest/corpus_reader.h"
#include "pipeline/article_pipeline.h"

namespace newsgraph::pipeline {

namespace {

// Tokens and sentences are about nine tenths of a Doc and nothing after extraction reads
// them (mentions keep their spans and token counts): dropping them keeps a large corpus
// in memory until the merge.
void keep_what_merging_needs(Doc& doc) {
  std::vector<Token>().swap(doc.tokens);
  std::vector<Sentence>().swap(doc.sentences);
}

}  // namespace

std::vector<Doc> process_articles(std::vector<Article> articles, const Knowledge& knowledge,
                                  const BuildOptions& options) {
  std::vector<Doc> docs(articles.size());
  std::atomic<size_t> next{0}, done{0};
  auto work = [&] {
    for (size_t i = next++; i < articles.size(); i = next++) {
      docs[i] = process_article(std::move(articles[i]), knowledge);
      keep_what_merging_needs(docs[i]);
      size_t finished = ++done;
      if (options.progress && (finished % 64 == 0 || finished == articles.size()))
        options.progress(finished, articles.size());
    }
  };
  unsigned threads = std::max(1u, std::min<unsigned>(options.threads, static_cast<unsigned>(articles.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return docs;
}

Result<std::vector<Doc>> extract_docs(const std::vector<std::string>& paths, const Knowledge& knowledge,
                                      const BuildOptions& options, ingest::ReadReport& report) {
  auto files = ingest::list_inputs(paths);
  if (!files.ok()) return files.status();
  std::vector<Article> articles = ingest::read_articles(files.value(), knowledge.furniture, options.reader, report);
  return process_articles(std::move(articles), knowledge, options);
}

Result<BuildResult> build_graph(const std::vector<std::string>& paths, const Knowledge& knowledge,
                                const BuildOptions& options) {
  BuildResult result;
  auto docs = extract_docs(paths, knowledge, options, result.report);
  if (!docs.ok()) return docs.status();
  result.articles = docs.value().size();
  result.merged = resolve::merge_documents(docs.value(), knowledge.vocabulary, knowledge.lexicons,
                                           options.decisions);
  result.archive.reserve(docs.value().size());
  for (Doc& doc : docs.value()) result.archive.push_back(std::move(doc.article));
  return result;
}

}  // namespace newsgraph::pipeline
