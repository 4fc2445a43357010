#include "tests/core/media/media_fixtures.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace marionette::testing {

bool runFfmpeg(const std::string& arguments) {
  const std::string command = "ffmpeg -nostdin -hide_banner -v error -y " + arguments;
  return std::system(command.c_str()) == 0;
}

std::vector<std::uint8_t> readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

void writeText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

void copyPrefix(const std::string& source, const std::string& destination, double fraction) {
  std::vector<std::uint8_t> bytes = readBytes(source);
  bytes.resize(static_cast<std::size_t>(static_cast<double>(bytes.size()) * fraction));
  writeBytes(destination, bytes);
}

std::uint64_t fingerprint(const Image& image) {
  std::uint64_t hash = 14695981039346656037ull;
  for (std::uint8_t byte : image.pixels) hash = (hash ^ byte) * 1099511628211ull;
  return hash;
}

std::vector<std::string> listDirectory(const std::string& directory) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace marionette::testing
