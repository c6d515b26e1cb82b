// Doc shards: one extracted article per JSON Lines record (article text and metadata,
// mentions, relations), the output of `newsgraph extract` and the input of
// `newsgraph merge`. This is the map step of the scale-out path: any engine that can run
// a command per input split (GNU parallel, Spark's pipe, Hadoop streaming) can extract
// shards in parallel, and merge reads them back into the same Docs that build would merge.
// Thread contract: pure functions.
#pragma once

#include <string>

#include "core/doc.h"
#include "core/status.h"

namespace newsgraph::exporter {

// One line of JSON (no trailing newline).
std::string doc_to_shard_record(const Doc& doc);

// Parses a record written by doc_to_shard_record. Tokens and sentences are not stored:
// merging needs only the article, metadata, mentions and relations.
Result<Doc> doc_from_shard_record(std::string_view line);

}  // namespace newsgraph::exporter
