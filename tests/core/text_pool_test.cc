// Tests for core/text_pool: one copy of each distinct string, views that stay valid
// while the pool grows and after it moves.
#include "core/text_pool.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using newsgraph::TextPool;

TEST_CASE("a text pool keeps each distinct string once", "[core]") {
  TextPool pool;
  std::string buffer = "Erbil";
  std::string_view first = pool.keep(buffer);
  buffer = "Duhok";  // the pool holds its own copy
  CHECK(first == "Erbil");
  CHECK(pool.keep("Erbil").data() == first.data());
  CHECK(pool.keep(buffer) == "Duhok");
  CHECK(pool.size() == 2);
  CHECK(pool.bytes() == 10);
  CHECK(pool.keep("").empty());
  CHECK(pool.size() == 2);
  // copy() holds a new copy without a lookup, and keep() does not find it.
  std::string_view copied = pool.copy("Erbil");
  CHECK(copied == "Erbil");
  CHECK(copied.data() != first.data());
  CHECK(pool.keep("Erbil").data() == first.data());
  CHECK(pool.size() == 2);
  CHECK(pool.bytes() == 15);
}

TEST_CASE("views into a text pool survive growth, long strings and a move", "[core]") {
  TextPool pool;
  std::vector<std::pair<std::string, std::string_view>> kept;
  // Enough text for several blocks, and strings longer than a quarter of a block.
  for (int i = 0; i < 40000; ++i) {
    std::string text = "sentence " + std::to_string(i) + std::string(static_cast<size_t>(i % 97), 'x');
    if (i % 5000 == 0) text += std::string(600000, static_cast<char>('a' + i % 26));
    kept.emplace_back(text, pool.keep(text));
  }
  TextPool moved(std::move(pool));
  size_t bytes = 0;
  for (const auto& [text, view] : kept) {
    REQUIRE(view == text);
    bytes += text.size();
  }
  CHECK(moved.size() == kept.size());
  CHECK(moved.bytes() == bytes);
  CHECK(moved.keep(kept[123].first).data() == kept[123].second.data());
}
