#include "pipeline/build.h"

#include <functional>

#include "core/parallel.h"
#include "ingest/corpus_reader.h"
#include "pipeline/article_pipeline.h"

namespace newsgraph::pipeline {

namespace {

// Tokens and sentences are about nine tenths of a Doc and nothing after extraction reads
// them (mentions keep their spans and token counts; shards do not hold them).
void drop_tokens_and_sentences(Doc& doc) {
  std::vector<Token>().swap(doc.tokens);
  std::vector<Sentence>().swap(doc.sentences);
}

}  // namespace

std::vector<Doc> process_articles(std::vector<Article> articles, const Knowledge& knowledge,
                                  const BuildOptions& options) {
  std::vector<Doc> docs(articles.size());
  parallel_for(articles.size(), options.threads, [&](size_t i) {
    docs[i] = process_article(std::move(articles[i]), knowledge);
    drop_tokens_and_sentences(docs[i]);
  }, 1, options.progress);
  return docs;
}

std::vector<resolve::DocDigest> digest_articles(std::vector<Article> articles, const Knowledge& knowledge,
                                                const BuildOptions& options) {
  std::vector<resolve::DocDigest> digests(articles.size());
  parallel_for(articles.size(), options.threads, [&](size_t i) {
    digests[i] = resolve::digest(process_article(std::move(articles[i]), knowledge), knowledge.vocabulary,
                                 knowledge.lexicons);
  }, 1, options.progress);
  return digests;
}

Result<std::vector<Article>> read_corpus(const std::vector<std::string>& paths, const Knowledge& knowledge,
                                           const BuildOptions& options, ingest::ReadReport& report) {
  auto files = ingest::list_inputs(paths);
  if (!files.ok()) return files.status();
  // Reading is per-article work too (decoding, repair, furniture): files are read on the
  // workers, then joined in their sorted order.
  struct FileArticles {
    std::vector<Article> articles;
    ingest::ReadReport report;
  };
  std::vector<FileArticles> per_file(files.value().size());
  parallel_for(per_file.size(), options.threads, [&](size_t i) {
    per_file[i].articles =
        ingest::read_articles({files.value()[i]}, knowledge.furniture, options.reader, per_file[i].report);
  });
  std::vector<Article> articles;
  for (FileArticles& f : per_file) {
    for (Article& article : f.articles) articles.push_back(std::move(article));
    for (std::string& warning : f.report.warnings) report.warnings.push_back(std::move(warning));
    report.skipped += f.report.skipped;
  }
  return articles;
}

Result<BuildResult> build_graph(const std::vector<std::string>& paths, const Knowledge& knowledge,
                                const BuildOptions& options) {
  BuildResult result;
  auto articles = read_corpus(paths, knowledge, options, result.report);
  if (!articles.ok()) return articles.status();
  std::vector<resolve::DocDigest> digests = digest_articles(std::move(articles).value(), knowledge, options);
  result.articles = digests.size();
  result.merged =
      resolve::merge_documents(digests, knowledge.vocabulary, knowledge.lexicons, options.decisions, options.threads);
  result.archive.reserve(digests.size());
  for (resolve::DocDigest& digest : digests) result.archive.push_back(std::move(digest.article));
  return result;
}

}  // namespace newsgraph::pipeline
