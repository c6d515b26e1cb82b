// StagedFile: mkstemp beside the target, write, fsync, rename (see staged_file.h).
#include "export/staged_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <set>
#include <system_error>
#include <utility>

namespace newsgraph::exporter {
namespace {

Status io_error(const std::string& path, const std::string& what, int error) {
  return Status::Error(ErrorCode::kIoError, "cannot write " + path + ": " + what + ": " +
                                                std::generic_category().message(error));
}

std::string directory_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Result<StagedFile> StagedFile::create(const std::string& target) {
  if (target.empty())
    return Status::Error(ErrorCode::kUsage, "cannot write a file with an empty path");
  std::string name = target + ".tmp-XXXXXX";
  int fd = ::mkstemp(name.data());
  if (fd < 0) return io_error(target, "cannot create a temporary file beside it", errno);
  StagedFile file(fd, std::move(name), target);

  // mkstemp creates the file 0600; an output file should be as readable as the one it
  // replaces (or as an ordinary new file), not silently private.
  struct stat existing;
  mode_t mode = ::stat(target.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
  if (::fchmod(fd, mode) != 0) return io_error(target, "cannot set permissions", errno);
  return file;
}

StagedFile::StagedFile(int fd, std::string temp_path, std::string target)
    : fd_(fd), temp_path_(std::move(temp_path)), target_(std::move(target)) {}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      temp_path_(std::move(other.temp_path_)),
      target_(std::move(other.target_)),
      owns_temp_(std::exchange(other.owns_temp_, false)) {}

StagedFile::~StagedFile() {
  if (fd_ >= 0) ::close(fd_);
  if (owns_temp_) ::unlink(temp_path_.c_str());
}

Status StagedFile::append(std::string_view bytes) {
  const char* data = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return io_error(target_, "write failed", errno);
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
  return Status::Ok();
}

Status StagedFile::finish() {
  // Without fsync the rename can reach the disk before the data does, and a crash would
  // leave an empty or truncated file under the final name.
  if (::fsync(fd_) != 0) return io_error(target_, "fsync failed", errno);
  // close() can report a delayed write error (NFS), so it is checked, not left to the
  // destructor.
  int rc = ::close(std::exchange(fd_, -1));
  if (rc != 0) return io_error(target_, "close failed", errno);
  return Status::Ok();
}

Status StagedFile::check_target() const {
  struct stat existing;
  if (::stat(target_.c_str(), &existing) == 0 && S_ISDIR(existing.st_mode))
    return io_error(target_, "rename failed", EISDIR);
  return Status::Ok();
}

Status StagedFile::commit() {
  if (::rename(temp_path_.c_str(), target_.c_str()) != 0)
    return io_error(target_, "rename failed", errno);
  owns_temp_ = false;
  return Status::Ok();
}

void sync_directories_of(const std::vector<std::string>& paths) {
  std::set<std::string> folders;
  for (const std::string& path : paths) folders.insert(directory_of(path));
  for (const std::string& folder : folders) {
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
      (void)::fsync(dir);
      ::close(dir);
    }
  }
}

}  // namespace newsgraph::exporter
