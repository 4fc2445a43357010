#include "core/timeline/media_hash.h"

#include <bit>
#include <cstring>
#include <fstream>

#include "core/base/file_check.h"

namespace marionette::timeline {

namespace {

constexpr std::uint64_t kBlockBytes = 64 * 1024;
constexpr std::uint64_t kBlockCount = 16;
constexpr std::uint64_t kMultiplier = 0xff51afd7ed558ccdULL;

std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= kMultiplier;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

}  // namespace

std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed) {
  static_assert(std::endian::native == std::endian::little, "hashes and caches assume a little-endian machine");
  std::uint64_t h = mix(seed ^ 0x9e3779b97f4a7c15ULL ^ bytes.size());
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    h = std::rotl(h ^ (word * kMultiplier), 29) * 0x9e3779b97f4a7c15ULL;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  return mix(h ^ tail);
}

Result<std::uint64_t> mediaFingerprint(const std::string& path) {
  const Result<std::uint64_t> regular = checkRegularFile(path);
  if (!regular) return regular.error();
  const std::uint64_t size = *regular;
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("cannot read '" + path + "'");
  std::string bytes;
  if (size <= kBlockBytes * kBlockCount) {
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
  } else {
    // Evenly spread blocks, the first at the start and the last at the end.
    bytes.resize(kBlockBytes * kBlockCount);
    for (std::uint64_t b = 0; b < kBlockCount; ++b) {
      const std::uint64_t offset = (size - kBlockBytes) * b / (kBlockCount - 1);
      in.seekg(static_cast<std::streamoff>(offset));
      in.read(bytes.data() + b * kBlockBytes, static_cast<std::streamsize>(kBlockBytes));
    }
  }
  if (!in) return makeError("cannot read '" + path + "'");
  return hashBytes(bytes, size);
}

std::string hashToHex(std::uint64_t hash) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

bool hexToHash(std::string_view text, std::uint64_t& hash) {
  if (text.size() != 16) return false;
  std::uint64_t value = 0;
  for (char c : text) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return false;
    value = value << 4 | static_cast<std::uint64_t>(digit);
  }
  hash = value;
  return true;
}

}  // namespace marionette::timeline
