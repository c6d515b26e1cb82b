// corpus_reader: the ingest stage's entry point. Turns command-line paths into a
// deterministic file list and each file into Articles, dispatching on the extension:
//   .txt -> text_reader   .html .htm -> html_reader   .jsonl .ndjson -> jsonl_reader
// Every problem becomes a warning naming the file and the file (or record) is skipped;
// reading never stops early and never throws.
//
// Thread contract: free functions, no shared state. The FurnitureRules are only read.
#pragma once

#include <string>
#include <vector>

#include "core/article.h"
#include "core/status.h"
#include "ingest/furniture.h"
#include "ingest/reader_options.h"
#include "ingest/text_reader.h"  // read_text_article, for in-memory use

namespace newsgraph::ingest {

enum class InputKind { kText, kHtml, kJsonl, kUnsupported };

// Kind of a file from its extension, case-insensitively ("A.HTM" is kHtml).
InputKind input_kind(const std::string& path);

// Expands directories recursively into their regular files; files are kept as given.
// Inside directories, entries whose name starts with '.' (.git, .DS_Store) are skipped.
// The result is sorted and free of duplicates, so runs are reproducible. kIoError
// "path: no such file or directory" for a missing path (the first one found); kUsage
// for a path that is neither a regular file nor a directory.
Result<std::vector<std::string>> list_inputs(const std::vector<std::string>& paths);

// Reads one file and appends its articles to `out`. Record-level problems go to
// `report`; the Status is for the file as a whole (kUnsupported for an unknown
// extension, kInvalidInput for binary/empty/too large or a file name that is not valid
// UTF-8, kIoError for unreadable), with a message naming the file.
Status read_file(const std::string& path, const FurnitureRules& rules, const ReaderOptions& options,
                 std::vector<Article>& out, ReadReport& report);

// read_file over every file in order; each failing file becomes one warning in
// `report` and counts as skipped.
std::vector<Article> read_articles(const std::vector<std::string>& files,
                                   const FurnitureRules& rules, const ReaderOptions& options,
                                   ReadReport& report);

}  // namespace newsgraph::ingest
