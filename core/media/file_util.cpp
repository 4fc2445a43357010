#include "core/media/file_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <system_error>

namespace marionette::media_detail {

namespace fs = std::filesystem;

namespace {

constexpr int kTempNameAttempts = 64;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

struct FdCloser {
  int fd;
  ~FdCloser() { ::close(fd); }
};

std::string randomSuffix() {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device seed;
  std::mt19937 engine(seed());
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string suffix(6, 'x');
  for (char& c : suffix) c = kAlphabet[pick(engine)];
  return suffix;
}

fs::path directoryOf(const fs::path& path) {
  fs::path parent = path.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

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

Result<std::string> createTempBeside(const std::string& destination) {
  const fs::path target(destination);
  const fs::path directory = directoryOf(target);
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    return makeError("cannot write " + quotePath(destination) + ": the directory " + quotePath(directory.string()) +
                     " does not exist");
  }
  const std::string stem = target.stem().string();
  const std::string extension = target.extension().string();
  for (int attempt = 0; attempt < kTempNameAttempts; ++attempt) {
    fs::path temp = directory / ("." + stem + ".partial-" + randomSuffix() + extension);
    // "x" makes creation exclusive, so two writers can never share a temp file.
    FilePtr file(std::fopen(temp.c_str(), "wbx"));
    if (file) return temp.string();
    if (errno != EEXIST) return makeError("cannot write " + quotePath(destination) + ": " + systemErrorText(errno));
  }
  return makeError("cannot write " + quotePath(destination) + ": no free temporary file name in " +
                   quotePath(directory.string()));
}

Status commitTemp(const std::string& temp, const std::string& destination) {
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
