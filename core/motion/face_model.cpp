#include "core/motion/face_model.h"

namespace marionette {

std::span<const int> rigidLandmarks() {
  static constexpr std::array<int, 19> kRigid{0, 1, 2, 14, 15, 16, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 39, 42, 45};
  return kRigid;
}

Vec3 posePoint(const Vec3& point, const HeadPose& pose, const ImageFrame& frame) {
  const Vec3 r = pose.rotation.toMatrix() * point;
  const Vec2 c = frame.centre();
  return {c.x + pose.scale * (r.x + pose.tx), c.y + pose.scale * (r.y + pose.ty), pose.scale * r.z};
}

Vec2 projectPoint(const Vec3& point, const HeadPose& pose, const ImageFrame& frame) {
  const Vec3 p = posePoint(point, pose, frame);
  return {p.x, p.y};
}

Landmarks decodeLandmarks(const FaceShape3D& identity, const ExpressionCode& expression, const HeadPose& pose,
                          const ImageFrame& frame) {
  Mat3 r = pose.rotation.toMatrix();
  Vec2 c = frame.centre();
  Landmarks out;
  for (int i = 0; i < kLandmarkCount; ++i) {
    Vec2 d = expression.displacement(i);
    Vec3 p = r * (identity[i] + Vec3{d.x, d.y, 0});
    out[i] = {c.x + pose.scale * (p.x + pose.tx), c.y + pose.scale * (p.y + pose.ty)};
  }
  return out;
}

}  // namespace marionette
