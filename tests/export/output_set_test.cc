// Tests for OutputSet (export/output_set.h): all files renamed together or none, and the
// same bytes whether the productions run on one thread or several.
#include "export/output_set.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "export/dot_writer.h"
#include "export/export_fixtures.h"
#include "export/jsonld_writer.h"

namespace {

namespace fs = std::filesystem;
using newsgraph::ErrorCode;
using newsgraph::Status;
using newsgraph::exporter::ByteSink;
using newsgraph::exporter::OutputSet;
using newsgraph::exporter::testing::ScratchDir;
using newsgraph::exporter::testing::file_bytes;

void put(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// Names in `dir`, temporary files included.
std::set<std::string> names(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) out.insert(entry.path().filename());
  return out;
}

// A producer that writes `bytes` in pieces of `piece` bytes.
newsgraph::exporter::Producer pieces(std::string bytes, size_t piece = 7) {
  return [bytes = std::move(bytes), piece](const ByteSink& sink) {
    for (size_t at = 0; at < bytes.size(); at += piece)
      if (Status s = sink(std::string_view(bytes).substr(at, piece)); !s.ok()) return s;
    return Status::Ok();
  };
}

// A previous run's outputs in `dir`: graph.jsonld, graph.dot, graph.svg, articles.jsonl.
const std::map<std::string, std::string> kOld = {{"graph.jsonld", "old jsonld"},
                                                 {"graph.dot", "old dot"},
                                                 {"graph.svg", "old svg"},
                                                 {"articles.jsonl", "old articles"}};
void write_old(const fs::path& dir) {
  for (const auto& [name, bytes] : kOld) put(dir / name, bytes);
}
void check_old(const fs::path& dir) {
  for (const auto& [name, bytes] : kOld) CHECK(file_bytes(dir / name) == bytes);
  std::set<std::string> expected;
  for (const auto& entry : kOld) expected.insert(entry.first);
  CHECK(names(dir) == expected);  // no temporary file left
}

// Adds the four files of kOld, new versions, graph.dot and graph.svg from one production.
void add_new(OutputSet& set, const fs::path& dir) {
  set.add({(dir / "graph.dot").string(), (dir / "graph.svg").string()},
          [](const std::vector<ByteSink>& sinks) {
            if (Status s = sinks[0]("new dot"); !s.ok()) return s;
            return sinks[1]("new svg");
          });
  set.add((dir / "graph.jsonld").string(), pieces("new jsonld, longer than the old one"));
  set.add((dir / "articles.jsonl").string(), pieces("new articles"));
}

}  // namespace

