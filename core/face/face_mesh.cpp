#include "core/face/face_mesh.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "core/base/sha256.h"

namespace marionette {

namespace {

struct PinnedModelFile {
  const char* name;
  std::uintmax_t size;
  const char* sha256;
};

// As packaged in @vladmandic/human 3.3.6 (packaging/install-models.sh pins the same).
constexpr PinnedModelFile kPinnedFiles[] = {
    {"blazeface.json", 79038, "cd7bbfc078270572beb39f9e5ae67aadbd50b5e67cff37e6d4f6b3ea39312e5f"},
    {"blazeface.bin", 538928, "dc9a97fdc50bc43216554bdd69aa3e7b9361a519ee7bdd996a2f69a98a6f9b72"},
    {"facemesh.json", 95845, "b60ca26f404724f43bd2b1575761d8265180e1f053cc0731caa68462927309e7"},
    {"facemesh.bin", 1477958, "3826da640b0a3021161605369ee6af293f75d518040355b960ec71a3390c1c0b"},
    {"iris.json", 122025, "49038ac9dcc09aa05474d91d98e9db5b47af4830929bcf102ed5a56bfbabb465"},
    {"iris.bin", 2599092, "d7f296d184274213d4642681ae186112cbbec77fd2ab066257d3c56a1940bc71"},
};

constexpr const char* kHowToInstall = "install them with packaging/install-models.sh (or set MARIONETTE_MODEL_DIR)";

}  // namespace

std::string faceModelFolder() {
  if (const char* chosen = std::getenv("MARIONETTE_MODEL_DIR"); chosen && *chosen) return chosen;
  std::error_code error;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const auto installed = exe.parent_path().parent_path() / "share/marionette/models";
    if (std::filesystem::exists(installed / kPinnedFiles[0].name, error)) return installed.string();
  }
  return MARIONETTE_SOURCE_MODEL_DIR;
}

Status checkFaceModelFiles(const std::string& folder) {
  struct stat folderInfo {};
  if (::stat(folder.c_str(), &folderInfo) != 0) {
    return makeError("the face model folder '" + folder + "' does not exist: " + kHowToInstall);
  }
  if (!S_ISDIR(folderInfo.st_mode)) {
    return makeError("the face model folder '" + folder + "' is not a folder: " + kHowToInstall);
  }
  for (const PinnedModelFile& pinned : kPinnedFiles) {
    const std::string path = folder + "/" + pinned.name;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      return makeError("the face model '" + path + "' is missing: " + kHowToInstall);
    }
    if (!S_ISREG(info.st_mode)) {
      return makeError("the face model '" + path + "' is not a regular file: " + kHowToInstall);
    }
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size < pinned.size) {
      return makeError("the face model '" + path + "' is truncated (" + std::to_string(size) + " of " +
                       std::to_string(pinned.size) + " bytes): " + kHowToInstall);
    }
    if (size != pinned.size) {
      return makeError("the face model '" + path + "' is another version (" + std::to_string(size) + " bytes, not " +
                       std::to_string(pinned.size) + "): " + kHowToInstall);
    }
    auto digest = sha256OfFile(path);
    if (!digest) return makeError("the face model '" + path + "' cannot be read: " + kHowToInstall);
    if (*digest != pinned.sha256) {
      return makeError("the face model '" + path +
                       "' has changed (its SHA-256 is not the pinned one): " + kHowToInstall);
    }
  }
  return {};
}

}  // namespace marionette
