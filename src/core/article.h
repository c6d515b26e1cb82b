// Article: one news article as ingest hands it to the pipeline (text plus page metadata).
#pragma once

#include <string>

namespace newsgraph {

// Plain data. `text` is valid NFC UTF-8 with page furniture removed; every Span in later
// stages is a byte range into this text. Metadata fields are empty when the source
// did not carry them; extract/ may fill date and publisher from the text itself.
struct Article {
  std::string id;         // file name without extension; "<file stem>-<N>" for line N of a .jsonl (or the record's own "id")
  std::string source;     // path the article was read from (with ":line" for .jsonl)
  std::string text;       // cleaned body text
  std::string title;      // headline given by the source (HTML <title>, JSONL "title")
  std::string date;       // ISO date given by the source's metadata, if any
  std::string publisher;  // outlet given by the source's metadata, if any
  std::string url;        // source URL, if any
};

}  // namespace newsgraph
