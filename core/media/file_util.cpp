#include "core/media/file_util.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <system_error>

#include "core/base/atomic_file.h"

namespace marionette::media_detail {

namespace fs = std::filesystem;

namespace {

constexpr int kTempNameAttempts = 64;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

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

Result<std::string> createTempBeside(const std::string& destination) {
  const fs::path target(destination);
  const fs::path directory = directoryOf(target);
  if (Status folder = checkOutputFolder(destination); !folder) return folder.error();
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
