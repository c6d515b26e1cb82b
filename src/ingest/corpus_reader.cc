// corpus_reader: input listing and per-extension dispatch to the format readers.
#include "ingest/corpus_reader.h"

#include <algorithm>
#include <filesystem>

#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/utf8_text.h"

namespace newsgraph::ingest {
namespace fs = std::filesystem;
namespace {

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

Status list_directory(const std::string& root, std::vector<std::string>& files) {
  std::error_code error;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
  if (error)
    return Status::Error(ErrorCode::kIoError, root + ": cannot list (" + error.message() + ")");
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error)
      return Status::Error(ErrorCode::kIoError, root + ": cannot list (" + error.message() + ")");
    if (is_hidden(it->path())) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error)) files.push_back(it->path().string());
  }
  if (error)
    return Status::Error(ErrorCode::kIoError, root + ": cannot list (" + error.message() + ")");
  return Status::Ok();
}

Status from_result(Result<Article> article, std::vector<Article>& out) {
  if (!article.ok()) return article.status();
  out.push_back(std::move(article).value());
  return Status::Ok();
}

}  // namespace

InputKind input_kind(const std::string& path) {
  std::string extension(file_name(path).extension);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".txt") return InputKind::kText;
  if (extension == ".html" || extension == ".htm") return InputKind::kHtml;
  if (extension == ".jsonl" || extension == ".ndjson") return InputKind::kJsonl;
  return InputKind::kUnsupported;
}

Result<std::vector<std::string>> list_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found)
      return Status::Error(ErrorCode::kIoError, path + ": no such file or directory");
    if (error) return Status::Error(ErrorCode::kIoError, path + ": " + error.message());
    if (fs::is_directory(status)) {
      if (Status listed = list_directory(path, files); !listed.ok()) return listed;
    } else if (fs::is_regular_file(status)) {
      files.push_back(path);
    } else {
      return Status::Error(ErrorCode::kUsage, path + ": not a regular file or directory");
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

Status read_file(const std::string& path, const FurnitureRules& rules, const ReaderOptions& options,
                 std::vector<Article>& out, ReadReport& report) {
  // The file name becomes the article's id, written into every output: one name in
  // Latin-1 must cost that file, not the whole build (the JSON-LD writer refuses it).
  if (!is_valid_utf8(file_name(path).stem))
    return Status::Error(ErrorCode::kInvalidInput,
                         path + ": file name is not valid UTF-8, skipped (rename the file)");
  switch (input_kind(path)) {
    case InputKind::kText:
      return from_result(read_text_file(path, rules, options, report), out);
    case InputKind::kHtml:
      return from_result(read_html_file(path, rules, options, report), out);
    case InputKind::kJsonl:
      return read_jsonl_file(path, rules, options, out, report);
    case InputKind::kUnsupported:
      break;
  }
  return Status::Error(ErrorCode::kUnsupported,
                       path +
                           ": unsupported file kind, skipped (expected .txt, .html, .htm, "
                           ".jsonl or .ndjson)");
}

std::vector<Article> read_articles(const std::vector<std::string>& files,
                                   const FurnitureRules& rules, const ReaderOptions& options,
                                   ReadReport& report) {
  std::vector<Article> articles;
  for (const std::string& file : files) {
    Status status = read_file(file, rules, options, articles, report);
    if (!status.ok()) {
      report.warnings.push_back(status.message());
      ++report.skipped;
    }
  }
  return articles;
}

}  // namespace newsgraph::ingest
