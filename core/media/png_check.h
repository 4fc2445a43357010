#pragma once

// Checking a PNG ourselves before OpenCV hands it to libpng. libpng reports
// damage by printing "libpng error: …" or "libpng warning: …" on stderr
// (OpenCV installs no handler of its own), so a file it would complain about
// must never reach it: our one-line message is the only thing the user sees.

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/media/image_format.h"

namespace marionette::media_detail {

// Walks the chunks (lengths, names, CRCs, order), checks the IHDR fields and
// inflates the image data once (64 KiB at a time, nothing kept) to check that
// it is intact, holds exactly the rows the header promises and that every
// row starts with a valid filter type. Returns the PNG rebuilt from the
// chunks the decoder needs (IHDR, PLTE, a well-formed tRNS, IDAT, IEND), so
// ancillary chunks libpng would warn about (a wrong sRGB profile, a bad text
// keyword) never reach it; colour and transparency are unchanged, since
// OpenCV applies no gamma or colour profile. The error is worded to follow
// "'x' is truncated or corrupt: ".
Result<std::vector<std::uint8_t>> checkedPngForDecoding(Bytes png);

}  // namespace marionette::media_detail
