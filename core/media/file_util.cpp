#include "core/media/file_util.h"

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

}  // namespace

std::string quotePath(const std::string& path) { return "'" + path + "'"; }

std::string systemErrorText(int errorNumber) { return std::generic_category().message(errorNumber); }

Result<std::vector<std::uint8_t>> readWholeFile(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return makeError("cannot open " + quotePath(path) + ": " + systemErrorText(EISDIR));
  FilePtr file(std::fopen(path.c_str(), "rb"));
  if (!file) return makeError("cannot open " + quotePath(path) + ": " + systemErrorText(errno));
  std::vector<std::uint8_t> bytes;
  std::uint8_t chunk[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(chunk, 1, sizeof chunk, file.get())) > 0) bytes.insert(bytes.end(), chunk, chunk + got);
  if (std::ferror(file.get())) return makeError("cannot read " + quotePath(path) + ": " + systemErrorText(errno));
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
