// Tests for core/parallel: every index runs once, whatever the thread count and chunk,
// and progress ends at the total.
#include "core/parallel.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using newsgraph::parallel_for;

TEST_CASE("parallel_for runs every index exactly once on any thread count", "[core]") {
  for (unsigned threads : {1u, 2u, 5u}) {
    for (size_t chunk : {size_t{1}, size_t{7}, size_t{1000}}) {
      for (size_t count : {size_t{0}, size_t{1}, size_t{130}}) {
        INFO("threads " << threads << ", chunk " << chunk << ", count " << count);
        std::vector<int> runs(count, 0);
        std::vector<size_t> reported;
        std::mutex lock;
        parallel_for(count, threads, [&](size_t i) { ++runs[i]; }, chunk, [&](size_t done, size_t total) {
          std::lock_guard<std::mutex> hold(lock);
          CHECK(total == count);
          reported.push_back(done);
        });
        for (int r : runs) CHECK(r == 1);
        if (count == 0) {
          CHECK(reported.empty());
        } else {
          REQUIRE_FALSE(reported.empty());
          CHECK(*std::max_element(reported.begin(), reported.end()) == count);
        }
      }
    }
  }
}

TEST_CASE("parallel_for uses the threads it is given, and only those", "[core]") {
  std::mutex lock;
  std::set<std::thread::id> seen;
  parallel_for(64, 1, [&](size_t) {
    std::lock_guard<std::mutex> hold(lock);
    seen.insert(std::this_thread::get_id());
  });
  CHECK(seen == std::set<std::thread::id>{std::this_thread::get_id()});  // one thread: the caller
  // Two items that each wait (10 s at most) for the other to start: both see it only when
  // they run at the same time.
  std::atomic<int> started{0};
  std::atomic<int> met{0};
  parallel_for(2, 2, [&](size_t) {
    ++started;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (started.load() < 2 && std::chrono::steady_clock::now() < give_up) std::this_thread::yield();
    if (started.load() == 2) ++met;
  });
  CHECK(met.load() == 2);
}
