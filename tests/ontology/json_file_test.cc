// Tests for ontology/json_file: JSON Lines records read one by one (into reused buffers),
// comments and blank lines skipped, errors naming the file and line.
#include "ontology/json_file.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../ingest/temp_dir.h"

using namespace newsgraph;

TEST_CASE("JSON Lines records of any size are read in order with their line numbers", "[ontology]") {
  ingest::testing::TempDir dir;
  // A record far larger than the reused buffers, between small ones.
  std::string big = "{\"word\": \"big\", \"aliases\": [";
  for (int i = 0; i < 5000; ++i) big += (i ? ", \"" : "\"") + std::to_string(i) + "-alias\"";
  big += "]}";
  const std::string path = dir.write("words.jsonl", "// a comment line\n{\"word\": \"first\"}\n\n" + big +
                                                        "\n  {\"word\": \"after\", \"n\": 3}\n");
  std::vector<std::pair<std::string, size_t>> seen;
  size_t aliases = 0;
  Status status = ontology::for_each_jsonl_record(path, [&](const rapidjson::Value& r, size_t line) {
    seen.emplace_back(r["word"].GetString(), line);
    if (r.HasMember("aliases")) aliases = r["aliases"].Size();
    return Status::Ok();
  });
  REQUIRE(status.ok());
  CHECK(seen == std::vector<std::pair<std::string, size_t>>{{"first", 2}, {"big", 4}, {"after", 5}});
  CHECK(aliases == 5000);
}

TEST_CASE("a bad JSON Lines record stops the read with its file and line", "[ontology]") {
  ingest::testing::TempDir dir;
  const std::string path = dir.write("bad.jsonl", "{\"word\": \"a\"}\n[1, 2]\n");
  Status not_object = ontology::for_each_jsonl_record(path, [](const rapidjson::Value&, size_t) { return Status::Ok(); });
  CHECK_THAT(not_object.message(), Catch::StartsWith(path + ":2: expected a JSON object"));
  const std::string broken = dir.write("broken.jsonl", "{\"word\": \"a\"}\n\n{\"word\": }\n");
  Status parse = ontology::for_each_jsonl_record(broken, [](const rapidjson::Value&, size_t) { return Status::Ok(); });
  CHECK(parse.code() == ErrorCode::kParseError);
  CHECK_THAT(parse.message(), Catch::StartsWith(broken + ":3: "));
  Status refused = ontology::for_each_jsonl_record(path, [](const rapidjson::Value&, size_t line) {
    return line == 1 ? Status::Error(ErrorCode::kParseError, "no thanks") : Status::Ok();
  });
  CHECK(refused.message() == path + ":1: no thanks");
}
