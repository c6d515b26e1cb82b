// newsgraph export: a graph in the formats other tools load (N-Quads for triple stores,
// GraphML for graph tools, CSV for Neo4j's bulk import), plus JSON-LD and DOT again.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/graph_input.h"
#include "export/atomic_file.h"
#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "export/neo4j_csv_writer.h"
#include "export/nquads_writer.h"
#include "export/output_set.h"

namespace newsgraph::cli {
namespace {

constexpr const char* kExportHelp =
    "usage: newsgraph export GRAPH --format FORMAT -o PATH\n"
    "\n"
    "Writes the graph (GRAPH: a graph folder or its graph.jsonld) in another format:\n"
    "  nquads    PATH.nq: the JSON-LD's RDF triples as N-Quads, for triple stores\n"
    "  graphml   PATH.graphml: entities and relations with their data, for Gephi, yEd,\n"
    "            Cytoscape, networkx\n"
    "  neo4j     PATH is a folder: nodes.csv and relationships.csv for\n"
    "            neo4j-admin database import full --nodes=PATH/nodes.csv\n"
    "            --relationships=PATH/relationships.csv (add --multiline-fields=true)\n"
    "  jsonld    the graph.jsonld again (as build writes it)\n"
    "  dot       the full diagram as Graphviz DOT (see 'newsgraph diagram' for parts)\n"
    "Without --format, the extension of PATH decides (.nq .nquads .graphml .jsonld .dot).\n"
    "PATH '-' writes to standard output (not for neo4j). Files are written atomically (the\n"
    "two of neo4j together).\n"
    "\n"
    "options:\n"
    "      --format FORMAT      nquads, graphml, neo4j, jsonld or dot\n"
    "  -o, --output PATH        where to write\n"
    "      --ontology DIR       ontology folder (default: $NEWSGRAPH_ONTOLOGY or the built-in "
    "one)\n"
    "\n"
    "exit status: 0 success; 1 failure (nothing written); 2 usage error.\n";

std::string format_from_path(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".nq" || ext == ".nquads") return "nquads";
  if (ext == ".graphml") return "graphml";
  if (ext == ".jsonld") return "jsonld";
  if (ext == ".dot" || ext == ".gv") return "dot";
  return "";
}

Status write_output(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout << bytes << std::flush;
    return std::cout ? Status::Ok()
                     : Status::Error(ErrorCode::kIoError, "cannot write to standard output");
  }
  return exporter::write_file_atomically(path, bytes);
}

}  // namespace

int run_export(const Args& args) {
  if (args.help) {
    std::cout << kExportHelp;
    return kExitOk;
  }
  auto usage = [](const std::string& message) {
    std::cerr << "newsgraph export: " << message << "\n(run 'newsgraph export --help' for usage)\n";
    return kExitUsage;
  };
  if (args.positional.size() != 1 || args.output_dir.empty())
    return usage("needs one GRAPH and -o PATH");
  const std::string format = args.format.empty() ? format_from_path(args.output_dir) : args.format;
  if (format.empty()) return usage("give --format (nquads, graphml, neo4j, jsonld or dot)");
  if (format != "nquads" && format != "graphml" && format != "neo4j" && format != "jsonld" &&
      format != "dot")
    return usage("unknown --format '" + format + "' (nquads, graphml, neo4j, jsonld or dot)");
  if (format == "neo4j" && args.output_dir == "-")
    return usage("neo4j writes two files: give a folder with -o");

  auto loaded = load_graph_argument(args.positional[0], args);
  if (!loaded.ok()) {
    std::cerr << "newsgraph export: " << loaded.status().message() << "\n";
    return kExitFailure;
  }
  const store::GraphStore& graph = loaded.value().store;
  const ontology::Vocabulary& vocab = loaded.value().vocab;
  Status written;
  if (format == "neo4j") {
    exporter::Neo4jCsv csv = exporter::to_neo4j_csv(graph);
    std::error_code ec;
    std::filesystem::create_directories(args.output_dir, ec);
    if (ec) {
      std::cerr << "newsgraph export: cannot create " << args.output_dir << ": " << ec.message()
                << "\n";
      return kExitFailure;
    }
    // Both files or neither: neo4j-admin must not import new nodes with old relationships.
    // Both are in memory already, so writing them takes one thread.
    const std::filesystem::path dir(args.output_dir);
    exporter::OutputSet outputs;
    outputs.add((dir / "nodes.csv").string(),
                [&](const exporter::ByteSink& sink) { return sink(csv.nodes); });
    outputs.add((dir / "relationships.csv").string(),
                [&](const exporter::ByteSink& sink) { return sink(csv.relationships); });
    written = outputs.write(1);
  } else {
    Result<std::string> bytes = Status::Error(ErrorCode::kUsage, "no format");
    if (format == "nquads") bytes = exporter::to_nquads(graph, vocab, exporter::NQuadsOptions{});
    if (format == "graphml") bytes = exporter::to_graphml(graph);
    if (format == "jsonld") bytes = exporter::to_jsonld(graph, vocab, exporter::JsonLdOptions{});
    if (format == "dot") bytes = exporter::to_dot(graph, vocab, exporter::DotOptions{});
    written = bytes.ok() ? write_output(args.output_dir, bytes.value()) : bytes.status();
  }
  if (!written.ok()) {
    std::cerr << "newsgraph export: " << written.message() << "\n";
    return kExitFailure;
  }
  if (!args.quiet && args.output_dir != "-")
    std::cerr << "newsgraph: " << graph.entity_count() << " entities and " << graph.relation_count()
              << " relations exported as " << format << " -> " << args.output_dir << "\n";
  return kExitOk;
}

}  // namespace newsgraph::cli
