// Article archive: the articles a graph was built from, kept beside it as
// DIR/articles.jsonl, so `newsgraph add` can rebuild the graph from the old articles plus
// new ones and get exactly what `newsgraph build` gives on all of them.
//
// Format: JSON Lines, one article per line, as ingest handed it to the pipeline (cleaned
// NFC text, so no reader runs again):
//   {"id": "...", "source": "...", "text": "...", "title": "...", "date": "...",
//    "publisher": "...", "url": "..."}
// Empty fields are omitted; "id", "source" and "text" are always written. The field names
// are the ones ingest's JSONL reader takes, so the archive is also a valid build input.
// Lines are in the order the pipeline merged the articles (see archive_order).
// Thread contract: pure functions; the archive is written through an exporter::ByteSink
// (an OutputSet or write_file_atomically, so the old file stays until the new one is
// complete).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/status.h"
#include "export/atomic_file.h"  // ByteSink

namespace newsgraph::store {

inline constexpr const char* kArticleArchiveName = "articles.jsonl";

// One line of JSON, no trailing newline. kInvalidInput when a field is not valid UTF-8.
Result<std::string> article_to_record(const Article& article);
// kParseError for a line that is not a JSON object with string "id", "source" and "text".
Result<Article> article_from_record(std::string_view line);

// Streams every article, one line each, into `sink` (a megabyte at a time). Errors: the
// sink's, or kInvalidInput naming the article's source when a field is not valid UTF-8.
Status write_articles_jsonl(const std::vector<Article>& articles, const exporter::ByteSink& sink);
// Reads an archive; errors name the path and line (kIoError when it cannot be opened).
Result<std::vector<Article>> read_articles_jsonl(const std::string& path);

// The input file an article came from: its source, less the ":LINE" that the JSONL reader
// appends for records of a .jsonl/.ndjson file (line 0 for other files).
struct SourceKey {
  std::string file;
  unsigned long line = 0;
  friend bool operator<(const SourceKey& a, const SourceKey& b) {
    return a.file != b.file ? a.file < b.file : a.line < b.line;
  }
};
SourceKey source_key(std::string_view source);

struct CombinedArticles {
  std::vector<Article> articles;  // in archive order
  size_t replaced = 0;            // archived articles dropped because their file was given again
};

// The archived articles plus the added ones in the order `build` reads them: by input file
// (path order, as ingest::list_inputs sorts), then record order within a file. An added
// file that is already in the archive replaces all its archived articles (an updated
// file), so adding the same file twice does not duplicate it.
CombinedArticles combine_articles(std::vector<Article> archived, std::vector<Article> added);

}  // namespace newsgraph::store
