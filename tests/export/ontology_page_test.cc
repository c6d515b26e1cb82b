// Tests for the Markdown ontology reference page (export/ontology_page.h).
#include "export/ontology_page.h"

#include <catch2/catch.hpp>
#include <string>

#include "ontology/vocabulary.h"

namespace {

using newsgraph::exporter::ontology_reference_markdown;
using newsgraph::ontology::EntityClass;
using newsgraph::ontology::Property;
using newsgraph::ontology::Vocabulary;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the page lists every class and property of the real ontology", "[export]") {
  auto loaded = newsgraph::ontology::load_vocabulary(std::string(NEWSGRAPH_ONTOLOGY_DIR) +
                                                     "/vocabulary.jsonld");
  REQUIRE(loaded.ok());
  const Vocabulary& vocab = loaded.value();
  REQUIRE_FALSE(vocab.classes.empty());
  REQUIRE_FALSE(vocab.properties.empty());

  const std::string page = ontology_reference_markdown(vocab);
  CHECK(contains(page, vocab.namespace_iri));
  CHECK(contains(page, "## Entity classes"));
  CHECK(contains(page, "## Relation properties"));
  for (const auto& c : vocab.classes) {
    INFO("class " << c.name);
    CHECK(contains(page, "| **" + c.name + "** | `" + c.iri + "` |"));
  }
  for (const auto& p : vocab.properties) {
    INFO("property " << p.name);
    CHECK(contains(page, "| **" + p.name + "** | `" + p.iri + "` |"));
  }
}

TEST_CASE("a hand-made vocabulary renders every column", "[export]") {
  Vocabulary vocab;
  vocab.namespace_iri = "https://example.org/ns#";
  EntityClass base{"Place",   "https://schema.org/Place", "", "LOC", "invhouse",
                   "#ccebc5", "Bases and airports."};
  EntityClass unit{"Unit",
                   "https://example.org/ns#Unit",
                   "https://schema.org/Organization",
                   "ORG",
                   "box",
                   "#fb8072",
                   "An armed unit | brigade\nor battalion."};
  vocab.classes = {base, unit};
  Property met;
  met.name = "metWith";
  met.iri = "https://example.org/ns#metWith";
  met.symmetric = true;
  met.domain_iri = "https://schema.org/Thing";
  met.range_iri = "https://schema.org/Thing";
  met.cameo = "consult";
  met.cameo_code = "04";
  met.comment = "Met or held talks with.";
  Property member;
  member.name = "memberOf";
  member.iri = "https://example.org/ns#memberOf";
  member.domain_iri = "https://example.org/ns#Unit";
  member.range_iri = "https://schema.org/Organization";
  member.equivalent_iri = "https://schema.org/memberOf";
  vocab.properties = {met, member};

  const std::string page = ontology_reference_markdown(vocab);

  CHECK(contains(page, "Namespace: `https://example.org/ns#`"));
  CHECK(contains(page, "2 entity classes, 2 relation properties."));
  SECTION("classes") {
    CHECK(contains(page,
                   "| **Place** | `https://schema.org/Place` | — | LOC | `invhouse` | "
                   "`#ccebc5` | Bases and airports. |"));
    // Parent linked by compact name; the pipe and newline in the comment escaped.
    CHECK(contains(page,
                   "| **Unit** | `https://example.org/ns#Unit` | "
                   "[schema:Organization](https://schema.org/Organization) | ORG | "
                   "`box` | `#fb8072` | An armed unit \\| brigade or battalion. |"));
  }
  SECTION("properties") {
    CHECK(contains(page,
                   "| **metWith** | `https://example.org/ns#metWith` | yes | "
                   "[schema:Thing](https://schema.org/Thing) | "
                   "[schema:Thing](https://schema.org/Thing) | — | consult `04` | "
                   "Met or held talks with. |"));
    CHECK(contains(page,
                   "| **memberOf** | `https://example.org/ns#memberOf` | no | "
                   "[Unit](https://example.org/ns#Unit) | "
                   "[schema:Organization](https://schema.org/Organization) | "
                   "[schema:memberOf](https://schema.org/memberOf) | — | — |"));
  }
  SECTION("every table row has as many cells as its header") {
    std::size_t rows = 0;
    std::size_t pos = 0;
    while ((pos = page.find("\n| ", pos)) != std::string::npos) {
      ++pos;
      auto end = page.find('\n', pos);
      std::string row = page.substr(pos, end - pos);
      std::size_t pipes = 0;
      for (std::size_t i = 0; i < row.size(); ++i)
        if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++pipes;
      bool class_table = rows < 4;  // header, rule, 2 classes
      CHECK(pipes == (class_table ? 8u : 9u));
      ++rows;
    }
    CHECK(rows == 8);
  }
}

TEST_CASE("an empty vocabulary still gives a well-formed page", "[export]") {
  Vocabulary vocab;
  const std::string page = ontology_reference_markdown(vocab);
  CHECK(contains(page, "# newsgraph ontology reference"));
  CHECK(contains(page, "0 entity classes, 0 relation properties."));
  CHECK(contains(page, "| class | IRI |"));
  CHECK(contains(page, "| property | IRI |"));
}
