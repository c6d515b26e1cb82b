// newsgraph ontology: prints the ontology reference page generated from ontology/.
#include <iostream>

#include "cli/commands.h"
#include "export/ontology_page.h"
#include "pipeline/knowledge.h"

namespace newsgraph::cli {

int run_ontology(const Args& args) {
  if (args.help || !args.markdown) {
    (args.help ? std::cout : std::cerr)
        << "usage: newsgraph ontology --markdown [--ontology DIR]\n"
           "Prints the reference page of the ontology's classes and properties (Markdown).\n";
    return args.help ? kExitOk : kExitUsage;
  }
  std::string dir = args.ontology_dir.empty() ? pipeline::default_ontology_dir() : args.ontology_dir;
  auto vocab = ontology::load_vocabulary(dir + "/vocabulary.jsonld");
  if (!vocab.ok()) {
    std::cerr << "newsgraph ontology: " << vocab.status().message() << "\n";
    return kExitFailure;
  }
  std::cout << exporter::ontology_reference_markdown(vocab.value());
  return kExitOk;
}

}  // namespace newsgraph::cli
