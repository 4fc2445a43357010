#pragma once

// Draws a triangle mesh with a depth test into per-pixel attributes: the
// mesh part of the renderer's backward map (where each output pixel takes
// its colour from). Plain C++: a few hundred small triangles cost less on
// the CPU than building tensors for them.

#include <array>
#include <span>
#include <vector>

#include "core/base/geometry.h"

namespace marionette::render_detail {

constexpr int kRasterAttributes = 3;

struct RasterVertex {
  Vec3 position;  // x, y in raster pixels (pixel centres at integers), z depth (smaller is nearer)
  std::array<float, kRasterAttributes> attributes;  // interpolated across the triangle
};

struct MeshRaster {
  int width = 0, height = 0;
  // The nearest triangle's interpolated attributes, one plane per attribute
  // (pixel (x, y) of attribute k at [k * width * height + y * width + x]),
  // its depth per pixel, and whether any triangle covered the pixel.
  std::vector<float> attributes;
  std::vector<float> depth;  // infinity where nothing was drawn
  std::vector<unsigned char> covered;

  float attribute(int k, std::size_t pixel) const {
    return attributes[std::size_t(k) * std::size_t(width) * std::size_t(height) + pixel];
  }
};

// Triangles whose image area is not positive face away and are skipped.
MeshRaster rasterise(std::span<const RasterVertex> vertices, std::span<const std::array<int, 3>> triangles, int width,
                     int height);

}  // namespace marionette::render_detail
