#include "core/base/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

namespace marionette {

namespace fs = std::filesystem;

Status writeFileAtomically(const std::string& path, const std::string& content) {
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::random_device entropy;
  // Built with append rather than operator+ because g++ 12 -O3 reports a false -Wrestrict on the latter.
  std::string tempName(".");
  tempName.append(target.filename().string()).append(".partial-").append(std::to_string(entropy() % 1000000));
  fs::path temp = dir / tempName;
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return makeError("cannot write '" + path + "': " + std::strerror(errno));
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
  fs::rename(temp, target, ec);
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
