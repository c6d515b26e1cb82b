#include "cli/graph_input.h"

#include <filesystem>

#include "pipeline/knowledge.h"
#include "store/jsonld_loader.h"

namespace newsgraph::cli {

std::string graph_file(const std::string& graph_argument) {
  std::error_code ec;
  if (std::filesystem::is_directory(graph_argument, ec))
    return (std::filesystem::path(graph_argument) / "graph.jsonld").string();
  return graph_argument;
}

Result<LoadedGraph> load_graph_argument(const std::string& graph_argument, const Args& args) {
  LoadedGraph loaded;
  loaded.path = graph_file(graph_argument);
  std::error_code ec;
  if (!std::filesystem::exists(loaded.path, ec))
    return Status::Error(
        ErrorCode::kIoError,
        loaded.path + ": no such graph (make one with 'newsgraph build ARTICLES -o DIR')");
  const std::string ontology_dir =
      args.ontology_dir.empty() ? pipeline::default_ontology_dir() : args.ontology_dir;
  auto vocab = ontology::load_vocabulary(ontology_dir + "/vocabulary.jsonld");
  if (!vocab.ok())
    return Status::Error(vocab.status().code(),
                         "cannot load the ontology: " + vocab.status().message());
  loaded.vocab = std::move(vocab).value();
  auto store = store::load_graph_jsonld(loaded.path, loaded.vocab);
  if (!store.ok()) return store.status();
  loaded.store = std::move(store).value();
  return loaded;
}

}  // namespace newsgraph::cli
