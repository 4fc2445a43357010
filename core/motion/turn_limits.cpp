#include "core/motion/turn_limits.h"

#include <algorithm>
#include <cmath>

namespace marionette {

double softLimitAngle(double angle, double knee, double most) {
  const double size = std::abs(angle);
  if (size <= knee) return angle;
  const double room = most - knee;
  if (room <= 0) return std::copysign(knee, angle);  // no room left: a hard stop at the knee
  return std::copysign(knee + room * std::tanh((size - knee) / room), angle);
}

namespace {

// Where the limits stand for a frontal portrait, how fast they shrink per
// degree the portrait is turned from frontal (yaw and pitch together), and
// how small they may get; the knee sits at a fixed share of the limit. Read
// off keyed sweeps of the shared portraits (README "Keyed turns").
struct LimitShape {
  double frontalYawMost, frontalPitchMost;
  double yawShrink, pitchShrink;
  double smallestYawMost, smallestPitchMost;
  double kneeShare;
};
constexpr LimitShape kSurfaceLimits{44, 34, 1.1, 0.75, 6, 8, 0.8};
constexpr LimitShape kWarpLimits{20, 26, 0.55, 0.75, 4, 6, 0.6};

}  // namespace

TurnLimits turnLimitsFor(const Quaternion& source, TurnDrawing drawing) {
  const LimitShape& shape = drawing == TurnDrawing::Surface ? kSurfaceLimits : kWarpLimits;
  HeadPose own;
  own.rotation = source;
  const EulerAngles angles = own.euler();
  const double fromFrontal = std::hypot(angles.yaw, angles.pitch);
  TurnLimits limits;
  limits.yawMost = std::max(shape.smallestYawMost, shape.frontalYawMost - shape.yawShrink * fromFrontal);
  limits.pitchMost = std::max(shape.smallestPitchMost, shape.frontalPitchMost - shape.pitchShrink * fromFrontal);
  limits.yawKnee = shape.kneeShare * limits.yawMost;
  limits.pitchKnee = shape.kneeShare * limits.pitchMost;
  return limits;
}

Quaternion limitTurn(const Quaternion& target, const Quaternion& source, const TurnLimits& limits) {
  EulerAngles angles = relativeRotation(target, source);
  const double yaw = softLimitAngle(angles.yaw, limits.yawKnee, limits.yawMost);
  const double pitch = softLimitAngle(angles.pitch, limits.pitchKnee, limits.pitchMost);
  if (yaw == angles.yaw && pitch == angles.pitch) return target;
  angles.yaw = yaw;
  angles.pitch = pitch;
  return (HeadPose::rotationFromEuler(angles) * source).normalized();
}

}  // namespace marionette
