#pragma once

#include <array>
#include <span>

#include "core/base/geometry.h"
#include "core/base/landmarks.h"
#include "core/motion/expression_code.h"
#include "core/motion/head_pose.h"

namespace marionette {

using FaceShape3D = std::array<Vec3, kLandmarkCount>;

// Where image coordinates put the face-model origin: pose translation is
// measured from the image centre.
struct ImageFrame {
  int width = 0, height = 0;
  Vec2 centre() const { return {width / 2.0, height / 2.0}; }
};

// Landmarks that move with the skull, not with expression: upper jaw contour
// near the ears, the nose and the eye corners. Pose is fitted on these alone so
// that opening the mouth or raising the brows does not tilt or scale the head.
std::span<const int> rigidLandmarks();

// Poses one model point (already deformed) into the image: x, y in image
// pixels and z a depth in pixels (smaller is nearer), as the mesh tracker
// reports points.
Vec3 posePoint(const Vec3& point, const HeadPose& pose, const ImageFrame& frame);
// The same, image position only.
Vec2 projectPoint(const Vec3& point, const HeadPose& pose, const ImageFrame& frame);

// identity shape + expression + pose -> the 2D landmarks the renderer deforms
// the portrait towards. The expression displaces each point within the face's
// own plane before the head is posed.
Landmarks decodeLandmarks(const FaceShape3D& identity, const ExpressionCode& expression, const HeadPose& pose,
                          const ImageFrame& frame);

}  // namespace marionette
