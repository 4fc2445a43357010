#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace marionette::timeline {

// A 64-bit fingerprint of a media file's content: its size and up to 16
// evenly spread 64 KiB blocks (the whole file when smaller than 1 MiB). Reads
// at most 1 MiB however long the video is, so opening a project stays fast,
// yet any re-encode, trim or replacement changes it. Fails for anything that
// is not a readable regular file (a FIFO or device could block or never end).
Result<std::uint64_t> mediaFingerprint(const std::string& path);

// A fast 64-bit hash of bytes (8 at a time, multiply-xorshift mixing):
// checksums of the motion cache.
std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed = 0);

// "0123456789abcdef": how hashes appear in files.
std::string hashToHex(std::uint64_t hash);
bool hexToHash(std::string_view text, std::uint64_t& hash);

}  // namespace marionette::timeline
