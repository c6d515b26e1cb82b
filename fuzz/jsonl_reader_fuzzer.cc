// Fuzzes the JSONL reader (ingest/jsonl_reader.h) through a file, so that the streaming
// line reader, the per-line size limit and the per-file warning cap are exercised along
// with read_jsonl_record. The first byte picks the line limit (64..1084 bytes) so long
// lines cross it often.
// Properties: every Article has well-formed UTF-8 text; skipped records are counted and
// every warning names the file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "ingest/jsonl_reader.h"
#include "ingest/utf8_text.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fuzz::knowledge();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::ScratchFile scratch(".jsonl");
  if (size == 0) return 0;
  ingest::ReaderOptions options;
  options.max_file_bytes = 64 + size_t{data[0]} * 4;
  std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string& path = scratch.write(body);

  std::vector<Article> out;
  ingest::ReadReport report;
  Status status = ingest::read_jsonl_file(path, fuzz::knowledge().furniture, options, out, report);
  (void)status;
  for (const Article& a : out) {
    fuzz::check(!a.text.empty(), "jsonl article text is not empty");
    fuzz::check(ingest::find_invalid_utf8(a.text) == ingest::kNoInvalidByte,
                "jsonl article text is well-formed UTF-8");
    fuzz::check(!a.id.empty(), "jsonl article has an id");
  }
  for (const std::string& warning : report.warnings)
    fuzz::check(warning.rfind(path, 0) == 0, "every jsonl warning starts with the path");

  // The in-memory entry point on the whole input as one line, too.
  auto record = ingest::read_jsonl_record(body, "fuzz-1", "fuzz.jsonl:1",
                                          fuzz::knowledge().furniture);
  if (record.ok())
    fuzz::check(ingest::find_invalid_utf8(record.value().text) == ingest::kNoInvalidByte,
                "jsonl record text is well-formed UTF-8");
  return 0;
}
