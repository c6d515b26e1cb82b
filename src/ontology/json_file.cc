#include "ontology/json_file.h"

#include <rapidjson/error/en.h>

#include <fstream>
#include <sstream>

namespace newsgraph::ontology {

Result<rapidjson::Document> read_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(ErrorCode::kIoError, path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError()) {
    return Status::Error(ErrorCode::kParseError,
                         path + ": offset " + std::to_string(doc.GetErrorOffset()) + ": " +
                             rapidjson::GetParseError_En(doc.GetParseError()));
  }
  return doc;
}

Status for_each_jsonl_record(
    const std::string& path,
    const std::function<Status(const rapidjson::Value& record, size_t line)>& on_record) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(ErrorCode::kIoError, path + ": cannot open");
  std::string text;
  size_t line_number = 0;
  auto where = [&] { return path + ":" + std::to_string(line_number) + ": "; };
  // A record is parsed into buffers reused from line to line: a lexicon has tens of
  // thousands of one-word records, and a fresh Document per line took a 64 KiB block from
  // the heap and gave it back each time.
  char value_buffer[16 * 1024], stack_buffer[4 * 1024];
  rapidjson::MemoryPoolAllocator<> values(value_buffer, sizeof value_buffer);
  rapidjson::MemoryPoolAllocator<> parse_stack(stack_buffer, sizeof stack_buffer);
  using Record = rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>,
                                           rapidjson::MemoryPoolAllocator<>>;
  while (std::getline(in, text)) {
    ++line_number;
    size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos || text.compare(first, 2, "//") == 0) continue;
    values.Clear();
    parse_stack.Clear();
    Record record(&values, sizeof stack_buffer / 2, &parse_stack);
    record.Parse(text.c_str(), text.size());
    if (record.HasParseError())
      return Status::Error(ErrorCode::kParseError,
                           where() + rapidjson::GetParseError_En(record.GetParseError()));
    if (!record.IsObject())
      return Status::Error(ErrorCode::kParseError, where() + "expected a JSON object");
    Status status = on_record(record, line_number);
    if (!status.ok()) return Status::Error(status.code(), where() + status.message());
  }
  return Status::Ok();
}

}  // namespace newsgraph::ontology
