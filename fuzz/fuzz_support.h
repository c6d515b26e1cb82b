// fuzz_support: what the libFuzzer targets share: the ontology loaded once per process,
// and a scratch file for loaders that only read from a path.
//
// Thread contract: libFuzzer calls a target from one thread; nothing here is locked.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "pipeline/knowledge.h"

namespace newsgraph::fuzz {

// The ontology folder: $NEWSGRAPH_ONTOLOGY when set, else the source tree's. A fuzzer
// without its knowledge would only test error paths, so failing to load is fatal here.
inline const pipeline::Knowledge& knowledge() {
  static const std::unique_ptr<pipeline::Knowledge> loaded = [] {
    auto result = pipeline::load_knowledge(pipeline::default_ontology_dir());
    if (!result.ok()) {
      std::fprintf(stderr, "fuzz: cannot load the ontology: %s\n",
                   result.status().message().c_str());
      std::abort();
    }
    return std::move(result).value();
  }();
  return *loaded;
}

inline std::string ontology_path(const std::string& relative) {
  return pipeline::default_ontology_dir() + "/" + relative;
}

// One scratch file per process (libFuzzer -jobs/-fork run several processes), under
// /dev/shm when there is one so that each execution costs no disk write.
class ScratchFile {
 public:
  explicit ScratchFile(const std::string& suffix) {
    std::filesystem::path dir = std::filesystem::exists("/dev/shm") ? std::filesystem::path("/dev/shm")
                                                                     : std::filesystem::temp_directory_path();
    path_ = (dir / ("newsgraph-fuzz-" + std::to_string(::getpid()) + suffix)).string();
  }
  ~ScratchFile() { std::remove(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::string& write(std::string_view bytes) const {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path_;
  }

 private:
  std::string path_;
};

// Stops the run with a message when a property the code promises does not hold; libFuzzer
// reports the abort as a crash and saves the input.
inline void check(bool holds, const char* what) {
  if (!holds) {
    std::fprintf(stderr, "fuzz: property violated: %s\n", what);
    std::abort();
  }
}

}  // namespace newsgraph::fuzz
