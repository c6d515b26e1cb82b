// OutputSet: stage every file, produce on a few threads, rename all (see output_set.h).
#include "export/output_set.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>
#include <utility>

#include "export/staged_file.h"

namespace newsgraph::exporter {

void OutputSet::add(std::string path, Producer produce) {
  add(std::vector<std::string>{std::move(path)},
      [produce = std::move(produce)](const std::vector<ByteSink>& sinks) {
        return produce(sinks.front());
      });
}

void OutputSet::add(std::vector<std::string> paths, MultiProducer produce) {
  productions_.push_back({std::move(paths), std::move(produce)});
}

Status OutputSet::write(unsigned threads) {
  std::vector<Production> productions = std::move(productions_);
  productions_.clear();

  // Every temporary file first: a folder that cannot take them fails the set before any
  // production spends time. Destroying `files` removes those not yet renamed.
  std::vector<StagedFile> files;
  std::vector<std::vector<ByteSink>> sinks(productions.size());
  std::vector<std::vector<size_t>> file_indexes(productions.size());
  for (size_t p = 0; p < productions.size(); ++p) {
    for (const std::string& path : productions[p].paths) {
      auto file = StagedFile::create(path);
      if (!file.ok()) return file.status();
      file_indexes[p].push_back(files.size());
      files.push_back(std::move(file).value());
    }
  }
  for (size_t p = 0; p < productions.size(); ++p)
    for (size_t f : file_indexes[p])
      sinks[p].push_back([&files, f](std::string_view bytes) { return files[f].append(bytes); });

  std::vector<Status> results(productions.size());
  std::vector<std::exception_ptr> exceptions(productions.size());
  std::atomic<bool> failed{false};
  auto run = [&](size_t p) {
    try {
      results[p] = productions[p].produce(sinks[p]);
      for (size_t f : file_indexes[p]) {
        if (!results[p].ok()) break;
        results[p] = files[f].finish();
      }
    } catch (...) {
      exceptions[p] = std::current_exception();
    }
    if (!results[p].ok() || exceptions[p]) failed = true;
  };

  const size_t workers = std::min<size_t>(std::max(threads, 1u), productions.size());
  if (workers <= 1) {
    for (size_t p = 0; p < productions.size() && !failed; ++p) run(p);
  } else {
    // Each worker takes the next production in add order (so callers add the longest
    // first) until all ran or one failed. The calling thread is one of the workers.
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t p = next++; p < productions.size() && !failed; p = next++) run(p);
    };
    std::vector<std::future<void>> helpers;  // their destructors wait, even on a throw
    for (size_t w = 1; w < workers; ++w) helpers.push_back(std::async(std::launch::async, work));
    work();
    for (auto& helper : helpers) helper.get();
  }
  for (const std::exception_ptr& e : exceptions)
    if (e) std::rethrow_exception(e);
  for (const Status& s : results)
    if (!s.ok()) return s;

  // A target that is a folder would stop the renames half way: refuse before the first.
  for (const StagedFile& file : files)
    if (Status s = file.check_target(); !s.ok()) return s;
  std::vector<std::string> targets;
  for (StagedFile& file : files) {
    if (Status s = file.commit(); !s.ok()) return s;
    targets.push_back(file.target());
  }
  sync_directories_of(targets);
  return Status::Ok();
}

}  // namespace newsgraph::exporter
