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
// how small they may get; the knee sits at a fixed share of the limit.
constexpr double kFrontalYawMost = 20, kFrontalPitchMost = 26;
constexpr double kYawShrink = 0.55, kPitchShrink = 0.75;
constexpr double kSmallestYawMost = 4, kSmallestPitchMost = 6;
constexpr double kKneeShare = 0.6;

}  // namespace

TurnLimits turnLimitsFor(const Quaternion& source) {
  HeadPose own;
  own.rotation = source;
  const EulerAngles angles = own.euler();
  const double fromFrontal = std::hypot(angles.yaw, angles.pitch);
  TurnLimits limits;
  limits.yawMost = std::max(kSmallestYawMost, kFrontalYawMost - kYawShrink * fromFrontal);
  limits.pitchMost = std::max(kSmallestPitchMost, kFrontalPitchMost - kPitchShrink * fromFrontal);
  limits.yawKnee = kKneeShare * limits.yawMost;
  limits.pitchKnee = kKneeShare * limits.pitchMost;
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
