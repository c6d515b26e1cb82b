// write_file_atomically: a set of one file (see output_set.h, staged_file.h).
#include "export/atomic_file.h"

#include "export/output_set.h"

namespace newsgraph::exporter {

Status write_file_atomically(const std::string& path, std::string_view bytes) {
  return write_file_atomically(path, [&](const ByteSink& sink) { return sink(bytes); });
}

Status write_file_atomically(const std::string& path, const Producer& produce) {
  OutputSet one;
  one.add(path, produce);
  return one.write(1);
}

}  // namespace newsgraph::exporter
