// Atomic file replacement: every exporter writes its output through here, so a run that is
// interrupted (crash, full disk, Ctrl-C) leaves either the old file or the complete new one,
// never a half-written graph that a later step would read as valid.
#pragma once

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

}  // namespace newsgraph::exporter
