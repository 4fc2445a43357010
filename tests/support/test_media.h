#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace marionette::testing {

// Path of a file under ../shared/media, or "" when the shared media is absent.
inline std::string sharedMedia(const std::string& relative) {
  std::filesystem::path path = std::filesystem::path(MARIONETTE_SHARED_DIR) / "media" / relative;
  return std::filesystem::exists(path) ? path.string() : std::string();
}

inline std::string sourceFile(const std::string& relative) {
  return (std::filesystem::path(MARIONETTE_SOURCE_DIR) / relative).string();
}

// The public-domain portrait bundled with the repository.
inline std::string demoPortrait() { return sourceFile("resources/demo/portrait.jpg"); }

// A fresh directory under the system temp dir, removed when the guard dies.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "marionette-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace marionette::testing

// Skips the current test, naming the missing file, when shared media is absent.
#define MARIONETTE_REQUIRE_MEDIA(var, relative)                                       \
  const std::string var = ::marionette::testing::sharedMedia(relative);               \
  if (var.empty())                                                                    \
  GTEST_SKIP() << "shared media not found: " MARIONETTE_SHARED_DIR "/media/" relative \
               << " (place ../shared beside the checkout to run this test)"
