#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/geometry.h"
#include "core/base/image.h"
#include "core/base/landmarks.h"

namespace marionette {

struct Colour {
  std::uint8_t r = 255, g = 255, b = 255;
};

// Anti-aliased primitives for overlays (landmarks, pose axes, face boxes).
// Coordinates are in pixels with sub-pixel precision; RGB and gray images are
// drawn on, alpha is left alone. drawText places the top-left corner of the
// text at `at`, with capital letters about `height` pixels tall.
void drawPoint(Image& image, Vec2 at, double radius, Colour colour);
void drawLine(Image& image, Vec2 from, Vec2 to, double thickness, Colour colour);
void drawRect(Image& image, const Rect& rect, double thickness, Colour colour);
void drawText(Image& image, Vec2 at, const std::string& text, double height, Colour colour);

}  // namespace marionette
