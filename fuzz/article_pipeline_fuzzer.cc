// Fuzzes the extraction of one article (pipeline::process_article) with the project's
// knowledge loaded once. The input goes through read_text_article first, as every real
// article does, so the pipeline sees what its contract promises it (NFC UTF-8 without
// furniture). Bytes after the first 0x1E (record separator) become the title, and after a
// second one the date, as metadata readers would hand them over.
// Properties: every span lies inside the text, token and mention ranges are ordered and
// in bounds, and relations point at existing mentions.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "ingest/text_reader.h"
#include "ingest/utf8_text.h"
#include "pipeline/article_pipeline.h"

using namespace newsgraph;

namespace {

bool inside(Span span, size_t size) { return span.begin <= span.end && span.end <= size; }

void check_doc(const Doc& doc) {
  const size_t size = doc.article.text.size();
  for (const Token& t : doc.tokens) fuzz::check(inside(t.span, size), "token span inside the text");
  for (const Sentence& s : doc.sentences) {
    fuzz::check(inside(s.span, size), "sentence span inside the text");
    fuzz::check(s.first_token <= s.end_token && s.end_token <= doc.tokens.size(),
                "sentence token range in bounds");
  }
  for (const Mention& m : doc.mentions) {
    fuzz::check(inside(m.span, size), "mention span inside the text");
    fuzz::check(m.first_token <= m.end_token && m.end_token <= doc.tokens.size(),
                "mention token range in bounds");
    fuzz::check(m.antecedent == kNone || m.antecedent < doc.mentions.size(),
                "mention antecedent in bounds");
    fuzz::check(ingest::find_invalid_utf8(m.name) == ingest::kNoInvalidByte,
                "mention name is well-formed UTF-8");
  }
  for (const RelationMention& r : doc.relations) {
    fuzz::check(r.subject < doc.mentions.size() && r.object < doc.mentions.size(),
                "relation ends are mentions");
    fuzz::check(inside(r.evidence, size), "relation evidence inside the text");
  }
  fuzz::check(doc.meta.publisher_mention == kNone || doc.meta.publisher_mention < doc.mentions.size(),
              "publisher mention in bounds");
  fuzz::check(doc.meta.place_mention == kNone || doc.meta.place_mention < doc.mentions.size(),
              "place mention in bounds");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fuzz::knowledge();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view body = input, title, date;
  if (size_t cut = input.find('\x1e'); cut != std::string_view::npos) {
    body = input.substr(0, cut);
    title = input.substr(cut + 1);
    if (size_t cut2 = title.find('\x1e'); cut2 != std::string_view::npos) {
      date = title.substr(cut2 + 1);
      title = title.substr(0, cut2);
    }
  }
  const pipeline::Knowledge& k = fuzz::knowledge();
  auto article = ingest::read_text_article("fuzz", "fuzz.txt", std::string(body), k.furniture);
  if (!article.ok()) return 0;
  Article a = std::move(article).value();
  a.title = ingest::clean_inline_text(title);
  a.date = ingest::clean_inline_text(date);
  Doc doc = pipeline::process_article(std::move(a), k);
  check_doc(doc);
  return 0;
}
