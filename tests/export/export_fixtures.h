// Hand-built stores and a scratch directory shared by the export tests.
#pragma once

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/text_pool.h"
#include "ontology/vocabulary.h"
#include "store/graph_store.h"

namespace newsgraph::exporter::testing {

inline ontology::Vocabulary real_vocabulary() {
  auto loaded =
      ontology::load_vocabulary(std::string(NEWSGRAPH_ONTOLOGY_DIR) + "/vocabulary.jsonld");
  if (!loaded.ok()) throw std::runtime_error(loaded.status().message());
  return loaded.value();
}

inline store::EntityVertex entity(std::string id, std::string type, std::string name,
                                  std::map<std::string, uint32_t> other_aliases = {},
                                  uint32_t mentions = 1) {
  store::EntityVertex e;
  e.id = std::move(id);
  e.type = std::move(type);
  e.name = std::move(name);
  e.aliases = std::move(other_aliases);
  e.aliases[e.name] += mentions;
  e.mentions = mentions;
  return e;
}

// Text that outlives any store of the test: Evidence only views its text until a store
// keeps it.
inline std::string_view test_text(std::string_view text) {
  static TextPool texts;
  return texts.keep(text);
}

inline store::Evidence evidence(std::string_view article, std::string_view sentence, uint32_t begin,
                                std::string_view qualifier = "", std::string_view date = "") {
  store::Evidence ev;
  ev.article_id = test_text(article);
  ev.offsets = {begin, begin + static_cast<uint32_t>(sentence.size())};
  ev.sentence = test_text(sentence);
  ev.rule = "test.rule";
  ev.confidence = 0.75f;
  ev.qualifier = test_text(qualifier);
  ev.date = test_text(date);
  return ev;
}

// Two people, a government, a country and a news outlet; metWith (two statements from two
// articles) and holdsPositionIn; two articles, one with a publisher and a dateline.
// `reversed` inserts everything in the opposite order, for determinism checks.
inline store::GraphStore sample_store(bool reversed = false) {
  store::GraphStore s;
  std::vector<store::EntityVertex> entities = {
      entity("nechirvan-barzani", "Person", "Nechirvan Barzani", {{"Nechervan Barzani", 1}}, 4),
      entity("masrour-barzani", "Person", "Masrour Barzani",
             {{"\u0645\u0633\u0631\u0648\u0631 \u0628\u0627\u0631\u0632\u0627\u0646\u064a", 1}}, 3),
      entity("kurdistan-regional-government", "GovernmentOrganization",
             "Kurdistan Regional Government", {{"KRG", 2}}, 5),
      entity("iraq", "Country", "Iraq", {}, 2),
      entity("kurdistan24", "NewsMediaOrganization", "Kurdistan24", {}, 1),
  };
  if (reversed) std::reverse(entities.begin(), entities.end());
  for (auto& e : entities) s.add_entity(e);
  auto v = [&](const char* id) { return *s.find(id); };
  std::vector<std::function<void()>> relations = {
      [&] {
        s.add_relation(
            v("nechirvan-barzani"), v("masrour-barzani"), "metWith",
            evidence("a1", "Nechirvan Barzani met Masrour Barzani in Erbil.", 0, "", "2023-10-22"),
            true);
      },
      [&] {
        s.add_relation(v("nechirvan-barzani"), v("masrour-barzani"), "metWith",
                       evidence("a2", "The two Barzanis held talks on Sunday.", 120), true);
      },
      [&] {
        s.add_relation(
            v("masrour-barzani"), v("kurdistan-regional-government"), "holdsPositionIn",
            evidence("a1", "KRG Prime Minister Masrour Barzani said ...", 48, "Prime Minister"),
            false);
      },
  };
  if (reversed) std::reverse(relations.begin(), relations.end());
  for (auto& add : relations) add();

  store::ArticleRecord a1;
  a1.id = "a1";
  a1.date = "2023-10-23";
  a1.publisher_id = "kurdistan24";
  a1.headline = "Barzanis meet in Erbil";
  a1.dateline_place_id = "iraq";
  a1.mentions = {"nechirvan-barzani", "masrour-barzani", "kurdistan-regional-government", "iraq"};
  store::ArticleRecord a2;
  a2.id = "a2";
  a2.mentions = {"nechirvan-barzani", "masrour-barzani"};
  if (reversed) std::swap(a1, a2);
  s.add_article(a1);
  s.add_article(a2);
  return s;
}

// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "newsgraph-export-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The bytes of a file written by a test ("" when it cannot be read).
inline std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// How many entries `dir` holds, temporary files included.
inline size_t entry_count(const std::filesystem::path& dir) {
  return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                           std::filesystem::directory_iterator()));
}

}  // namespace newsgraph::exporter::testing
