// The mesh the renderer draws the face as: a closed surface apart from its
// outline, moved rigidly by pose and locally by expression.
#include "core/motion/mesh_motion.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <utility>

#include "core/base/landmarks.h"
#include "core/motion/canonical_mesh.h"

namespace marionette {
namespace {

// The canonical mesh seen with `pose` as the tracker reports a mesh: image
// pixels, depth in pixels from an arbitrary origin.
MeshPoints posedCanonical(const HeadPose& pose, const ImageFrame& frame, double depthOrigin) {
  MeshPoints points{};
  for (int v = 0; v < kMeshPointCount; ++v)
    points[std::size_t(v)] = posePoint(canonicalMesh()[std::size_t(v)], pose, frame) + Vec3{0, 0, depthOrigin};
  return points;
}

TEST(MeshSurface, IsOneSurfaceOpenOnlyAtTheOutlineAndFacingTheCameraFrontal) {
  const MeshSurface& surface = meshSurface();
  EXPECT_EQ(surface.triangles.size(), 898u);
  std::map<std::pair<int, int>, int> uses;
  for (const auto& t : surface.triangles)
    for (int k = 0; k < 3; ++k) {
      const int a = t[std::size_t(k)], b = t[std::size_t((k + 1) % 3)];
      ++uses[{std::min(a, b), std::max(a, b)}];
    }
  int open = 0;
  for (const auto& [edge, count] : uses) {
    EXPECT_LE(count, 2);
    open += count == 1;
  }
  EXPECT_EQ(open, 36) << "MediaPipe's face oval has 36 edges";
  // Frontal, the whole surface faces the camera.
  int facing = 0;
  for (const auto& t : surface.triangles) {
    auto at = [&](int i) { return Vec2{canonicalMesh()[std::size_t(i)].x, canonicalMesh()[std::size_t(i)].y}; };
    facing += facingArea(at(t[0]), at(t[1]), at(t[2])) > 0;
  }
  EXPECT_EQ(facing, int(surface.triangles.size()));
}

TEST(MeshSurface, InwardnessIsZeroOnTheOutlineAndOneInside) {
  const MeshSurface& surface = meshSurface();
  EXPECT_EQ(surface.inwardness[mesh_index::kForehead], 0);
  EXPECT_EQ(surface.inwardness[mesh_index::kChin], 0);
  EXPECT_EQ(surface.inwardness[mesh_index::kNoseTip], 1);
  EXPECT_EQ(surface.inwardness[mesh_index::kUpperLipInner], 1);
}

TEST(MoveMesh, APoseChangeTurnsTheMeshRigidly) {
  const ImageFrame frame{640, 480};
  const HeadPose from = HeadPose::fromEuler({-8, 4, 3}, 0.1, -0.2, 120);
  const HeadPose to = HeadPose::fromEuler({30, -15, -6}, -0.2, 0.1, 135);
  Motion source, target;
  source.pose = from;
  target.pose = to;
  const MeshPoints moved = moveMesh(posedCanonical(from, frame, 500), source, target, frame);
  const MeshPoints expected = posedCanonical(to, frame, 0);
  for (int v = 0; v < kMeshPointCount; ++v) {
    EXPECT_NEAR(moved[std::size_t(v)].x, expected[std::size_t(v)].x, 1e-6) << v;
    EXPECT_NEAR(moved[std::size_t(v)].y, expected[std::size_t(v)].y, 1e-6) << v;
    EXPECT_NEAR(moved[std::size_t(v)].z, expected[std::size_t(v)].z, 1e-6) << "depth origin found again, " << v;
  }
}

TEST(MoveMesh, AnExpressionMovesItsPointsAndLeavesTheRestOfTheFace) {
  const ImageFrame frame{512, 512};
  Motion source, target;
  source.pose = HeadPose::fromEuler({0, 0, 0}, 0, 0, 100);
  target = source;
  // Jaw open: the chin and lower inner lip go down by 0.2 face units.
  for (int landmark : {7, 8, 9, 65, 66, 67, 55, 56, 57, 58, 59}) target.expression.setDisplacement(landmark, {0, 0.2});
  const MeshPoints before = posedCanonical(source.pose, frame, 0);
  const MeshPoints after = moveMesh(before, source, target, frame);
  auto drop = [&](int v) { return after[std::size_t(v)].y - before[std::size_t(v)].y; };
  const auto& indices = meshIndicesFor68();
  EXPECT_NEAR(drop(indices[8]), 20, 0.1) << "the chin follows its landmark";
  EXPECT_NEAR(drop(mesh_index::kLowerLipInner), 20, 0.1);
  EXPECT_LT(std::abs(drop(mesh_index::kUpperLipInner)), 2) << "the upper lip stays: the lips part";
  EXPECT_LT(std::abs(drop(mesh_index::kForehead)), 2);
  EXPECT_LT(std::abs(drop(mesh_index::kRightUpperLid)), 2);
}

// The inner lip opens without bulging between the 68 points' nodes: each
// vertex between two nodes moves within the range of the two nodes' moves
// (the spline alone pushed some past both and drew a W-shaped lower lip).
TEST(MoveMesh, TheInnerLipOpensWithoutBulgingBetweenItsNodes) {
  const ImageFrame frame{512, 512};
  Motion source, target;
  source.pose = HeadPose::fromEuler({0, 0, 0}, 0, 0, 100);
  target = source;
  // A wide, uneven opening: the lower lip's middle drops most, its sides less.
  target.expression.setDisplacement(66, {0, 0.35});
  target.expression.setDisplacement(65, {0.03, 0.2});
  target.expression.setDisplacement(67, {-0.03, 0.2});
  for (int landmark : {7, 8, 9, 55, 56, 57, 58, 59}) target.expression.setDisplacement(landmark, {0, 0.3});
  const MeshPoints before = posedCanonical(source.pose, frame, 0);
  const MeshPoints after = moveMesh(before, source, target, frame);
  auto move = [&](int v) {
    return Vec2{after[std::size_t(v)].x - before[std::size_t(v)].x, after[std::size_t(v)].y - before[std::size_t(v)].y};
  };
  const auto& ring = meshInnerLipRing();
  const auto& indices = meshIndicesFor68();
  auto isNode = [&](int v) { return std::find(indices.begin() + 60, indices.end(), v) != indices.end(); };
  int between = 0;
  for (int start = 0; start < kInnerLipRingSize; ++start) {
    if (!isNode(ring[std::size_t(start)])) continue;
    int end = start + 1;
    while (!isNode(ring[std::size_t(end % kInnerLipRingSize)])) ++end;
    const Vec2 a = move(ring[std::size_t(start)]), b = move(ring[std::size_t(end % kInnerLipRingSize)]);
    for (int i = start + 1; i < end; ++i, ++between) {
      const Vec2 m = move(ring[std::size_t(i % kInnerLipRingSize)]);
      EXPECT_GE(m.y, std::min(a.y, b.y) - 0.05) << "vertex " << ring[std::size_t(i % kInnerLipRingSize)];
      EXPECT_LE(m.y, std::max(a.y, b.y) + 0.05) << "vertex " << ring[std::size_t(i % kInnerLipRingSize)];
    }
  }
  EXPECT_EQ(between, kInnerLipRingSize - 8) << "every vertex between two nodes was checked";
}

}  // namespace
}  // namespace marionette
