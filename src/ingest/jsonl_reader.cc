// jsonl_reader: streaming JSON Lines article reader with per-line error recovery.
#include "ingest/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <array>
#include <cstring>
#include <fstream>

#include "ingest/text_reader.h"
#include "ingest/utf8_text.h"

namespace newsgraph::ingest {
namespace {

// Bytes looked at to decide whether the whole file is binary before reading line by line.
constexpr size_t kSniffBytes = 8192;
constexpr size_t kChunkBytes = 64 * 1024;

constexpr std::array kTextFields = {"text", "body", "content"};
constexpr std::array kTitleFields = {"title", "headline"};
constexpr std::array kDateFields = {"date", "published", "datePublished", "published_at"};
constexpr std::array kUrlFields = {"url", "link"};
constexpr std::array kPublisherFields = {"publisher", "source", "site", "outlet"};

// Reads '\n'-terminated lines in chunks, keeping at most `max_bytes` of any one line: a
// longer line is consumed to its end but only its length is reported, so one giant line
// costs no more memory than the limit.
class LineReader {
 public:
  LineReader(std::istream& in, size_t max_bytes)
      : in_(in), max_bytes_(max_bytes), buffer_(kChunkBytes) {}

  // False at end of input. Otherwise `line` holds the line (without '\n') and `length`
  // its true length; length > max_bytes means `line` was not kept.
  bool next(std::string& line, size_t& length) {
    line.clear();
    length = 0;
    bool any = false;
    for (;;) {
      if (pos_ == end_ && !fill()) return any;
      any = true;
      const char* start = buffer_.data() + pos_;
      const size_t available = end_ - pos_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', available));
      const size_t piece = newline != nullptr ? static_cast<size_t>(newline - start) : available;
      if (length + piece <= max_bytes_)
        line.append(start, piece);
      else
        line.clear();
      length += piece;
      pos_ += piece + (newline != nullptr ? 1 : 0);
      if (newline != nullptr) return true;
    }
  }

 private:
  bool fill() {
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    pos_ = 0;
    end_ = static_cast<size_t>(in_.gcount());
    return end_ > 0;
  }
  std::istream& in_;
  size_t max_bytes_;
  std::vector<char> buffer_;
  size_t pos_ = 0;
  size_t end_ = 0;
};

template <size_t N>
std::string_view first_string(const rapidjson::Value& record,
                              const std::array<const char*, N>& names) {
  for (const char* name : names) {
    auto it = record.FindMember(name);
    if (it == record.MemberEnd()) continue;
    const rapidjson::Value* value = &it->value;
    // {"source": {"name": "..."}} is a common feed shape for the publisher.
    if (value->IsObject()) {
      auto inner = value->FindMember("name");
      if (inner == value->MemberEnd()) continue;
      value = &inner->value;
    }
    if (!value->IsString()) continue;
    std::string_view text(value->GetString(), value->GetStringLength());
    if (!trim_ascii(text).empty()) return text;
  }
  return {};
}

std::string record_id(const rapidjson::Value& record, std::string fallback) {
  auto it = record.FindMember("id");
  if (it == record.MemberEnd()) return fallback;
  const rapidjson::Value& id = it->value;
  if (id.IsString()) {
    std::string cleaned = clean_inline_text({id.GetString(), id.GetStringLength()});
    return cleaned.empty() ? fallback : cleaned;
  }
  if (id.IsUint64()) return std::to_string(id.GetUint64());
  if (id.IsInt64()) return std::to_string(id.GetInt64());
  return fallback;
}

}  // namespace

Result<Article> read_jsonl_record(std::string_view line, std::string fallback_id,
                                  std::string source, const FurnitureRules& rules,
                                  std::vector<std::string>* warnings) {
  rapidjson::Document record;
  record.Parse(line.data(), line.size());
  if (record.HasParseError())
    return Status::Error(ErrorCode::kParseError,
                         source + ": not JSON (offset " + std::to_string(record.GetErrorOffset()) +
                             ": " + rapidjson::GetParseError_En(record.GetParseError()) + ")");
  if (!record.IsObject())
    return Status::Error(ErrorCode::kParseError, source + ": not a JSON object");
  const std::string_view text = first_string(record, kTextFields);
  if (text.empty())
    return Status::Error(ErrorCode::kInvalidInput,
                         source +
                             ": no text (expected a non-empty \"text\", \"body\" or "
                             "\"content\" string)");
  std::string id = record_id(record, std::move(fallback_id));
  Result<Article> article =
      read_text_article(std::move(id), std::move(source), std::string(text), rules, warnings);
  if (!article.ok()) return article;
  Article& filled = article.value();
  filled.title = clean_inline_text(first_string(record, kTitleFields));
  filled.date = clean_inline_text(first_string(record, kDateFields));
  filled.url = clean_inline_text(first_string(record, kUrlFields));
  filled.publisher = clean_inline_text(first_string(record, kPublisherFields));
  return article;
}

Status read_jsonl_file(const std::string& path, const FurnitureRules& rules,
                       const ReaderOptions& options, std::vector<Article>& out,
                       ReadReport& report) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(ErrorCode::kIoError, path + ": cannot open");
  {
    std::string head(kSniffBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (Status binary = check_not_binary(head); !binary.ok())
      return Status::Error(binary.code(), path + ": " + binary.message());
    in.clear();
    in.seekg(0);
  }

  const std::string stem = file_stem(path);
  LineReader reader(in, options.max_file_bytes);
  std::string line;
  size_t length = 0, line_number = 0, records = 0, unlisted = 0;
  size_t listed = 0;
  while (reader.next(line, length)) {
    ++line_number;
    const std::string where = path + ":" + std::to_string(line_number);
    std::string message;
    if (length > options.max_file_bytes) {
      ++records;
      message = where + ": too large (" + std::to_string(length) + " bytes, limit " +
                std::to_string(options.max_file_bytes) + ")";
    } else {
      if (trim_ascii(line).empty()) continue;
      ++records;
      Result<Article> article = read_jsonl_record(line, stem + "-" + std::to_string(line_number),
                                                  where, rules, &report.warnings);
      if (article.ok()) {
        out.push_back(std::move(article).value());
        continue;
      }
      message = article.status().message();
    }
    ++report.skipped;
    if (listed < kMaxLineWarningsPerFile) {
      report.warnings.push_back(std::move(message));
      ++listed;
    } else {
      ++unlisted;
    }
  }
  if (in.bad()) return Status::Error(ErrorCode::kIoError, path + ": read failed");
  if (unlisted > 0)
    report.warnings.push_back(path + ": " + std::to_string(unlisted) +
                              " more bad lines not listed");
  if (records == 0) return Status::Error(ErrorCode::kInvalidInput, path + ": empty");
  return Status::Ok();
}

}  // namespace newsgraph::ingest
