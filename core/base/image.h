#pragma once

#include <cstdint>
#include <vector>

namespace marionette {

// An 8-bit interleaved image owned by value. `channels` is 1 (gray) or 3
// (RGB). Transparency, when the source had any, is kept beside the colour as
// a separate one-channel mask so the colour data stays uniform.
struct Image {
  int width = 0;
  int height = 0;
  int channels = 0;
  std::vector<std::uint8_t> pixels;  // row-major, width * channels bytes per row
  std::vector<std::uint8_t> alpha;   // empty, or width * height coverage values

  bool empty() const { return width <= 0 || height <= 0 || pixels.empty(); }
  std::size_t stride() const { return static_cast<std::size_t>(width) * channels; }
  std::uint8_t* row(int y) { return pixels.data() + y * stride(); }
  const std::uint8_t* row(int y) const { return pixels.data() + y * stride(); }

  static Image make(int width, int height, int channels) {
    Image image;
    image.width = width;
    image.height = height;
    image.channels = channels;
    image.pixels.assign(static_cast<std::size_t>(width) * height * channels, 0);
    return image;
  }
};

}  // namespace marionette
