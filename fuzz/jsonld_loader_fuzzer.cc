// Fuzzes the JSON-LD loader (store/jsonld_loader.h) on arbitrary text: it must return a
// Status, never crash. When it does load a graph, that graph must export (to_jsonld) and
// the export must load again and export to the same bytes: a graph the loader accepted
// is one the rest of the tool can work with.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "export/jsonld_writer.h"
#include "fuzz_support.h"
#include "store/jsonld_loader.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fuzz::knowledge();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const ontology::Vocabulary& vocab = fuzz::knowledge().vocabulary;
  auto loaded = store::parse_graph_jsonld(std::string_view(reinterpret_cast<const char*>(data), size), vocab);
  if (!loaded.ok()) return 0;
  auto exported = exporter::to_jsonld(loaded.value(), vocab, exporter::JsonLdOptions{});
  if (!exported.ok()) std::fprintf(stderr, "fuzz: %s\n", exported.status().message().c_str());
  fuzz::check(exported.ok(), "a loaded graph exports");
  auto reloaded = store::parse_graph_jsonld(exported.value(), vocab);
  if (!reloaded.ok()) std::fprintf(stderr, "fuzz: %s\n", reloaded.status().message().c_str());
  fuzz::check(reloaded.ok(), "an exported graph loads again");
  auto again = exporter::to_jsonld(reloaded.value(), vocab, exporter::JsonLdOptions{});
  fuzz::check(again.ok() && again.value() == exported.value(),
              "load -> export is a fixed point after one round");
  return 0;
}
