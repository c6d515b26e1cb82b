// Fuzzes the shared raw-bytes-to-Article path (ingest/text_reader.h) with the project's
// furniture rules: binary check, UTF-8 repair, typography + NFC, furniture removal.
// Property: any Article that comes out has well-formed, non-empty UTF-8 text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "ingest/text_reader.h"
#include "ingest/utf8_text.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fuzz::knowledge();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string raw(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> warnings;
  auto article = ingest::read_text_article("fuzz", "fuzz.txt", raw, fuzz::knowledge().furniture,
                                           &warnings);
  if (!article.ok()) return 0;
  const std::string& text = article.value().text;
  fuzz::check(!text.empty(), "article text is not empty");
  fuzz::check(ingest::find_invalid_utf8(text) == ingest::kNoInvalidByte,
              "article text is well-formed UTF-8");
  return 0;
}
