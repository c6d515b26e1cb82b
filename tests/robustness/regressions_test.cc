// Robustness regressions: every input a fuzzer (fuzz/) ever crashed on is kept under
// tests/robustness/regressions/<target>/ and replayed here through the same entry point,
// in every build, so a fixed crash stays fixed without a fuzzing toolchain. Also the
// hostile-text fixes found while writing tests/robustness/*.sh, as unit tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/jsonld_context.h"
#include "export/jsonld_writer.h"
#include "extract/metadata.h"
#include "extract/relation_patterns.h"
#include "ingest/corpus_reader.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/temp_dir.h"
#include "ingest/utf8_text.h"
#include "ontology/json_file.h"
#include "ontology/vocabulary.h"
#include "pipeline/article_pipeline.h"
#include "store/jsonld_loader.h"
#include "support/knowledge_fixture.h"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

// tests/data may not exist, so go up lexically rather than through it.
const fs::path kRegressions = fs::path(NEWSGRAPH_TEST_DATA).parent_path() / "robustness" / "regressions";

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The inputs kept for one fuzz target, sorted (none is fine: no crash found yet).
std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(kRegressions / target, error))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// Mirrors fuzz/ontology_loaders_fuzzer.cc: byte 0 picks the loader, the rest is the file.
void load_as_ontology_file(const std::string& bytes) {
  if (bytes.empty()) return;
  ingest::testing::TempDir dir;
  const std::string path = dir.write("input.jsonl", std::string_view(bytes).substr(1));
  const pipeline::Knowledge& k = testing::knowledge();
  const std::string onto = NEWSGRAPH_ONTOLOGY_DIR;
  switch (static_cast<unsigned char>(bytes[0]) % 6) {
    case 0: (void)extract::load_relation_patterns(path, onto + "/lexicons/modality_cues.jsonl", k.vocabulary); break;
    case 1: (void)extract::load_relation_patterns(onto + "/patterns/relations.jsonl", path, k.vocabulary); break;
    case 2: (void)ingest::load_furniture_rules(path); break;
    case 3: (void)ontology::for_each_jsonl_record(path, [](const rapidjson::Value&, size_t) { return Status::Ok(); }); break;
    case 4: (void)extract::load_metadata_patterns(path, onto + "/lexicons/months.jsonl"); break;
    case 5: (void)ontology::load_vocabulary(path); break;
  }
}

}  // namespace

TEST_CASE("fuzz regressions replay without crashing", "[robustness]") {
  const pipeline::Knowledge& k = testing::knowledge();
  for (const fs::path& file : inputs_of("text_reader")) {
    INFO(file.string());
    (void)ingest::read_text_article("r", file.string(), slurp(file), k.furniture);
  }
  for (const fs::path& file : inputs_of("html_reader")) {
    INFO(file.string());
    (void)ingest::read_html_article("r", file.string(), slurp(file), k.furniture);
  }
  for (const fs::path& file : inputs_of("jsonl_reader")) {
    INFO(file.string());
    std::vector<Article> out;
    ingest::ReadReport report;
    (void)ingest::read_jsonl_file(file.string(), k.furniture, ingest::ReaderOptions{}, out, report);
  }
  for (const fs::path& file : inputs_of("article_pipeline")) {
    INFO(file.string());
    auto article = ingest::read_text_article("r", file.string(), slurp(file), k.furniture);
    if (article.ok()) (void)pipeline::process_article(std::move(article).value(), k);
  }
  for (const fs::path& file : inputs_of("ontology_loaders")) {
    INFO(file.string());
    load_as_ontology_file(slurp(file));
  }
  for (const fs::path& file : inputs_of("jsonld_loader")) {
    INFO(file.string());
    auto loaded = store::parse_graph_jsonld(slurp(file), k.vocabulary);
    if (loaded.ok()) CHECK(exporter::to_jsonld(loaded.value(), k.vocabulary, {}).ok());
  }
}

TEST_CASE("an absurd regex repetition bound is a load error naming the line", "[robustness]") {
  // Found by ontology_loaders_fuzzer: libstdc++ overflows the bound, then refuses the NFA.
  const std::string bytes = slurp(kRegressions / "ontology_loaders" / "regex_bound_overflow.jsonl");
  REQUIRE(bytes.size() > 1);
  ingest::testing::TempDir dir;
  const std::string path = dir.write("metadata.jsonl", std::string_view(bytes).substr(1));
  auto loaded = extract::load_metadata_patterns(path, std::string(NEWSGRAPH_ONTOLOGY_DIR) + "/lexicons/months.jsonl");
  REQUIRE_FALSE(loaded.ok());
  CHECK_THAT(loaded.status().message(), Catch::Contains(path + ":1:"));
}

