// jsonl_reader: JSON Lines files of articles, one JSON object per line, streamed so that
// a huge file never sits in memory (ReaderOptions::max_file_bytes limits each line).
//
// Fields, first non-empty string wins:
//   text      "text", "body", "content"                      (required)
//   title     "title", "headline"
//   date      "date", "published", "datePublished", "published_at"
//   url       "url", "link"
//   publisher "publisher", "source", "site", "outlet"  (an object's "name" also counts)
//   id        "id" (string or number), else "<file stem>-<line number>"
// source is "path:line". A bad line (not JSON, not an object, no text, binary or empty
// text, too long) becomes the warning "path:line: ..." and the rest of the file is read.
//
// Thread contract: free functions, no shared state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/status.h"
#include "ingest/furniture.h"
#include "ingest/reader_options.h"

namespace newsgraph::ingest {

// Per-line warnings listed for one file; more bad lines are summed up in one warning
// so that a corrupt million-line file does not bury every other message.
inline constexpr size_t kMaxLineWarningsPerFile = 50;

// One JSONL line to an Article. `fallback_id` is used when the record has no "id";
// `source` is "path:line" and prefixes every message. Warnings (repaired UTF-8) go to
// `warnings` when not null.
Result<Article> read_jsonl_record(std::string_view line, std::string fallback_id,
                                  std::string source, const FurnitureRules& rules,
                                  std::vector<std::string>* warnings = nullptr);

// Appends each good record of `path` to `out`; bad lines go to report.warnings and count
// in report.skipped. The returned Status is for the file as a whole: kIoError when it
// cannot be opened, kInvalidInput "path: looks binary (...)" when its first block is.
Status read_jsonl_file(const std::string& path, const FurnitureRules& rules,
                       const ReaderOptions& options, std::vector<Article>& out, ReadReport& report);

}  // namespace newsgraph::ingest
