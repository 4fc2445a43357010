#pragma once

#include <string>
#include <vector>

#include "core/base/image.h"
#include "core/base/result.h"

namespace marionette {

struct ImageLoadOptions {
  // Larger images are downscaled (keeping aspect) so that neither side
  // exceeds this; the loader adds a note saying so.
  int maxDimension = 4096;
};

struct LoadedImage {
  Image image;            // RGB (3 channels); alpha in image.alpha if the file had any
  std::string format;     // detected from content: "jpeg", "png", "webp", "bmp", "tiff"
  int originalWidth = 0;  // before orientation and downscaling
  int originalHeight = 0;
  int exifOrientation = 1;         // 1..8 as stored in the file; already applied to `image`
  std::vector<std::string> notes;  // e.g. "downscaled from 8000x8000 to 4096x4096"
};

// Recognises the format by its bytes, not its extension.
Result<LoadedImage> loadImage(const std::string& path, const ImageLoadOptions& options = {});

// Writes PNG or JPEG chosen by the extension, through a temporary file that is
// renamed over the destination only once complete.
Status saveImage(const Image& image, const std::string& path);

}  // namespace marionette
