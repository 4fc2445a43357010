#pragma once

// File-system helpers shared by the image and video writers and readers.

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace marionette::media_detail {

// How every message names a file: the path as the user gave it, in quotes.
std::string quotePath(const std::string& path);

// Text for an errno value, e.g. "Permission denied".
std::string systemErrorText(int errorNumber);

// At most `maxBytes` from the start of `path`, which checkRegularFile() has
// found to be a regular file. It is opened non-blocking and checked again
// with fstat, so a path swapped for a named pipe or a device in between is
// refused instead of blocking or streaming forever.
Result<std::vector<std::uint8_t>> readFileStart(const std::string& path, std::size_t maxBytes);

// Renames `temp` over `destination`; removes `temp` if that fails or if
// `destination` has become a FIFO, device or socket (see checkReplaceable).
Status commitTemp(const std::string& temp, const std::string& destination);

void removeQuietly(const std::string& path);

}  // namespace marionette::media_detail
