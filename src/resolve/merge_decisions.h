// Merge decisions: the user's corrections, read at build time and always obeyed.
// A JSON Lines file of records such as
//   {"same": ["Nechirvan Barzani", "Nechervan Barzani"]}     these names are one entity
//   {"different": ["Masoud Barzani", "Masrour Barzani"]}    these names are never merged
// Names are compared after fold_name. Errors name the file and line.
// Thread contract: immutable after load.
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsgraph::resolve {

struct MergeDecisions {
  std::vector<std::vector<std::string>> same;                  // folded names
  std::vector<std::pair<std::string, std::string>> different;  // folded name pairs

  bool empty() const { return same.empty() && different.empty(); }
};

Result<MergeDecisions> load_merge_decisions(const std::string& path);

}  // namespace newsgraph::resolve
