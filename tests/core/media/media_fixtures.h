#pragma once

// Helpers shared by the media tests: generating small clips with the ffmpeg
// CLI and poking at files byte by byte.

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/image.h"

namespace marionette::testing {

// Runs `ffmpeg -nostdin -v error -y <arguments>`; true when it exited with 0.
bool runFfmpeg(const std::string& arguments);

std::vector<std::uint8_t> readBytes(const std::string& path);
void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes);
void writeText(const std::string& path, const std::string& text);

// Copies the first `fraction` of `source`'s bytes to `destination`.
void copyPrefix(const std::string& source, const std::string& destination, double fraction);

// A cheap fingerprint of an image's pixels (FNV-1a), for comparing frames
// without keeping them.
std::uint64_t fingerprint(const Image& image);

// For every audio packet of `copy` whose bytes occur exactly once in
// `source`: how much later in `source` it starts (seconds after each file's
// first video frame). Copied packets keep their bytes, so this shows where
// each stretch of a copy's sound came from; silent stretches repeat identical
// packets and are left out.
std::vector<double> audioOffsetsFromSource(const std::string& copy, const std::string& source);

// Names of the files in `directory`, sorted.
std::vector<std::string> listDirectory(const std::string& directory);

}  // namespace marionette::testing
