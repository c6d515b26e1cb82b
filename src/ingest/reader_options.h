// reader_options: the options every ingest reader takes and the report they all fill.
// Kept apart from corpus_reader.h so the per-format readers need not include the
// dispatcher that calls them.
//
// Thread contract: plain data. A ReadReport is written by one reader call at a time;
// give each thread its own and merge them afterwards.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::ingest {

struct ReaderOptions {
  // Largest .txt/.html file read, checked with std::filesystem::file_size before any
  // byte is read. For .jsonl, which is streamed, the limit applies to each line.
  size_t max_file_bytes = size_t{64} << 20;
};

// What went wrong while reading, for the user; reading itself never stops on a problem.
struct ReadReport {
  // One message per problem, each starting with the file ("path: ...") or, for a JSONL
  // record, the file and line ("path:12: ...").
  std::vector<std::string> warnings;
  // Inputs that produced no article: whole files, or single JSONL records.
  size_t skipped = 0;
};

}  // namespace newsgraph::ingest
