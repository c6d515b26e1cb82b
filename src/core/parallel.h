// parallel_for: the one way the pipeline spreads independent items over threads.
#pragma once

#include <cstddef>
#include <functional>

namespace newsgraph {

// Runs work(i) for every i in [0, count) on up to `threads` threads (the caller is one of
// them), which take the indexes `chunk` at a time (more than 1 when items are tiny, so
// that threads meet on the counter less often). `progress(done, count)`, when given, is
// called now and then from whichever thread finished items. Each work(i) must write only
// its own slot: the result is then the same for any thread count.
void parallel_for(size_t count, unsigned threads, const std::function<void(size_t)>& work, size_t chunk = 1,
                  const std::function<void(size_t, size_t)>& progress = {});

}  // namespace newsgraph
