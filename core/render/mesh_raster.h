#pragma once

// Draws a triangle mesh with a depth test into per-pixel attributes: the
// mesh part of the renderer's backward map (where each output pixel takes
// its colour from). Plain C++: a few hundred small triangles cost less on
// the CPU than building tensors for them.

#include <array>
#include <optional>
#include <span>
#include <vector>

#include "core/base/geometry.h"

namespace marionette::render_detail {

constexpr int kRasterAttributes = 3;

struct RasterVertex {
  Vec3 position;  // x, y in raster pixels (pixel centres at integers), z depth (smaller is nearer)
  std::array<float, kRasterAttributes> attributes;  // interpolated across the triangle
};

// What was drawn, kept only over the mesh's bounding box within the raster
// (a face is a small part of its render window): pixel (x, y) of the raster
// is entry (y - y0) * width + (x - x0) here.
struct MeshRaster {
  int x0 = 0, y0 = 0, width = 0, height = 0;
  // The nearest triangle's interpolated attributes, one plane per attribute,
  // its depth per pixel, and whether any triangle covered the pixel.
  std::vector<float> attributes;
  std::vector<float> depth;  // infinity where nothing was drawn
  std::vector<unsigned char> covered;

  std::size_t pixels() const { return std::size_t(width) * std::size_t(height); }
  // The entry of raster pixel (x, y), or nothing outside the kept box.
  std::optional<std::size_t> entry(int x, int y) const {
    if (x < x0 || y < y0 || x >= x0 + width || y >= y0 + height) return std::nullopt;
    return std::size_t(y - y0) * std::size_t(width) + std::size_t(x - x0);
  }
  bool coveredAt(int x, int y) const {
    const auto i = entry(x, y);
    return i && covered[*i];
  }
  float attribute(int k, std::size_t entry) const { return attributes[std::size_t(k) * pixels() + entry]; }
};

// Draws into a raster of `width` × `height` pixels. Triangles whose image
// area is not positive face away and are skipped.
MeshRaster rasterise(std::span<const RasterVertex> vertices, std::span<const std::array<int, 3>> triangles, int width,
                     int height);

}  // namespace marionette::render_detail
