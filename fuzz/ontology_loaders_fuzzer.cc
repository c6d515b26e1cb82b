// Fuzzes the loaders of ontology data files: the input is written to a scratch file and
// read as one of them, chosen by the first byte:
//   0 relations.jsonl (extract::load_relation_patterns, real modality cues)
//   1 modality_cues.jsonl (extract::load_relation_patterns, real relation patterns)
//   2 furniture.jsonl (ingest::load_furniture_rules)
//   3 any JSONL (ontology::for_each_jsonl_record)
//   4 metadata.jsonl (extract::load_metadata_patterns, real months)
//   5 vocabulary.jsonld (ontology::load_vocabulary)
// Loaders must return a Status for any bytes: no crash, no exception, no hang.
// Regexes in the loaded rules are compiled but never run here: the ontology is trusted
// to hold no catastrophic pattern, and a fuzzer would find one in seconds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/metadata.h"
#include "extract/relation_patterns.h"
#include "fuzz_support.h"
#include "ingest/furniture.h"
#include "ontology/json_file.h"
#include "ontology/vocabulary.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fuzz::knowledge();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::ScratchFile scratch(".jsonl");
  if (size == 0) return 0;
  const std::string& path =
      scratch.write(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  const pipeline::Knowledge& k = fuzz::knowledge();
  switch (data[0] % 6) {
    case 0: {
      auto loaded = extract::load_relation_patterns(
          path, fuzz::ontology_path("lexicons/modality_cues.jsonl"), k.vocabulary);
      (void)loaded;
      break;
    }
    case 1: {
      auto loaded = extract::load_relation_patterns(fuzz::ontology_path("patterns/relations.jsonl"),
                                                    path, k.vocabulary);
      (void)loaded;
      break;
    }
    case 2: {
      auto loaded = ingest::load_furniture_rules(path);
      (void)loaded;
      break;
    }
    case 3: {
      size_t records = 0;
      Status s = ontology::for_each_jsonl_record(path, [&](const rapidjson::Value& r, size_t) {
        fuzz::check(r.IsObject(), "for_each_jsonl_record hands over objects only");
        ++records;
        return Status::Ok();
      });
      (void)s;
      break;
    }
    case 4: {
      auto loaded = extract::load_metadata_patterns(path, fuzz::ontology_path("lexicons/months.jsonl"));
      (void)loaded;
      break;
    }
    case 5: {
      auto loaded = ontology::load_vocabulary(path);
      (void)loaded;
      break;
    }
  }
  return 0;
}
