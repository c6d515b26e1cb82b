// Atomic file replacement: every exporter writes its output through here (or through an
// OutputSet, for several files that belong together), so a run that is interrupted
// (crash, full disk, Ctrl-C) leaves either the old file or the complete new one, never a
// half-written graph that a later step would read as valid.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace newsgraph::exporter {

// Writes `bytes` to a temporary file beside `path` (path + ".tmp-XXXXXX"), flushes it to
// disk and renames it over `path`. The new file keeps the mode of the file it replaces, or
// gets 0644. On any failure the temporary file is removed, `path` is untouched, and the
// Status is kIoError naming `path` and the system's reason (kUsage for an empty path).
// Thread contract: safe to call concurrently for different paths.
Status write_file_atomically(const std::string& path, std::string_view bytes);

// The same for output too large to hold in memory: a Producer hands the bytes over in
// pieces through the sink it is given (each call appends; the sink's Status reports a
// failed write). A non-OK Status from the producer or the sink abandons the temporary
// file and leaves `path` untouched; the producer's Status is returned as it is.
using ByteSink = std::function<Status(std::string_view)>;
using Producer = std::function<Status(const ByteSink&)>;
Status write_file_atomically(const std::string& path, const Producer& produce);

}  // namespace newsgraph::exporter
