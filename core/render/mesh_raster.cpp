#include "core/render/mesh_raster.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace marionette::render_detail {

MeshRaster rasterise(std::span<const RasterVertex> vertices, std::span<const std::array<int, 3>> triangles, int width,
                     int height) {
  MeshRaster raster;
  double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
  for (const RasterVertex& v : vertices) {
    left = std::min(left, v.position.x), right = std::max(right, v.position.x);
    top = std::min(top, v.position.y), bottom = std::max(bottom, v.position.y);
  }
  if (vertices.empty()) left = top = 0, right = bottom = -1;
  raster.x0 = std::clamp(int(std::ceil(left)), 0, std::max(0, width));
  raster.y0 = std::clamp(int(std::ceil(top)), 0, std::max(0, height));
  raster.width = std::max(0, std::min(width - 1, int(std::floor(right))) - raster.x0 + 1);
  raster.height = std::max(0, std::min(height - 1, int(std::floor(bottom))) - raster.y0 + 1);
  const int xEnd = raster.x0 + raster.width - 1, yEnd = raster.y0 + raster.height - 1;
  const std::size_t pixels = raster.pixels();
  raster.attributes.assign(pixels * kRasterAttributes, 0.0f);
  raster.covered.assign(pixels, 0);
  raster.depth.assign(pixels, std::numeric_limits<float>::infinity());
  std::vector<float>& depth = raster.depth;
  for (const auto& t : triangles) {
    const RasterVertex &a = vertices[std::size_t(t[0])], &b = vertices[std::size_t(t[1])],
                       &c = vertices[std::size_t(t[2])];
    const double ax = a.position.x, ay = a.position.y, bx = b.position.x, by = b.position.y, cx = c.position.x,
                 cy = c.position.y;
    const double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (!(area > 1e-12)) continue;
    const int x0 = std::max(raster.x0, int(std::ceil(std::min({ax, bx, cx}))));
    const int x1 = std::min(xEnd, int(std::floor(std::max({ax, bx, cx}))));
    const int y0 = std::max(raster.y0, int(std::ceil(std::min({ay, by, cy}))));
    const int y1 = std::min(yEnd, int(std::floor(std::max({ay, by, cy}))));
    const double inverseArea = 1 / area;
    for (int y = y0; y <= y1; ++y) {
      for (int x = x0; x <= x1; ++x) {
        // Barycentric weights from the edge functions; a pixel on a shared
        // edge belongs to both triangles and the depth test picks one.
        const double wa = ((bx - x) * (cy - y) - (by - y) * (cx - x)) * inverseArea;
        const double wb = ((cx - x) * (ay - y) - (cy - y) * (ax - x)) * inverseArea;
        const double wc = 1 - wa - wb;
        if (wa < -1e-9 || wb < -1e-9 || wc < -1e-9) continue;
        const double z = wa * a.position.z + wb * b.position.z + wc * c.position.z;
        const std::size_t i = std::size_t(y - raster.y0) * std::size_t(raster.width) + std::size_t(x - raster.x0);
        if (float(z) >= depth[i]) continue;
        depth[i] = float(z);
        raster.covered[i] = 1;
        for (std::size_t k = 0; k < kRasterAttributes; ++k)
          raster.attributes[k * pixels + i] = float(wa * a.attributes[k] + wb * b.attributes[k] + wc * c.attributes[k]);
      }
    }
  }
  return raster;
}

}  // namespace marionette::render_detail
