// The mesh rasteriser: coverage, interpolation, depth and facing, on
// triangles small enough to check by hand.
#include "core/render/mesh_raster.h"

#include <gtest/gtest.h>

#include <vector>

namespace marionette::render_detail {
namespace {

std::size_t at(const MeshRaster& r, int x, int y) { return r.entry(x, y).value(); }

TEST(MeshRaster, InterpolatesAttributesAcrossATriangle) {
  // Clockwise on screen with y down is a positive area: faces the camera.
  const std::vector<RasterVertex> vertices{{{0, 0, 1}, {0, 0, 0}}, {{10, 0, 1}, {10, 0, 1}}, {{0, 10, 1}, {0, 10, 1}}};
  const std::vector<std::array<int, 3>> triangles{{0, 1, 2}};
  const MeshRaster r = rasterise(vertices, triangles, 12, 12);
  EXPECT_EQ(r.x0, 0);
  EXPECT_EQ(r.width, 11) << "only the mesh's box is kept";
  ASSERT_TRUE(r.covered[at(r, 2, 3)]);
  EXPECT_FLOAT_EQ(r.attribute(0, at(r, 2, 3)), 2);
  EXPECT_FLOAT_EQ(r.attribute(1, at(r, 2, 3)), 3);
  EXPECT_FLOAT_EQ(r.attribute(2, at(r, 2, 3)), 0.5f);
  EXPECT_FALSE(r.covered[at(r, 8, 8)]) << "beyond the hypotenuse";
  EXPECT_FALSE(r.coveredAt(11, 0)) << "outside the box";
}

TEST(MeshRaster, TheNearerTriangleWinsWhicheverIsDrawnFirst) {
  const std::vector<RasterVertex> vertices{
      {{0, 0, 5}, {1, 0, 0}}, {{10, 0, 5}, {1, 0, 0}}, {{0, 10, 5}, {1, 0, 0}},   // far
      {{0, 0, 2}, {2, 0, 0}}, {{10, 0, 2}, {2, 0, 0}}, {{0, 10, 2}, {2, 0, 0}}};  // near
  for (const auto& order :
       {std::vector<std::array<int, 3>>{{0, 1, 2}, {3, 4, 5}}, std::vector<std::array<int, 3>>{{3, 4, 5}, {0, 1, 2}}}) {
    const MeshRaster r = rasterise(vertices, order, 10, 10);
    EXPECT_FLOAT_EQ(r.attribute(0, at(r, 2, 2)), 2);
  }
}

TEST(MeshRaster, ATriangleFacingAwayIsNotDrawn) {
  const std::vector<RasterVertex> vertices{{{0, 0, 1}, {}}, {{10, 0, 1}, {}}, {{0, 10, 1}, {}}};
  const std::vector<std::array<int, 3>> triangles{{0, 2, 1}};
  const MeshRaster r = rasterise(vertices, triangles, 12, 12);
  for (unsigned char c : r.covered) EXPECT_EQ(c, 0);
  EXPECT_FALSE(r.coveredAt(2, 2));
}

TEST(MeshRaster, TrianglesSharingAnEdgeLeaveNoCrack) {
  // A square split along a slanted diagonal at non-integer corners.
  const std::vector<RasterVertex> vertices{
      {{0.3, 0.2, 1}, {}}, {{19.6, 0.7, 1}, {}}, {{19.2, 19.8, 1}, {}}, {{0.4, 19.1, 1}, {}}};
  const std::vector<std::array<int, 3>> triangles{{0, 1, 2}, {0, 2, 3}};
  const MeshRaster r = rasterise(vertices, triangles, 20, 20);
  for (int y = 2; y < 18; ++y)
    for (int x = 2; x < 18; ++x) EXPECT_TRUE(r.coveredAt(x, y)) << x << "," << y;
}

TEST(MeshRaster, PartsOutsideTheRasterAreClipped) {
  const std::vector<RasterVertex> vertices{{{-50, -50, 1}, {}}, {{50, -50, 1}, {}}, {{-50, 50, 1}, {}}};
  const std::vector<std::array<int, 3>> triangles{{0, 1, 2}};
  const MeshRaster r = rasterise(vertices, triangles, 8, 8);
  EXPECT_EQ(r.width, 8) << "the kept box stops at the raster's edge";
  EXPECT_TRUE(r.covered[at(r, 0, 0)]);
  EXPECT_FALSE(r.covered[at(r, 7, 7)]) << "past the hypotenuse x + y = 0";
}

}  // namespace
}  // namespace marionette::render_detail
