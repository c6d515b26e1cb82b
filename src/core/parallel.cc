#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace newsgraph {

void parallel_for(size_t count, unsigned threads, const std::function<void(size_t)>& work, size_t chunk,
                  const std::function<void(size_t, size_t)>& progress) {
  chunk = std::max<size_t>(chunk, 1);
  std::atomic<size_t> next{0}, done{0};
  auto worker = [&] {
    for (size_t begin = next.fetch_add(chunk); begin < count; begin = next.fetch_add(chunk)) {
      const size_t end = std::min(count, begin + chunk);
      for (size_t i = begin; i < end; ++i) work(i);
      if (!progress) continue;
      // Reported about every 64 items, and at the end.
      const size_t before = done.fetch_add(end - begin), after = before + (end - begin);
      if (after / 64 != before / 64 || after == count) progress(after, count);
    }
  };
  const size_t workers = std::max<size_t>(1, std::min<size_t>(threads, (count + chunk - 1) / chunk));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < workers; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

}  // namespace newsgraph
