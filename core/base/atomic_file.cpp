#include "core/base/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/base/partial_file.h"

namespace marionette {

namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// What a path that is neither a regular file nor a folder is, for messages.
std::string kindOf(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "a named pipe (FIFO)";
    case fs::file_type::character:
      return "a character device";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::socket:
      return "a socket";
    default:
      return "a special file";
  }
}

}  // namespace

Status writeFileAtomically(const std::string& path, const std::string& content) {
  auto partial = createPartial(path, PartialKind::File);
  if (!partial) return partial.error();
  const fs::path temp(*partial);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      const int error = errno;
      std::error_code ignored;
      fs::remove(temp, ignored);
      return makeError("cannot write '" + path + "': " + std::strerror(error ? error : EIO));
    }
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      int error = errno;
      out.close();
      std::error_code ignored;
      fs::remove(temp, ignored);
      return makeError("cannot write '" + path + "': " + std::strerror(error ? error : EIO));
    }
  }
  std::error_code ec;
  if (Status replaceable = checkReplaceable(path); !replaceable) {
    fs::remove(temp, ec);
    return replaceable;
  }
  fs::rename(temp, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return makeError("cannot write '" + path + "': " + ec.message());
  }
  return {};
}

Status checkOutputPath(const std::string& path, bool overwrite, const std::vector<std::string>& inputs) {
  if (path.empty()) return makeError("no output path given");
  fs::path target(path);
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (fs::exists(target, ec) && fs::exists(input, ec) && fs::equivalent(target, input, ec))
      return makeError("refusing to write '" + path + "': it is one of the inputs");
  }
  if (Status folder = checkOutputFolder(path); !folder) return folder;
  if (fs::is_directory(target, ec)) return makeError("cannot write '" + path + "': it is a directory");
  if (Status replaceable = checkReplaceable(path); !replaceable) return replaceable;
  if (fs::exists(target, ec) && !overwrite)
    return makeError("'" + path + "' already exists; pass --force to overwrite it");
  return {};
}

Status checkOutputFolder(const std::string& path) {
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (fs::is_directory(folder, ec)) return {};
  // The nearest ancestor that exists says why: a file in the way, or nothing.
  for (fs::path ancestor = folder; !ancestor.empty(); ancestor = ancestor.parent_path()) {
    const fs::file_status status = fs::status(ancestor, ec);
    if (fs::exists(status))
      return fs::is_directory(status)
                 ? makeError("cannot write '" + path + "': folder " + quoted(folder) + " does not exist")
                 : makeError("cannot write '" + path + "': " + quoted(ancestor) + " is a file, not a folder");
    if (ancestor == ancestor.parent_path()) break;
  }
  return makeError("cannot write '" + path + "': folder " + quoted(folder) + " does not exist");
}

Status checkReplaceable(const std::string& path) {
  std::error_code ec;
  const fs::file_status link = fs::symlink_status(path, ec);
  if (!fs::exists(link)) return {};
  const fs::file_status status = fs::status(path, ec);  // what a link points at
  if (!fs::exists(status) || fs::is_regular_file(status) || fs::is_directory(status)) return {};
  const std::string what = fs::is_symlink(link) ? "a link to " + kindOf(status.type()) : kindOf(status.type());
  return makeError("refusing to replace '" + path + "': it is " + what +
                   ", not a regular file (even with --force); choose another output");
}

}  // namespace marionette
