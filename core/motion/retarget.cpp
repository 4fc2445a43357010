#include "core/motion/retarget.h"

#include "core/motion/canonical_face.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace marionette {

namespace {

Quaternion scaledRotation(const Quaternion& delta, double gain) { return Quaternion::slerp({}, delta, gain); }

ExpressionCode regionMask(const ExpressionCode& code, const std::set<FaceRegion>& regions) {
  if (regions.empty()) return code;
  ExpressionCode kept;
  for (FaceRegion region : regions) copyRegion(kept, code, region);
  return kept;
}

// Upper and lower lid landmark pairs of both eyes.
constexpr std::array<std::array<int, 2>, 4> kLidPairs{{{37, 41}, {38, 40}, {43, 47}, {44, 46}}};
// Share of a gap change carried by the upper lid (the lower lid barely moves).
constexpr double kUpperLidShare = 0.8;
constexpr double kMaxEyeOpeningRatio = 1.6;

double lidGap(const ExpressionCode& code, int upper, int lower) {
  const auto& face = canonicalFace();
  return (face[lower].y + code.displacement(lower).y) - (face[upper].y + code.displacement(upper).y);
}

// Eyes follow the driver by ratio, not by difference: a driver who closes
// its eyes closes the portrait's eyes exactly, whatever either's own eye
// size, where adding the driver's lid travel would leave narrow eyes crossed
// or wide eyes half open.
void retargetEyeOpening(ExpressionCode& out, const Motion& source, const Motion& reference, const Motion& frame,
                        double gain) {
  for (auto [upper, lower] : kLidPairs) {
    double referenceGap = lidGap(reference.expression, upper, lower);
    if (referenceGap <= 1e-4) continue;
    double ratio = std::clamp(lidGap(frame.expression, upper, lower) / referenceGap, 0.0, kMaxEyeOpeningRatio);
    double wanted = std::max(0.0, lidGap(source.expression, upper, lower) * std::pow(ratio, gain));
    double change = wanted - lidGap(out, upper, lower);
    Vec2 up = out.displacement(upper), down = out.displacement(lower);
    out.setDisplacement(upper, {up.x, up.y - kUpperLidShare * change});
    out.setDisplacement(lower, {down.x, down.y + (1 - kUpperLidShare) * change});
  }
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
  scaleToPortrait(change, options.featureScale);
  out.expression = source.expression + change * options.expressionGain;
  if (options.regions.empty() || options.regions.count(FaceRegion::Eyes))
    retargetEyeOpening(out.expression, source, driverReference, driverFrame, options.expressionGain);
  keepWithinFace(out.expression);
  return out;
}

Motion retargetFrame(const Motion& source, const MotionTrack& driver, int referenceFrame, int index,
                     const RetargetOptions& options) {
  const int last = static_cast<int>(driver.frames.size()) - 1;
  return retargetFrame(source, driver, driver.frames[std::clamp(referenceFrame, 0, last)].motion, index, options);
}

FeatureScale featureScaleFor(const Motion& source, const MotionTrack& driver) {
  return driver.rest ? featureScale(source.expression, driver.rest->expression) : FeatureScale{};
}

Motion retargetFrame(const Motion& source, const MotionTrack& driver, const Motion& reference, int index,
                     const RetargetOptions& chosen) {
  RetargetOptions options = chosen;
  options.featureScale = featureScaleFor(source, driver);
  const int last = static_cast<int>(driver.frames.size()) - 1;
  auto frameAt = [&](int i) -> const Motion& { return driver.frames[std::clamp(i, 0, last)].motion; };
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
  // The frame closest to the performer's rest (restMotion: its calm face)
  // while looking at the camera. Rotation (radians) is weighted so that 10
  // degrees counts like a third of a full channel.
  if (driver.frames.empty()) return 0;
  const auto rest = readChannels(driver.rest ? driver.rest->expression : restMotion(driver).expression);
  int best = 0;
  double bestScore = std::numeric_limits<double>::max();
  for (int i = 0; i < static_cast<int>(driver.frames.size()); ++i) {
    const MotionFrame& f = driver.frames[static_cast<std::size_t>(i)];
    if (f.faceLost) continue;
    const auto readings = readChannels(f.motion.expression);
    double rotation = Quaternion::angleBetween(f.motion.pose.rotation, {}) / radians(30);
    double score = rotation * rotation;
    for (int k = 0; k < kExpressionChannelCount; ++k) score += (readings[k] - rest[k]) * (readings[k] - rest[k]);
    if (score < bestScore) bestScore = score, best = i;
  }
  return best;
}

}  // namespace marionette
