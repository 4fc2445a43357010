#include "core/base/file_check.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <system_error>

namespace marionette {

namespace fs = std::filesystem;

namespace {

struct Stat {
  FileKind kind;
  std::error_code error;  // set when the path could not be examined (kind Inaccessible)
};

Stat statPath(const std::string& path) {
  if (path.empty()) return {FileKind::Missing, {}};
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  switch (status.type()) {
    case fs::file_type::regular:
      return {FileKind::Regular, {}};
    case fs::file_type::directory:
      return {FileKind::Folder, {}};
    case fs::file_type::fifo:
      return {FileKind::NamedPipe, {}};
    case fs::file_type::character:
    case fs::file_type::block:
      return {FileKind::Device, {}};
    case fs::file_type::socket:
      return {FileKind::Socket, {}};
    case fs::file_type::not_found:
      return {FileKind::Missing, {}};
    case fs::file_type::none:
      // status() could not look: permission denied on a folder on the way, a
      // loop of links, a name too long …
      return {FileKind::Inaccessible, ec ? ec : std::make_error_code(std::errc::io_error)};
    default:
      return {FileKind::Other, {}};
  }
}

std::string quoted(const std::string& path) { return "'" + path + "'"; }

}  // namespace

FileKind fileKindOf(const std::string& path) { return statPath(path).kind; }

std::string fileKindText(FileKind kind) {
  switch (kind) {
    case FileKind::Regular:
      return "a file";
    case FileKind::Missing:
      return "missing";
    case FileKind::Folder:
      return "a folder";
    case FileKind::NamedPipe:
      return "a named pipe (FIFO)";
    case FileKind::Device:
      return "a device";
    case FileKind::Socket:
      return "a socket";
    case FileKind::Inaccessible:
      return "not accessible";
    case FileKind::Other:
      break;
  }
  return "not a regular file";
}

Result<std::uint64_t> checkRegularFile(const std::string& path, const std::string& what) {
  const Stat stat = statPath(path);
  switch (stat.kind) {
    case FileKind::Regular:
      break;
    case FileKind::Missing:
      return makeError("cannot open " + quoted(path) + ": " + std::generic_category().message(ENOENT));
    case FileKind::Inaccessible:
      return makeError("cannot open " + quoted(path) + ": " + stat.error.message());
    case FileKind::Other:
      return makeError(quoted(path) + " is not a regular file (expected " + what + ")");
    default:
      return makeError(quoted(path) + " is " + fileKindText(stat.kind) + ", not " + what);
  }
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return makeError("cannot open " + quoted(path) + ": " + ec.message());
  return static_cast<std::uint64_t>(size);
}

std::string byteSizeText(std::uint64_t bytes) {
  static constexpr const char* kUnits[] = {"bytes", "kB", "MB", "GB", "TB"};
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024 && unit + 1 < static_cast<int>(std::size(kUnits))) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  const bool whole = value == static_cast<double>(static_cast<std::uint64_t>(value));
  std::snprintf(text, sizeof text, whole ? "%.0f %s" : "%.1f %s", value, kUnits[unit]);
  return text;
}

}  // namespace marionette
