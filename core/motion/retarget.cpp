#include "core/motion/retarget.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace marionette {

namespace {

Quaternion scaledRotation(const Quaternion& delta, double gain) { return Quaternion::slerp({}, delta, gain); }

ExpressionCode regionMask(const ExpressionCode& code, const std::set<FaceRegion>& regions) {
  if (regions.empty()) return code;
  ExpressionCode kept;
  for (FaceRegion region : regions)
    for (int landmark : regionLandmarks(region)) kept.setDisplacement(landmark, code.displacement(landmark));
  return kept;
}

}  // namespace

Motion retarget(const Motion& source, const Motion& driverReference, const Motion& driverFrame,
                const RetargetOptions& options) {
  Motion out = source;
  // Rotation change expressed in the camera frame, so "turn 20 degrees to the
  // right" stays that for a portrait that already looks elsewhere.
  Quaternion delta = (driverFrame.pose.rotation * driverReference.pose.rotation.conjugate()).normalized();
  if (options.absolutePose)
    out.pose.rotation = Quaternion::slerp(source.pose.rotation, driverFrame.pose.rotation, options.poseGain);
  else
    out.pose.rotation = (scaledRotation(delta, options.poseGain) * source.pose.rotation).normalized();
  out.pose.tx = source.pose.tx + options.poseGain * (driverFrame.pose.tx - driverReference.pose.tx);
  out.pose.ty = source.pose.ty + options.poseGain * (driverFrame.pose.ty - driverReference.pose.ty);
  double zoom = driverReference.pose.scale > 0 ? driverFrame.pose.scale / driverReference.pose.scale : 1.0;
  out.pose.scale = source.pose.scale * std::pow(zoom, options.poseGain);

  ExpressionCode change = regionMask(driverFrame.expression - driverReference.expression, options.regions);
  out.expression = source.expression + change * options.expressionGain;
  return out;
}

Motion retargetFrame(const Motion& source, const MotionTrack& driver, int referenceFrame, int index,
                     const RetargetOptions& options) {
  const int last = static_cast<int>(driver.frames.size()) - 1;
  auto frameAt = [&](int i) -> const Motion& { return driver.frames[std::clamp(i, 0, last)].motion; };
  const Motion& reference = frameAt(referenceFrame);
  auto pick = [&](const TrackChoice& choice) -> const Motion& {
    return choice.source == TrackSource::Hold ? frameAt(choice.holdFrame) : frameAt(index);
  };
  Motion posed = retarget(source, reference, pick(options.pose), options);
  Motion expressed = retarget(source, reference, pick(options.expression), options);
  Motion out;
  out.pose = options.pose.source == TrackSource::Source ? source.pose : posed.pose;
  out.expression = options.expression.source == TrackSource::Source ? source.expression : expressed.expression;
  return out;
}

int mostNeutralFrame(const MotionTrack& driver) {
  // A driving clip spends most of its time near its performer's rest face, so
  // each channel's median stands in for "neutral"; the chosen frame is the one
  // closest to those medians while looking at the camera. Rotation (radians)
  // is weighted so that 10 degrees counts like a third of a full channel.
  if (driver.frames.empty()) return 0;
  const int n = static_cast<int>(driver.frames.size());
  std::vector<std::array<double, kExpressionChannelCount>> readings(n);
  for (int i = 0; i < n; ++i) readings[i] = readChannels(driver.frames[i].motion.expression);
  std::array<double, kExpressionChannelCount> median{};
  std::vector<double> column(n);
  for (int k = 0; k < kExpressionChannelCount; ++k) {
    for (int i = 0; i < n; ++i) column[i] = readings[i][k];
    std::nth_element(column.begin(), column.begin() + n / 2, column.end());
    median[k] = column[n / 2];
  }
  int best = 0;
  double bestScore = std::numeric_limits<double>::max();
  for (int i = 0; i < n; ++i) {
    const MotionFrame& f = driver.frames[i];
    if (f.faceLost) continue;
    double rotation = Quaternion::angleBetween(f.motion.pose.rotation, {}) / radians(30);
    double score = rotation * rotation;
    for (int k = 0; k < kExpressionChannelCount; ++k)
      score += (readings[i][k] - median[k]) * (readings[i][k] - median[k]);
    if (score < bestScore) bestScore = score, best = i;
  }
  return best;
}

}  // namespace marionette
