#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace marionette {

// SHA-256 (FIPS 180-4), for checking installed model files against the
// checksums they were pinned with.
class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t size);
  // Lower-case hex digest; the object is spent afterwards.
  std::string hexDigest();

 private:
  void compress(const std::uint8_t* block);
  std::uint32_t state_[8];
  std::uint8_t buffer_[64];
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256Hex(std::string_view bytes);
Result<std::string> sha256OfFile(const std::string& path);

}  // namespace marionette
