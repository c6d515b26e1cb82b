#include "resolve/merge_decisions.h"

#include "ontology/json_file.h"
#include "resolve/name_keys.h"

namespace newsgraph::resolve {

Result<MergeDecisions> load_merge_decisions(const std::string& path) {
  MergeDecisions decisions;
  Status s = ontology::for_each_jsonl_record(path, [&](const rapidjson::Value& r, size_t) {
    bool same = r.HasMember("same");
    const char* key = same ? "same" : "different";
    auto it = r.FindMember(key);
    if (it == r.MemberEnd() || !it->value.IsArray() || it->value.Size() < 2)
      return Status::Error(ErrorCode::kParseError, "needs \"same\" or \"different\": a list of two or more names");
    std::vector<std::string> names;
    for (const auto& n : it->value.GetArray()) {
      if (!n.IsString()) return Status::Error(ErrorCode::kParseError, "names must be strings");
      names.push_back(fold_name(n.GetString()));
    }
    if (same) {
      decisions.same.push_back(std::move(names));
    } else {
      for (size_t a = 0; a < names.size(); ++a)
        for (size_t b = a + 1; b < names.size(); ++b) decisions.different.emplace_back(names[a], names[b]);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return decisions;
}

}  // namespace newsgraph::resolve
