#pragma once

// JPEG decoding with libjpeg directly rather than through OpenCV: OpenCV lets
// libjpeg print its warnings ("Corrupt JPEG data: …") on stderr. Here they
// are caught and come back as text, and errors as one line.

#include <cstdint>
#include <functional>
#include <string>

#include "core/base/result.h"
#include "core/media/image_format.h"

namespace marionette::media_detail {

// Where decoded pixels go: rows of width * channels bytes, `channels` 1
// (grey) or 3 (BGR, as OpenCV's decoder gives). Lets the caller decode
// straight into its own image.
using JpegPixelBuffer = std::function<std::uint8_t*(int width, int height, int channels)>;

// Decodes the way OpenCV's JPEG reader does with IMREAD_UNCHANGED (the same
// libjpeg, the same defaults): grey stays grey, colour becomes BGR, CMYK is
// turned into BGR with OpenCV's formula. Returns libjpeg's first complaint
// about damaged data that it decoded anyway ("Corrupt JPEG data: …"), or "".
// The error is worded to follow "'x' is truncated or corrupt: ".
Result<std::string> decodeJpeg(Bytes data, const JpegPixelBuffer& buffer);

}  // namespace marionette::media_detail
