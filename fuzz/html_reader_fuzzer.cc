// Fuzzes the HTML reader (ingest/html_reader.h): gumbo parse, chrome removal, metadata,
// text normalization and furniture removal.
// Property: text and every metadata field of an Article are well-formed UTF-8, and the
// metadata fields are one line.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "ingest/html_reader.h"
#include "ingest/utf8_text.h"

using namespace newsgraph;

namespace {

void check_field(const std::string& value, const char* what) {
  fuzz::check(ingest::find_invalid_utf8(value) == ingest::kNoInvalidByte, what);
  fuzz::check(value.find('\n') == std::string::npos, what);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fuzz::knowledge();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> warnings;
  auto article = ingest::read_html_article("fuzz", "fuzz.html", raw, fuzz::knowledge().furniture,
                                           &warnings);
  if (!article.ok()) return 0;
  const Article& a = article.value();
  fuzz::check(!a.text.empty(), "html article text is not empty");
  fuzz::check(ingest::find_invalid_utf8(a.text) == ingest::kNoInvalidByte,
              "html article text is well-formed UTF-8");
  check_field(a.title, "html title is one well-formed line");
  check_field(a.date, "html date is one well-formed line");
  check_field(a.publisher, "html publisher is one well-formed line");
  check_field(a.url, "html url is one well-formed line");
  return 0;
}
