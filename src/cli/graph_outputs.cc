#include "cli/graph_outputs.h"

#include <filesystem>

#include "export/atomic_file.h"
#include "export/dot_writer.h"
#include "export/jsonld_writer.h"
#include "export/render.h"

namespace newsgraph::cli {

Status write_graph_outputs(const store::GraphStore& store, const ontology::Vocabulary& vocab,
                           const std::string& dir, bool render) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::Error(ErrorCode::kIoError, "cannot create " + dir + ": " + ec.message());
  auto jsonld = exporter::to_jsonld(store, vocab, exporter::JsonLdOptions{});
  if (!jsonld.ok()) return jsonld.status();
  auto dot = exporter::to_dot(store, vocab, exporter::DotOptions{});
  if (!dot.ok()) return dot.status();
  std::string svg;
  if (render) {
    if (Status s = exporter::render(dot.value(), "svg", "dot", svg); !s.ok()) return s;
  }
  const std::filesystem::path out(dir);
  if (Status s = exporter::write_file_atomically((out / "graph.jsonld").string(), jsonld.value()); !s.ok()) return s;
  if (Status s = exporter::write_file_atomically((out / "graph.dot").string(), dot.value()); !s.ok()) return s;
  if (render) return exporter::write_file_atomically((out / "graph.svg").string(), svg);
  return Status::Ok();
}

}  // namespace newsgraph::cli
