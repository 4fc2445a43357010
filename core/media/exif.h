#pragma once

#include "core/media/image_format.h"

namespace marionette::media_detail {

// The EXIF orientation (1..8) stored in a JPEG APP1 segment, a TIFF's first
// directory, a WebP EXIF chunk or a PNG eXIf chunk; 1 when absent or invalid.
// OpenCV applies orientation only when it also converts the pixels, so the
// loader reads the tag itself to keep alpha and bit depth.
int readExifOrientation(ImageFormat format, Bytes data);

}  // namespace marionette::media_detail
