#include "core/media/file_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>

#include "core/base/atomic_file.h"

namespace marionette::media_detail {

namespace fs = std::filesystem;

namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

struct FdCloser {
  int fd;
  ~FdCloser() { ::close(fd); }
};


}  // namespace

std::string quotePath(const std::string& path) { return "'" + path + "'"; }

std::string systemErrorText(int errorNumber) { return std::generic_category().message(errorNumber); }

Result<std::vector<std::uint8_t>> readFileStart(const std::string& path, std::size_t maxBytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return makeError("cannot open " + quotePath(path) + ": " + systemErrorText(errno));
  const FdCloser closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return makeError("cannot read " + quotePath(path) + ": " + systemErrorText(errno));
  if (!S_ISREG(info.st_mode)) return makeError(quotePath(path) + " is not a regular file");
  const auto size = static_cast<std::uint64_t>(info.st_size);
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(std::min<std::uint64_t>(size, maxBytes)));
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return makeError("cannot read " + quotePath(path) + ": " + systemErrorText(errno));
    if (n == 0) break;  // the file shrank since fstat
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return bytes;
}

Status commitTemp(const std::string& temp, const std::string& destination) {
  // A FIFO or device that appeared while the output was written is not replaced.
  if (Status replaceable = checkReplaceable(destination); !replaceable) {
    removeQuietly(temp);
    return replaceable;
  }
  std::error_code ec;
  fs::rename(temp, destination, ec);
  if (!ec) return {};
  removeQuietly(temp);
  return makeError("cannot write " + quotePath(destination) + ": " + ec.message());
}

void removeQuietly(const std::string& path) {
  std::error_code ignored;
  fs::remove(path, ignored);
}

}  // namespace marionette::media_detail
