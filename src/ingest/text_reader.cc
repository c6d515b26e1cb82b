// text_reader: reading files with a size limit, and the shared raw-bytes-to-Article path.
#include "ingest/text_reader.h"

#include <cstdio>
#include <filesystem>
#include <memory>

#include "ingest/utf8_text.h"

namespace newsgraph::ingest {
namespace {

Status too_large(const std::string& path, uintmax_t size, size_t limit) {
  return Status::Error(ErrorCode::kInvalidInput, path + ": too large (" + std::to_string(size) +
                                                     " bytes, limit " + std::to_string(limit) +
                                                     ")");
}

std::string invalid_utf8_warning(const std::string& source, size_t first_invalid, size_t replaced) {
  return source + ": invalid UTF-8 at byte " + std::to_string(first_invalid) + " (" +
         std::to_string(replaced) + " sequence" + (replaced == 1 ? "" : "s") +
         " replaced with U+FFFD)";
}

}  // namespace

Result<std::string> read_file_bytes(const std::string& path, size_t max_bytes) {
  std::error_code error;
  const uintmax_t size = std::filesystem::file_size(path, error);
  if (error)
    return Status::Error(ErrorCode::kIoError, path + ": cannot read (" + error.message() + ")");
  if (size > max_bytes) return too_large(path, size, max_bytes);
  // C stdio rather than an ifstream: setting up and tearing down a stream cost more than
  // reading a news article does.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!in) return Status::Error(ErrorCode::kIoError, path + ": cannot open");
  std::string bytes(static_cast<size_t>(size), '\0');
  const size_t read = std::fread(bytes.data(), 1, bytes.size(), in.get());
  if (std::ferror(in.get())) return Status::Error(ErrorCode::kIoError, path + ": read failed");
  bytes.resize(read);  // the file may have shrunk
  // The file may also have grown since file_size: the limit still holds.
  if (read == static_cast<size_t>(size) && std::fgetc(in.get()) != EOF) return too_large(path, size + 1, max_bytes);
  return bytes;
}

Result<std::string> validate_bytes(std::string_view raw, const std::string& source,
                                   std::vector<std::string>* warnings) {
  if (Status binary = check_not_binary(raw); !binary.ok())
    return Status::Error(binary.code(), source + ": " + binary.message());
  Utf8Repair repair = repair_utf8(raw);
  if (repair.first_invalid != kNoInvalidByte && warnings != nullptr)
    warnings->push_back(invalid_utf8_warning(source, repair.first_invalid, repair.replaced));
  return std::move(repair.text);
}

Result<std::string> decode_text(std::string_view raw, const std::string& source,
                                std::vector<std::string>* warnings) {
  // One pass over the raw bytes, not one per check: typography maps them and notes what
  // the binary check, the UTF-8 warning and NFC need to know (it replaces bad UTF-8 as
  // repair_utf8 does, so the text is the same as validate_bytes then normalize_text).
  TypographyScan scan;
  std::string typographic = normalize_typography(raw, /*trim_line_ends=*/true, scan);
  if (Status binary = check_not_binary(scan, raw.size()); !binary.ok())
    return Status::Error(binary.code(), source + ": " + binary.message());
  if (scan.first_invalid != kNoInvalidByte && warnings != nullptr)
    warnings->push_back(invalid_utf8_warning(source, scan.first_invalid, scan.invalid_sequences));
  if (!scan.nfc_may_change) return typographic;  // already NFC
  Result<std::string> text = normalize_nfc(typographic);
  if (!text.ok())
    return Status::Error(text.status().code(), source + ": " + text.status().message());
  return text;
}

Result<Article> read_text_article(std::string id, std::string source, std::string raw,
                                  const FurnitureRules& rules, std::vector<std::string>* warnings) {
  Result<std::string> text = decode_text(raw, source, warnings);
  if (!text.ok()) return text.status();
  if (trim_ascii(text.value()).empty())
    return Status::Error(ErrorCode::kInvalidInput, source + ": empty");
  Article article;
  article.text = remove_furniture(text.value(), rules);
  if (article.text.empty())
    return Status::Error(ErrorCode::kInvalidInput,
                         source + ": no text left after removing page furniture");
  article.id = std::move(id);
  article.source = std::move(source);
  return article;
}

Result<Article> read_text_file(const std::string& path, const FurnitureRules& rules,
                               const ReaderOptions& options, ReadReport& report) {
  Result<std::string> bytes = read_file_bytes(path, options.max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  return read_text_article(file_stem(path), path, std::move(bytes).value(), rules,
                           &report.warnings);
}

FileName file_name(std::string_view path) {
  const size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || name == "..") return {name, {}};
  return {name.substr(0, dot), name.substr(dot)};
}

std::string file_stem(const std::string& path) { return std::string(file_name(path).stem); }

}  // namespace newsgraph::ingest