TEST_CASE("output set renames every file into place together, keeping modes", "[export]") {
  for (unsigned threads : {1u, 3u}) {
    ScratchDir dir;
    write_old(dir.path());
    REQUIRE(::chmod((dir.path() / "graph.dot").c_str(), 0640) == 0);
    OutputSet set;
    add_new(set, dir.path());
    set.add((dir.path() / "explanations.jsonl").string(), pieces("why"));
    REQUIRE(set.write(threads).ok());
    CHECK(file_bytes(dir.path() / "graph.dot") == "new dot");
    CHECK(file_bytes(dir.path() / "graph.svg") == "new svg");
    CHECK(file_bytes(dir.path() / "graph.jsonld") == "new jsonld, longer than the old one");
    CHECK(file_bytes(dir.path() / "articles.jsonl") == "new articles");
    CHECK(file_bytes(dir.path() / "explanations.jsonl") == "why");
    CHECK(names(dir.path()).size() == 5);
    struct stat st;
    REQUIRE(::stat((dir.path() / "graph.dot").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    REQUIRE(::stat((dir.path() / "explanations.jsonl").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
  }
}

TEST_CASE("a failing producer leaves every previous output intact and no temp file",
          "[export]") {
  for (unsigned threads : {1u, 2u, 4u}) {
    ScratchDir dir;
    write_old(dir.path());
    OutputSet set;
    add_new(set, dir.path());
    // The last production fails after writing part of its file.
    set.add((dir.path() / "graph.svg.extra").string(), [](const ByteSink& sink) {
      (void)sink("half");
      return Status::Error(ErrorCode::kInvalidInput, "bad byte in an entity name");
    });
    Status written = set.write(threads);
    CHECK(written.code() == ErrorCode::kInvalidInput);
    CHECK(written.message() == "bad byte in an entity name");
    check_old(dir.path());
  }
}

TEST_CASE("a failing production of two files keeps both old files and the others", "[export]") {
  ScratchDir dir;
  write_old(dir.path());
  OutputSet set;
  set.add((dir.path() / "graph.jsonld").string(), pieces("new jsonld"));
  set.add({(dir.path() / "graph.dot").string(), (dir.path() / "graph.svg").string()},
          [](const std::vector<ByteSink>& sinks) {
            (void)sinks[0]("new dot, written before rendering failed");
            return Status::Error(ErrorCode::kUnsupported, "Layout type: \"nope\" not recognized");
          });
  set.add((dir.path() / "articles.jsonl").string(), pieces("new articles"));
  CHECK(set.write(2).code() == ErrorCode::kUnsupported);
  check_old(dir.path());
}

TEST_CASE("an output that cannot be created or renamed fails the set before any rename",
          "[export]") {
  SECTION("a file in a missing folder") {
    ScratchDir dir;
    write_old(dir.path());
    OutputSet set;
    add_new(set, dir.path());
    const fs::path missing = dir.path() / "missing" / "explanations.jsonl";
    bool produced = false;
    set.add(missing.string(), [&](const ByteSink&) {
      produced = true;
      return Status::Ok();
    });
    Status written = set.write(2);
    CHECK(written.code() == ErrorCode::kIoError);
    CHECK(written.message().find(missing.string()) != std::string::npos);
    CHECK_FALSE(produced);  // temporary files come first, before any production runs
    check_old(dir.path());
  }
  SECTION("a target that is a folder, added last") {
    ScratchDir dir;
    write_old(dir.path());
    fs::remove(dir.path() / "articles.jsonl");
    fs::create_directory(dir.path() / "articles.jsonl");
    OutputSet set;
    add_new(set, dir.path());
    Status written = set.write(2);
    CHECK(written.code() == ErrorCode::kIoError);
    CHECK(written.message().find("articles.jsonl") != std::string::npos);
    // graph.dot, graph.svg and graph.jsonld were complete, yet none was renamed.
    for (const char* name : {"graph.jsonld", "graph.dot", "graph.svg"})
      CHECK(file_bytes(dir.path() / name) == kOld.at(name));
    CHECK(fs::is_directory(dir.path() / "articles.jsonl"));
    CHECK(names(dir.path()).size() == 4);
  }
}

TEST_CASE("an exception from a producer is rethrown after removing the temp files", "[export]") {
  for (unsigned threads : {1u, 2u}) {
    ScratchDir dir;
    write_old(dir.path());
    OutputSet set;
    add_new(set, dir.path());
    set.add((dir.path() / "extra").string(), [](const ByteSink&) -> Status {
      throw std::runtime_error("out of memory, say");
    });
    CHECK_THROWS_WITH(set.write(threads), "out of memory, say");
    check_old(dir.path());
  }
}

TEST_CASE("one thread runs the productions in order on the caller and stops at a failure",
          "[export]") {
  ScratchDir dir;
  std::vector<int> ran;
  std::set<std::thread::id> threads_used;
  OutputSet set;
  for (int i = 0; i < 4; ++i) {
    set.add((dir.path() / ("f" + std::to_string(i))).string(), [&, i](const ByteSink& sink) {
      ran.push_back(i);
      threads_used.insert(std::this_thread::get_id());
      if (i == 2) return Status::Error(ErrorCode::kIoError, "third fails");
      return sink("x");
    });
  }
  CHECK(set.write(1).message() == "third fails");
  CHECK(ran == std::vector<int>{0, 1, 2});
  CHECK(threads_used == std::set<std::thread::id>{std::this_thread::get_id()});
  CHECK(names(dir.path()).empty());
}

TEST_CASE("several threads run productions at the same time", "[export]") {
  // Each production waits until the other has started: run one after the other, the first
  // would time out and fail the set.
  ScratchDir dir;
  std::mutex m;
  std::condition_variable cv;
  int started = 0;
  auto meet = [&](const ByteSink& sink) {
    std::unique_lock<std::mutex> lock(m);
    ++started;
    cv.notify_all();
    if (!cv.wait_for(lock, std::chrono::seconds(10), [&] { return started == 2; }))
      return Status::Error(ErrorCode::kIoError, "the other production never started");
    return sink("met");
  };
  OutputSet set;
  set.add((dir.path() / "a").string(), meet);
  set.add((dir.path() / "b").string(), meet);
  REQUIRE(set.write(2).ok());
  CHECK(file_bytes(dir.path() / "a") == "met");
  CHECK(file_bytes(dir.path() / "b") == "met");
}

TEST_CASE("real exports give the same bytes on one thread and on several", "[export]") {
  using namespace newsgraph::exporter;
  const auto vocab = testing::real_vocabulary();
  const auto store = testing::sample_store();
  auto dot = to_dot(store, vocab, DotOptions{});
  auto jsonld = to_jsonld(store, vocab, JsonLdOptions{});
  REQUIRE(dot.ok());
  REQUIRE(jsonld.ok());
  std::string big;  // many small pieces, interleaving with the others' writes
  for (int i = 0; i < 20000; ++i) big += "{\"line\": " + std::to_string(i) + "}\n";

  auto write_all = [&](const fs::path& dir, unsigned threads) {
    OutputSet set;
    set.add((dir / "graph.dot").string(),
            [&](const ByteSink& sink) { return sink(to_dot(store, vocab, DotOptions{}).value()); });
    set.add((dir / "graph.jsonld").string(), [&](const ByteSink& sink) {
      return write_jsonld(store, vocab, JsonLdOptions{}, sink);
    });
    set.add((dir / "articles.jsonl").string(), pieces(big, 13));
    return set.write(threads);
  };
  ScratchDir serial, parallel;
  REQUIRE(write_all(serial.path(), 1).ok());
  REQUIRE(write_all(parallel.path(), 3).ok());
  for (const char* name : {"graph.dot", "graph.jsonld", "articles.jsonl"})
    CHECK(file_bytes(serial.path() / name) == file_bytes(parallel.path() / name));
  CHECK(file_bytes(parallel.path() / "graph.dot") == dot.value());
  CHECK(file_bytes(parallel.path() / "graph.jsonld") == jsonld.value());
  CHECK(file_bytes(parallel.path() / "articles.jsonl") == big);
}
