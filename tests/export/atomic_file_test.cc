// Tests for write_file_atomically (export/atomic_file.h).
#include "export/atomic_file.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "export/export_fixtures.h"

namespace {

namespace fs = std::filesystem;
using newsgraph::ErrorCode;
using newsgraph::exporter::write_file_atomically;
using newsgraph::exporter::testing::ScratchDir;
using newsgraph::exporter::testing::entry_count;
using newsgraph::exporter::testing::file_bytes;

}  // namespace

TEST_CASE("atomic write creates, then replaces the file and leaves no temp file", "[export]") {
  ScratchDir dir;
  const fs::path target = dir.path() / "graph.jsonld";
  REQUIRE(write_file_atomically(target.string(), "first version, longer than the second").ok());
  CHECK(file_bytes(target) == "first version, longer than the second");
  REQUIRE(write_file_atomically(target.string(), std::string("second\0bytes", 12)).ok());
  CHECK(file_bytes(target) == std::string("second\0bytes", 12));
  CHECK(entry_count(dir.path()) == 1);
}

TEST_CASE("atomic write gives a new file 0644 and keeps the mode of a replaced one", "[export]") {
  ScratchDir dir;
  const fs::path target = dir.path() / "out.dot";
  REQUIRE(write_file_atomically(target.string(), "a").ok());
  struct stat st;
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);
  REQUIRE(::chmod(target.c_str(), 0640) == 0);
  REQUIRE(write_file_atomically(target.string(), "b").ok());
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
}

TEST_CASE("atomic write into a missing directory fails, naming the path, and leaves nothing",
          "[export]") {
  ScratchDir dir;
  const fs::path target = dir.path() / "missing" / "graph.jsonld";
  auto status = write_file_atomically(target.string(), "x");
  REQUIRE_FALSE(status.ok());
  CHECK(status.code() == ErrorCode::kIoError);
  CHECK(status.message().find(target.string()) != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "missing"));
  CHECK(entry_count(dir.path()) == 0);
}

TEST_CASE("atomic write over a directory fails and removes its temp file", "[export]") {
  ScratchDir dir;
  fs::create_directory(dir.path() / "taken");
  auto status = write_file_atomically((dir.path() / "taken").string(), "x");
  REQUIRE_FALSE(status.ok());
  CHECK(status.code() == ErrorCode::kIoError);
  CHECK(entry_count(dir.path()) == 1);  // only the directory itself
  CHECK(fs::is_directory(dir.path() / "taken"));
}

TEST_CASE("atomic write rejects an empty path", "[export]") {
  CHECK(write_file_atomically("", "x").code() == ErrorCode::kUsage);
}

TEST_CASE("streamed atomic write joins the pieces; a failing producer leaves the old file", "[export]") {
  using newsgraph::Status;
  using newsgraph::exporter::ByteSink;
  ScratchDir dir;
  const fs::path target = dir.path() / "graph.jsonld";
  REQUIRE(write_file_atomically(target.string(), [](const ByteSink& sink) {
            for (const char* piece : {"{\"a\":", "1", "}\n"})
              if (Status s = sink(piece); !s.ok()) return s;
            return Status::Ok();
          }).ok());
  CHECK(file_bytes(target) == "{\"a\":1}\n");
  // The producer has written part of a new version, then fails: nothing of it shows.
  Status failed = write_file_atomically(target.string(), [](const ByteSink& sink) {
    (void)sink("{\"half\":");
    return Status::Error(ErrorCode::kInvalidInput, "bad byte in an entity name");
  });
  CHECK(!failed.ok());
  CHECK(failed.message() == "bad byte in an entity name");
  CHECK(file_bytes(target) == "{\"a\":1}\n");
  CHECK(entry_count(dir.path()) == 1);
}
