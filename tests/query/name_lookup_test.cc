// Tests for query/name_lookup.h: names, aliases, folding, ambiguity, suggestions.
#include "query/name_lookup.h"

#include <catch2/catch.hpp>

#include "query/query_fixtures.h"

namespace {

using newsgraph::ErrorCode;
using newsgraph::query::NameIndex;
using newsgraph::query::testing::sample_graph;

std::string resolved_id(const newsgraph::store::GraphStore& s, const NameIndex& index,
                        const std::string& name) {
  auto v = index.resolve(name);
  if (!v.ok()) return "error: " + v.status().message();
  return s.graph()[v.value()].id;
}

}  // namespace

TEST_CASE("name lookup finds entities by name, alias and id, folding case and accents", "[query]") {
  auto s = sample_graph();
  NameIndex index(s);
  CHECK(resolved_id(s, index, "Masoud Barzani") == "masoud-barzani");
  CHECK(resolved_id(s, index, "MASOUD  barzani") == "masoud-barzani");
  CHECK(resolved_id(s, index, "Masud Barzani") == "masoud-barzani");
  CHECK(resolved_id(s, index,
                    "\u0645\u0633\u0639\u0648\u062f \u0628\u0627\u0631\u0632\u0627\u0646\u064a") ==
        "masoud-barzani");
  CHECK(resolved_id(s, index, "krg") == "krg");
  CHECK(resolved_id(s, index, "the Kurdistan Regional Government") == "krg");
  CHECK(resolved_id(s, index, "hewler") == "erbil");
  CHECK(resolved_id(s, index, "turkiye") == "turkey");
  CHECK(resolved_id(s, index, "Turkey") == "turkey");
  CHECK(resolved_id(s, index, "lone-wolf") == "lone-wolf");  // an id
}

TEST_CASE("name lookup reports an ambiguous alias with every candidate", "[query]") {
  auto s = sample_graph();
  NameIndex index(s);
  auto v = index.resolve("Barzani");
  REQUIRE_FALSE(v.ok());
  CHECK(v.status().code() == ErrorCode::kInvalidInput);
  CHECK(v.status().message().find("ambiguous") != std::string::npos);
  CHECK(v.status().message().find("masrour-barzani") != std::string::npos);
  CHECK(v.status().message().find("nechirvan-barzani") != std::string::npos);
  CHECK(index.candidates("barzani").size() == 2);
}

TEST_CASE("name lookup suggests entities that contain the words typed", "[query]") {
  auto s = sample_graph();
  NameIndex index(s);
  auto v = index.resolve("Kurdistan");
  REQUIRE_FALSE(v.ok());
  CHECK(v.status().message().find("did you mean") != std::string::npos);
  CHECK(v.status().message().find("(GovernmentOrganization, krg)") != std::string::npos);
  CHECK(v.status().message().find("(MilitaryOrganization, pkk)") != std::string::npos);
  auto none = index.resolve("Zzyzx");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().message().find("no entity is named \"Zzyzx\"") != std::string::npos);
}
