// The articles.jsonl archive beside a graph (see article_archive.h).
#include "store/article_archive.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>

#include "export/plain_string_writer.h"
#include "ingest/utf8_text.h"

namespace newsgraph::store {
namespace {

struct Field {
  const char* key;
  std::string Article::*member;
  bool required;
};

constexpr Field kFields[] = {
    {"id", &Article::id, true},      {"source", &Article::source, true},
    {"text", &Article::text, true},  {"title", &Article::title, false},
    {"date", &Article::date, false}, {"publisher", &Article::publisher, false},
    {"url", &Article::url, false},
};

bool jsonl_file(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string ext(path.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".jsonl" || ext == ".ndjson";
}

}  // namespace

namespace {

using RecordWriter = exporter::PlainStringWriter<rapidjson::Writer<rapidjson::StringBuffer>>;

// Appends one record to the writer's buffer. Fields are validated here rather than by the
// writer: its validating mode writes a character at a time, the plain one copies runs of
// plain bytes 16 at a time, and a field that is printable ASCII without quotes or
// backslashes (all but the text, nearly always) is copied whole.
Status write_record(RecordWriter& w, const Article& article) {
  w.StartObject();
  for (const Field& f : kFields) {
    const std::string& value = article.*f.member;
    if (value.empty() && !f.required) continue;
    w.PlainKey(f.key);
    if (exporter::is_plain_json_ascii(value)) {
      w.PlainString(value);
      continue;
    }
    if (!ingest::is_valid_utf8(value))
      return Status::Error(ErrorCode::kInvalidInput,
                           "article " + article.id + ": its " + f.key + " is not valid UTF-8");
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }
  w.EndObject();
  return Status::Ok();
}

}  // namespace

Result<std::string> article_to_record(const Article& article) {
  rapidjson::StringBuffer buffer;
  RecordWriter w(buffer);
  if (Status s = write_record(w, article); !s.ok()) return s;
  return std::string(buffer.GetString(), buffer.GetSize());
}

Result<Article> article_from_record(std::string_view line) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (doc.HasParseError())
    return Status::Error(
        ErrorCode::kParseError,
        std::string("not JSON (") + rapidjson::GetParseError_En(doc.GetParseError()) + ")");
  if (!doc.IsObject()) return Status::Error(ErrorCode::kParseError, "not a JSON object");
  Article article;
  for (const Field& f : kFields) {
    auto m = doc.FindMember(f.key);
    if (m == doc.MemberEnd()) {
      if (f.required)
        return Status::Error(ErrorCode::kParseError, std::string("no \"") + f.key + "\"");
      continue;
    }
    if (!m->value.IsString())
      return Status::Error(ErrorCode::kParseError,
                           std::string("\"") + f.key + "\" is not a string");
    (article.*f.member).assign(m->value.GetString(), m->value.GetStringLength());
  }
  return article;
}

Status write_articles_jsonl(const std::vector<Article>& articles, const exporter::ByteSink& sink) {
  constexpr size_t kChunk = 1 << 20;  // the file goes out a megabyte at a time
  // Records are written straight into the chunk, sized for a chunk and the record that
  // fills it, so it does not grow (and copy itself) on the way to a megabyte.
  rapidjson::StringBuffer buffer(nullptr, 2 * kChunk);
  RecordWriter w(buffer);
  for (const Article& a : articles) {
    w.Reset(buffer);  // a writer takes one JSON value: one per record
    if (Status s = write_record(w, a); !s.ok())
      return Status::Error(s.code(), a.source + ": " + s.message());
    buffer.Put('\n');
    if (buffer.GetSize() >= kChunk) {
      if (Status s = sink(std::string_view(buffer.GetString(), buffer.GetSize())); !s.ok())
        return s;
      buffer.Clear();
    }
  }
  return sink(std::string_view(buffer.GetString(), buffer.GetSize()));
}

Result<std::vector<Article>> read_articles_jsonl(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(ErrorCode::kIoError, path + ": cannot open");
  std::vector<Article> articles;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    auto article = article_from_record(line);
    if (!article.ok())
      return Status::Error(ErrorCode::kParseError,
                           path + ":" + std::to_string(number) + ": " + article.status().message());
    articles.push_back(std::move(article).value());
  }
  if (in.bad()) return Status::Error(ErrorCode::kIoError, path + ": read error");
  return articles;
}

SourceKey source_key(std::string_view source) {
  auto colon = source.rfind(':');
  if (colon != std::string_view::npos && colon + 1 < source.size() &&
      std::all_of(source.begin() + colon + 1, source.end(),
                  [](unsigned char c) { return std::isdigit(c); }) &&
      jsonl_file(source.substr(0, colon))) {
    std::string_view digits = source.substr(colon + 1);
    unsigned long line = 0;
    for (char c : digits) line = line * 10 + static_cast<unsigned long>(c - '0');
    return {std::string(source.substr(0, colon)), line};
  }
  return {std::string(source), 0};
}

CombinedArticles combine_articles(std::vector<Article> archived, std::vector<Article> added) {
  std::set<std::string> added_files;
  for (const Article& a : added) added_files.insert(source_key(a.source).file);
  CombinedArticles out;
  for (Article& a : archived) {
    if (added_files.count(source_key(a.source).file)) {
      ++out.replaced;
      continue;
    }
    out.articles.push_back(std::move(a));
  }
  for (Article& a : added) out.articles.push_back(std::move(a));
  std::stable_sort(out.articles.begin(), out.articles.end(),
                   [](const Article& a, const Article& b) {
                     return source_key(a.source) < source_key(b.source);
                   });
  return out;
}

}  // namespace newsgraph::store
