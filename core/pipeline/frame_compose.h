#pragma once

#include <cstdint>
#include <vector>

#include "core/base/image.h"
#include "core/base/landmarks.h"

namespace marionette {

// Small pixel operations the export needs around the renderer: fitting the
// driver into a panel, placing panels side by side, and flattening
// transparency, in plain C++ so the pipeline stays free of image libraries.

// The `region` of `image` (in its pixels; may reach past the edges, which
// repeat) resampled to width x height. Shrinking averages several taps per
// pixel so a large driver does not alias in a small panel.
Image resampleRegion(const Image& image, const Rect& region, int width, int height);

// `image` scaled to fit inside width x height, centred on black bars.
Image letterbox(const Image& image, int width, int height);

// Panels of equal height, left to right.
Image placeSideBySide(const std::vector<const Image*>& panels);

// Colour composited over a plain background wherever alpha is below 255;
// the result has no alpha.
Image flattenAlpha(const Image& image, std::uint8_t background);

}  // namespace marionette