TEST_CASE("bidi controls are removed from text like other invisible characters", "[robustness]") {
  // U+200F (RLM) around a name made "Barzani<RLM>" an entity apart from "Barzani".
  CHECK(ingest::normalize_typography("\u200fMasoud Barzani\u200f met \u202eBafel\u202c") ==
        "Masoud Barzani met Bafel");
  CHECK(ingest::normalize_typography("a\u200eb\u2066c\u2069d\u202ae\u202bf\u202dg") == "abcdefg");
  // Arabic letters themselves stay.
  CHECK(ingest::normalize_typography("مسرور بارزاني") == "مسرور بارزاني");
}

TEST_CASE("iri_segment escapes bidi controls, which IRIs may not hold", "[robustness]") {
  CHECK(exporter::iri_segment("a\u202eb") == "a%E2%80%AEb");
  CHECK(exporter::iri_segment("\u200e\u200f\u2066\u2069") == "%E2%80%8E%E2%80%8F%E2%81%A6%E2%81%A9");
  CHECK(exporter::iri_segment("قناة-الاخبار") == "قناة-الاخبار");
  CHECK(exporter::iri_segment("\u2014 \u2028") == "\u2014%20\u2028");  // other UTF-8 stays
  CHECK(exporter::iri_segment("x\xe2\x80") == "x\xe2\x80");            // truncated: no overread
  CHECK(store::decode_iri_segment(exporter::iri_segment("a\u202eb \u200f")) == "a\u202eb \u200f");
}

TEST_CASE("a file whose name is not UTF-8 is skipped with a warning, not the build", "[robustness]") {
  ingest::testing::TempDir dir;
  const std::string good = dir.write("good.txt", "ERBIL - Officials met on Monday.\n");
  const std::string bad = dir.write("bad\xff-name.txt", "ERBIL - Officials met on Monday.\n");
  ingest::ReadReport report;
  std::vector<Article> articles =
      ingest::read_articles({bad, good}, testing::knowledge().furniture, {}, report);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "good");
  CHECK(report.skipped == 1);
  REQUIRE(report.warnings.size() == 1);
  CHECK_THAT(report.warnings[0], Catch::Contains(bad + ": file name is not valid UTF-8"));
}

TEST_CASE("a graph.jsonld with invalid UTF-8 is refused at load, not at the next export",
          "[robustness]") {
  // Found by jsonld_loader_fuzzer: the loader took the bytes, to_jsonld then refused them.
  const std::string bytes = slurp(kRegressions / "jsonld_loader" / "invalid_utf8_in_id.jsonld");
  REQUIRE_FALSE(bytes.empty());
  auto loaded = store::parse_graph_jsonld(bytes, testing::knowledge().vocabulary);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == ErrorCode::kParseError);
  CHECK_THAT(loaded.status().message(), Catch::Contains("encoding"));
}

TEST_CASE("a percent escape that decodes to no UTF-8 stays as written", "[robustness]") {
  // Found by jsonld_loader_fuzzer: "article/oc%Fe3rbil" loaded as an id holding byte 0xFE,
  // which the next export refused.
  CHECK(store::decode_iri_segment("oc%Fe3rbil") == "oc%Fe3rbil");
  CHECK(store::decode_iri_segment("caf%C3%A9%2Fx") == "caf\u00e9/x");
  const ontology::Vocabulary& vocab = testing::knowledge().vocabulary;
  auto loaded = store::parse_graph_jsonld(
      slurp(kRegressions / "jsonld_loader" / "percent_escape_not_utf8.jsonld"), vocab);
  if (loaded.ok()) {
    auto exported = exporter::to_jsonld(loaded.value(), vocab, {});
    REQUIRE(exported.ok());
    auto reloaded = store::parse_graph_jsonld(exported.value(), vocab);
    REQUIRE(reloaded.ok());
    CHECK(exporter::to_jsonld(reloaded.value(), vocab, {}).value() == exported.value());
  }
}
