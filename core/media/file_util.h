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

// The whole file, or "cannot open 'x': No such file or directory".
Result<std::vector<std::uint8_t>> readWholeFile(const std::string& path);

// Renames `temp` over `destination`; removes `temp` if that fails or if
// `destination` has become a FIFO, device or socket (see checkReplaceable).
Status commitTemp(const std::string& temp, const std::string& destination);

void removeQuietly(const std::string& path);

}  // namespace marionette::media_detail
