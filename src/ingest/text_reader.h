// text_reader: plain-text articles, and the text path every reader shares
// (raw bytes -> binary check -> UTF-8 repair -> typography + NFC -> furniture -> Article).
//
// Every Status returned here names its source first ("path: message"), so callers can
// hand the message to the user unchanged.
//
// Thread contract: free functions, no shared mutable state; the FurnitureRules passed in
// are only read, so one rule set can serve many threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/status.h"
#include "ingest/furniture.h"
#include "ingest/reader_options.h"

namespace newsgraph::ingest {

// Reads a whole file. kInvalidInput "path: too large (N bytes, limit M)" is decided from
// std::filesystem::file_size before reading, and again if the file grew meanwhile;
// kIoError when the file is missing, vanished or unreadable.
Result<std::string> read_file_bytes(const std::string& path, size_t max_bytes);

// Raw bytes to well-formed UTF-8: rejects binary content ("source: looks binary (...)"),
// replaces invalid UTF-8 with U+FFFD and, if it did, appends the warning
// "source: invalid UTF-8 at byte N (K sequences replaced with U+FFFD)" to `warnings`
// (when not null). The byte offset is into `raw`. No normalization yet: HTML is
// normalized after extraction, once entities are decoded.
Result<std::string> validate_bytes(std::string_view raw, const std::string& source,
                                   std::vector<std::string>* warnings);

// validate_bytes followed by typographic normalization and NFC (utf8_text.h), in one pass
// over `raw` where the text needs no NFC.
Result<std::string> decode_text(std::string_view raw, const std::string& source,
                                std::vector<std::string>* warnings);

// An article from in-memory bytes (tests, fuzzers, and the JSONL reader): decode_text,
// then remove_furniture. kInvalidInput "source: empty" when no text is there at all and
// "source: no text left after removing page furniture" when the rules removed it all.
Result<Article> read_text_article(std::string id, std::string source, std::string raw,
                                  const FurnitureRules& rules,
                                  std::vector<std::string>* warnings = nullptr);

// A .txt file: the whole file is the text, id is the file name without extension,
// source is the path. Warnings go to report.warnings.
Result<Article> read_text_file(const std::string& path, const FurnitureRules& rules,
                               const ReaderOptions& options, ReadReport& report);

// The last component of a path, split before its extension's dot as std::filesystem::path's
// stem() and extension() split it ("a/b/story.txt" -> "story" + ".txt"; ".hidden", "." and
// ".." have no extension; "a/b/" has an empty name), read off the string: building a
// filesystem::path per input file cost more than reading the file's name should.
struct FileName {
  std::string_view stem;
  std::string_view extension;  // with its dot; empty when there is none
};
FileName file_name(std::string_view path);

// File name without directory and extension ("a/b/story.txt" -> "story").
std::string file_stem(const std::string& path);

}  // namespace newsgraph::ingest
