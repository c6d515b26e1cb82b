// Reading JSON and JSON Lines data files with errors that name the file and line.
#pragma once

#include <rapidjson/document.h>

#include <functional>
#include <string>

#include "core/status.h"

namespace newsgraph::ontology {

// Parses a whole JSON file.
Result<rapidjson::Document> read_json_file(const std::string& path);

// Calls `on_record(record, line_number)` for every non-blank line of a JSONL file that is
// not a comment ("//" first). A malformed line or a failing callback stops the read with a
// Status of the form "path:line: message".
Status for_each_jsonl_record(
    const std::string& path,
    const std::function<Status(const rapidjson::Value& record, size_t line)>& on_record);

}  // namespace newsgraph::ontology
