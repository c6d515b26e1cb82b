#include "core/text_pool.h"

#include <cstring>

namespace newsgraph {

std::string_view TextPool::keep(std::string_view text) {
  if (text.empty()) return {};
  if (auto found = kept_.find(text); found != kept_.end()) return *found;
  return *kept_.insert(copy(text)).first;
}

std::string_view TextPool::copy(std::string_view text) {
  if (text.empty()) return {};
  char* at;
  if (text.size() > kBlockBytes / 4) {
    // A long string gets a block of its own, so that it never wastes the rest of one.
    at = long_texts_.emplace_back(new char[text.size()]).get();
  } else {
    if (block_used_ + text.size() > kBlockBytes) {
      blocks_.emplace_back(new char[kBlockBytes]);
      block_used_ = 0;
    }
    at = blocks_.back().get() + block_used_;
    block_used_ += text.size();
  }
  std::memcpy(at, text.data(), text.size());
  bytes_ += text.size();
  return std::string_view(at, text.size());
}

}  // namespace newsgraph
