#include "core/motion/head_pose.h"

#include <algorithm>
#include <cmath>

namespace marionette {

// R = Ry(-yaw) * Rx(-pitch) * Rz(roll) in the image-aligned face frame (y down,
// z away from the camera); the signs make positive angles match EulerAngles.
Quaternion HeadPose::rotationFromEuler(const EulerAngles& angles) {
  Quaternion qy = Quaternion::fromAxisAngle({0, 1, 0}, -radians(angles.yaw));
  Quaternion qx = Quaternion::fromAxisAngle({1, 0, 0}, -radians(angles.pitch));
  Quaternion qz = Quaternion::fromAxisAngle({0, 0, 1}, radians(angles.roll));
  return (qy * qx * qz).normalized();
}

EulerAngles HeadPose::euler() const {
  Mat3 r = rotation.toMatrix();
  double b = std::asin(std::clamp(-r(1, 2), -1.0, 1.0));
  double a = std::atan2(r(0, 2), r(2, 2));
  double c = std::atan2(r(1, 0), r(1, 1));
  return {-degrees(a), -degrees(b), degrees(c)};
}

HeadPose HeadPose::fromEuler(const EulerAngles& angles, double tx, double ty, double scale) {
  return HeadPose{rotationFromEuler(angles), tx, ty, scale};
}

EulerAngles relativeRotation(const Quaternion& rotation, const Quaternion& reference) {
  HeadPose turn;
  turn.rotation = (rotation * reference.conjugate()).normalized();
  return turn.euler();
}

}  // namespace marionette
