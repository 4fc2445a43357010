#pragma once

// The dense face: MediaPipe's 468-point mesh with depth, and each eye's iris,
// as found in one image (core/face finds it).

#include <array>
#include <cmath>

#include "core/base/geometry.h"

namespace marionette {

constexpr int kMeshPointCount = 468;
constexpr int kIrisPointCount = 5;  // centre, then four points on the iris edge

// A square region of an image turned by `rotation` (radians, clockwise on
// screen): what the mesh and iris networks look at.
struct RotatedSquare {
  Vec2 center;
  double size = 0;
  double rotation = 0;

  // Image position of a point given in the square's own unit coordinates
  // ((0,0) its top-left corner, (1,1) its bottom-right one, before turning).
  Vec2 toImage(Vec2 unit) const {
    const double u = (unit.x - 0.5) * size, v = (unit.y - 0.5) * size;
    const double c = std::cos(rotation), s = std::sin(rotation);
    return {center.x + c * u - s * v, center.y + s * u + c * v};
  }
};

struct FaceMesh {
  // Image pixels in x and y; z in the same pixel scale, smaller = nearer.
  std::array<Vec3, kMeshPointCount> points{};
  // The subject's right iris (image left in a frontal view), then the left.
  std::array<std::array<Vec3, kIrisPointCount>, 2> irises{};
  bool hasIrises = false;
  double confidence = 0;  // the mesh network's own face presence, 0..1
  RotatedSquare region;   // where the network looked
};

// Mesh indices by feature, shared by the tracker, the motion model and tests.
namespace mesh_index {
constexpr int kRightEyeOuter = 33, kRightEyeInner = 133, kLeftEyeOuter = 263, kLeftEyeInner = 362;
constexpr int kUpperLipInner = 13, kLowerLipInner = 14, kMouthRight = 61, kMouthLeft = 291;
constexpr int kNoseTip = 1, kChin = 152, kForehead = 10;
// Upper and lower lid midpoints of each eye (subject's right, left).
constexpr int kRightUpperLid = 159, kRightLowerLid = 145, kLeftUpperLid = 386, kLeftLowerLid = 374;
}  // namespace mesh_index

}  // namespace marionette
