// write_file_atomically: temp file + fsync + rename (see atomic_file.h).
#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace newsgraph::exporter {
namespace {

Status io_error(const std::string& path, const std::string& what, int error) {
  return Status::Error(ErrorCode::kIoError, "cannot write " + path + ": " + what + ": " +
                                                std::generic_category().message(error));
}

// Owns the temporary file until it has been renamed into place: closes the descriptor and
// unlinks the file on every early return, so failures leave no debris beside the target.
class TempFile {
 public:
  TempFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  // Closes the descriptor now, because close() can report a delayed write error (NFS).
  int close() {
    int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }
  void commit() { committed_ = true; }

 private:
  int fd_;
  std::string path_;
  bool committed_ = false;
};

std::string directory_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view bytes) {
  return write_file_atomically(path, [&](const ByteSink& sink) { return sink(bytes); });
}

Status write_file_atomically(const std::string& path, const std::function<Status(const ByteSink&)>& produce) {
  if (path.empty())
    return Status::Error(ErrorCode::kUsage, "cannot write a file with an empty path");

  std::string name = path + ".tmp-XXXXXX";
  int fd = ::mkstemp(name.data());
  if (fd < 0) return io_error(path, "cannot create a temporary file beside it", errno);
  TempFile temp(fd, std::move(name));

  // mkstemp creates the file 0600; an output file should be as readable as the one it
  // replaces (or as an ordinary new file), not silently private.
  struct stat existing;
  mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
  if (::fchmod(temp.fd(), mode) != 0) return io_error(path, "cannot set permissions", errno);

  ByteSink sink = [&](std::string_view bytes) {
    const char* data = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
      ssize_t n = ::write(temp.fd(), data, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        return io_error(path, "write failed", errno);
      }
      data += n;
      left -= static_cast<size_t>(n);
    }
    return Status::Ok();
  };
  if (Status s = produce(sink); !s.ok()) return s;
  // Without fsync the rename can reach the disk before the data does, and a crash would
  // leave an empty or truncated file under the final name.
  if (::fsync(temp.fd()) != 0) return io_error(path, "fsync failed", errno);
  if (temp.close() != 0) return io_error(path, "close failed", errno);
  if (::rename(temp.path().c_str(), path.c_str()) != 0)
    return io_error(path, "rename failed", errno);
  temp.commit();

  // Persist the directory entry too. Best effort: the file is complete and in place either
  // way, and some filesystems refuse fsync on directories.
  int dir = ::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    (void)::fsync(dir);
    ::close(dir);
  }
  return Status::Ok();
}

}  // namespace newsgraph::exporter
