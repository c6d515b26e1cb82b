// A file written under a temporary name beside its target and renamed over it only when
// told to: the building block of atomic output (write_file_atomically, OutputSet).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsgraph::exporter {

// Owns `target` + ".tmp-XXXXXX" from create() until commit(); destroying it before then
// closes and removes the temporary file, so no failure leaves debris beside the target.
// Every error is kIoError naming the target and the system's reason.
// Movable, not copyable. Thread contract: one thread at a time per StagedFile; different
// StagedFiles are independent.
class StagedFile {
 public:
  // Creates the temporary file with the mode of the file it will replace, or 0644 (kUsage
  // for an empty target).
  static Result<StagedFile> create(const std::string& target);
  StagedFile(StagedFile&& other) noexcept;
  StagedFile& operator=(StagedFile&&) = delete;
  ~StagedFile();

  const std::string& target() const { return target_; }
  // Appends to the temporary file.
  Status append(std::string_view bytes);
  // Flushes the temporary file to disk and closes it; call once, after the last append.
  Status finish();
  // Why rename() over the target would fail for certain (it is a directory), checked
  // before a set of files starts renaming; Ok when nothing is known to stand in the way.
  Status check_target() const;
  // Renames the finished temporary file over the target. Does not sync the folder (see
  // sync_directories_of), so that a set of files syncs each folder once.
  Status commit();

 private:
  StagedFile(int fd, std::string temp_path, std::string target);
  int fd_;
  std::string temp_path_;
  std::string target_;
  bool owns_temp_ = true;  // false once renamed (or moved from): nothing to remove
};

// Persists renamed directory entries: fsync once on each folder holding one of `paths`.
// Best effort: the files are complete and in place either way, and some filesystems refuse
// fsync on folders.
void sync_directories_of(const std::vector<std::string>& paths);

}  // namespace newsgraph::exporter
