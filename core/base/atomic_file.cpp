#include "core/base/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/base/partial_file.h"

namespace marionette {

namespace fs = std::filesystem;

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
  if (fs::is_directory(target, ec)) return makeError("cannot write '" + path + "': it is a directory");
  if (fs::exists(target, ec) && !overwrite)
    return makeError("'" + path + "' already exists; pass --force to overwrite it");
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec))
    return makeError("cannot write '" + path + "': folder '" + dir.string() + "' does not exist");
  return {};
}

}  // namespace marionette
