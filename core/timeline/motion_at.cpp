#include "core/timeline/motion_at.h"

#include <algorithm>
#include <cmath>

#include "core/motion/retarget.h"
#include "core/timeline/time.h"

namespace marionette::timeline {

namespace {

// Gaussian smoothing reaches this many sigmas to each side.
constexpr double kSmoothingReach = 2.5;

// What every track evaluation at one instant shares.
struct Instant {
  const Project& project;
  Motion portrait;
  const MotionTrack* driver;  // null without driver motion
  std::int64_t frame;
  Rational time;
  double seconds;
};

std::int64_t clampFrame(const Project& project, std::int64_t frame) {
  return std::clamp<std::int64_t>(frame, 0, std::max<std::int64_t>(0, project.settings.frameCount - 1));
}

// The driver's motion at `index`, averaged over a Gaussian window when the
// track asks for smoothing (indices clamped at the ends). Quaternions are
// averaged on the centre frame's hemisphere and renormalised, which is exact
// enough for the few degrees neighbouring frames differ by.
Motion driverMotion(const MotionTrack& driver, std::int64_t index, double smoothing) {
  const std::int64_t last = static_cast<std::int64_t>(driver.frames.size()) - 1;
  index = std::clamp<std::int64_t>(index, 0, last);
  const Motion& centre = driver.frames[static_cast<std::size_t>(index)].motion;
  if (smoothing <= 0) return centre;
  const double sigma = smoothing * kMaxSmoothingSigmaFrames;
  const int reach = static_cast<int>(std::ceil(kSmoothingReach * sigma));
  double weightSum = 0, w = 0, x = 0, y = 0, z = 0, tx = 0, ty = 0, scale = 0;
  std::array<double, kExpressionDims> code{};
  for (int k = -reach; k <= reach; ++k) {
    const double weight = std::exp(-0.5 * (k * k) / (sigma * sigma));
    const Motion& m = driver.frames[static_cast<std::size_t>(std::clamp<std::int64_t>(index + k, 0, last))].motion;
    const double sign = m.pose.rotation.dot(centre.pose.rotation) < 0 ? -1.0 : 1.0;
    w += weight * sign * m.pose.rotation.w, x += weight * sign * m.pose.rotation.x;
    y += weight * sign * m.pose.rotation.y, z += weight * sign * m.pose.rotation.z;
    tx += weight * m.pose.tx, ty += weight * m.pose.ty, scale += weight * m.pose.scale;
    for (int d = 0; d < kExpressionDims; ++d) code[d] += weight * m.expression.values[d];
    weightSum += weight;
  }
  Motion out;
  out.pose.rotation = Quaternion{w, x, y, z}.normalized();
  out.pose.tx = tx / weightSum, out.pose.ty = ty / weightSum, out.pose.scale = scale / weightSum;
  for (int d = 0; d < kExpressionDims; ++d) out.expression.values[d] = static_cast<float>(code[d] / weightSum);
  return out;
}

// The portrait moved by the driver's frame `index` relative to the
// reference frame, with the track's gain and smoothing: core/motion's
// retarget, so a whole-clip Driving track is exactly `animate`'s motion.
Motion driven(const Instant& at, const ModeTrack& track, std::int64_t index) {
  if (!at.driver) return at.portrait;
  RetargetOptions options;
  options.poseGain = options.expressionGain = track.gain;
  options.absolutePose = at.project.settings.absolutePose;
  const Motion reference = at.project.settings.restReference && at.driver->rest
                               ? *at.driver->rest
                               : driverMotion(*at.driver, at.project.settings.referenceFrame, track.smoothing);
  options.featureScale = featureScaleFor(at.portrait, *at.driver);
  return retarget(at.portrait, reference, driverMotion(*at.driver, index, track.smoothing), options);
}

HeadPose withPoseOffsets(const HeadPose& base, const Quaternion& rotation, double tx, double ty, double scale) {
  HeadPose out = base;
  // Camera-frame rotation on top, as retargeting and the presets do, so
  // "yaw +10°" turns any head ten degrees further.
  out.rotation = (rotation * base.rotation).normalized();
  out.tx += tx, out.ty += ty, out.scale *= scale;
  return out;
}

Quaternion eulerRotation(double yaw, double pitch, double roll) {
  return HeadPose::rotationFromEuler(EulerAngles{yaw, pitch, roll});
}

// The keyed rotation offset: slerp between the rotations of neighbouring
// keys when the keyed angles share their key times (the normal case, as
// commands key them together), else each angle's own curve.
Quaternion keyedRotation(const Project& project, double seconds) {
  const std::array<const Curve*, 3> curves{&project.curve(kYaw), &project.curve(kPitch), &project.curve(kRoll)};
  const Curve* leader = nullptr;
  for (const Curve* c : curves)
    if (!c->empty()) {
      leader = c;
      break;
    }
  if (!leader) return {};
  auto angleAt = [](const Curve* c, std::size_t key) { return c->empty() ? 0.0 : c->at(key).value; };
  if (auto position = leader->locate(seconds)) {
    const std::size_t a = position->segment, b = a + 1;
    const bool aligned = std::all_of(curves.begin(), curves.end(), [&](const Curve* c) {
      return c->empty() || (c->size() == leader->size() && c->at(a).time == leader->at(a).time &&
                            c->at(b).time == leader->at(b).time);
    });
    if (aligned) {
      const Quaternion from = eulerRotation(angleAt(curves[0], a), angleAt(curves[1], a), angleAt(curves[2], a));
      const Quaternion to = eulerRotation(angleAt(curves[0], b), angleAt(curves[1], b), angleAt(curves[2], b));
      return Quaternion::slerp(from, to, position->fraction);
    }
  }
  return eulerRotation(curves[0]->valueAt(seconds), curves[1]->valueAt(seconds), curves[2]->valueAt(seconds));
}

HeadPose keyedPose(const Instant& at, const HeadPose& base) {
  const Project& p = at.project;
  return withPoseOffsets(base, keyedRotation(p, at.seconds), p.curve(kTx).valueAt(at.seconds, 0),
                         p.curve(kTy).valueAt(at.seconds, 0), p.curve(kScale).valueAt(at.seconds, 1));
}

HeadPose heldPose(const HeadPose& base, const HoldTarget& hold) {
  auto value = [&](ChannelId c) { return hold.values[c.index()].value_or(channelInfo(c).defaultValue); };
  return withPoseOffsets(base, eulerRotation(value(kYaw), value(kPitch), value(kRoll)), value(kTx), value(kTy),
                         value(kScale));
}

HeadPose poseAt(const Instant& at) {
  const ModeTrack& track = at.project.pose;
  const ModeSegment& segment = track.segmentAt(at.time);
  switch (segment.mode) {
    case TrackMode::Source:
      return at.portrait.pose;
    case TrackMode::Driving:
      return driven(at, track, at.frame).pose;
    case TrackMode::Hold:
      if (segment.hold.fromDriver) return driven(at, track, segment.hold.driverFrame).pose;
      return heldPose(at.portrait.pose, segment.hold);
    case TrackMode::Keyframed:
      return keyedPose(at, at.portrait.pose);
    case TrackMode::DrivingOffset:
      return keyedPose(at, driven(at, track, at.frame).pose);
  }
  return at.portrait.pose;
}

// Keyed expression channels written into `code`: as readings, or added to
// the code's own readings (offsets).
ExpressionCode keyedExpression(const Instant& at, ExpressionCode code, bool offsets) {
  std::optional<std::array<double, kExpressionChannelCount>> readings;
  for (int k = 0; k < kExpressionChannelCount; ++k) {
    const ExpressionChannel channel = static_cast<ExpressionChannel>(k);
    const Curve& curve = at.project.curve(ChannelId::expression(channel));
    if (curve.empty()) continue;
    double value = curve.valueAt(at.seconds);
    if (offsets) {
      // Offsets add to the driver's readings before any channel was written.
      if (!readings) readings = readChannels(code);
      value += (*readings)[k];
    }
    writeChannel(code, channel, value);
  }
  return code;
}

ExpressionCode heldExpression(const ExpressionCode& base, const HoldTarget& hold) {
  ExpressionCode code = base;
  for (int k = 0; k < kExpressionChannelCount; ++k) {
    const ExpressionChannel channel = static_cast<ExpressionChannel>(k);
    if (auto value = hold.values[ChannelId::expression(channel).index()]) writeChannel(code, channel, *value);
  }
  return code;
}

ExpressionCode expressionAt(const Instant& at, const ModeTrack& track) {
  const ModeSegment& segment = track.segmentAt(at.time);
  switch (segment.mode) {
    case TrackMode::Source:
      return at.portrait.expression;
    case TrackMode::Driving:
      return driven(at, track, at.frame).expression;
    case TrackMode::Hold:
      if (segment.hold.fromDriver) return driven(at, track, segment.hold.driverFrame).expression;
      return heldExpression(at.portrait.expression, segment.hold);
    case TrackMode::Keyframed:
      return keyedExpression(at, at.portrait.expression, false);
    case TrackMode::DrivingOffset:
      return keyedExpression(at, driven(at, track, at.frame).expression, true);
  }
  return at.portrait.expression;
}

Motion evaluate(const Project& project, std::int64_t frame, Rational time) {
  const Instant at{project,
                   project.portrait.motion.value_or(Motion{}),
                   project.hasDriverMotion() ? project.driver->motion.get() : nullptr,
                   frame,
                   time,
                   seconds(time)};
  Motion out;
  out.pose = poseAt(at);
  out.expression = expressionAt(at, project.expression);
  for (FaceRegion region : kRegions) {
    const RegionTrack& sub = project.region(region);
    if (sub.followsExpression) continue;
    const ExpressionCode own = expressionAt(at, sub.track);
    copyRegion(out.expression, own, region);
  }
  keepWithinFace(out.expression);
  return out;
}

}  // namespace

Motion motionAt(const Project& project, std::int64_t frame) {
  frame = clampFrame(project, frame);
  return evaluate(project, frame, frameTime(frame, project.settings.frameRate));
}

Motion motionAtTime(const Project& project, Rational time) {
  if (time < Rational(0)) time = Rational(0);
  // Curves see the exact time; the driver is read at the frame showing then.
  return evaluate(project, clampFrame(project, frameAtTime(time, project.settings.frameRate)), time);
}

ChannelValues channelValuesOf(const Motion& motion, const Motion& portrait) {
  ChannelValues values{};
  const EulerAngles angles = relativeRotation(motion.pose.rotation, portrait.pose.rotation);
  values[kYaw.index()] = angles.yaw;
  values[kPitch.index()] = angles.pitch;
  values[kRoll.index()] = angles.roll;
  values[kTx.index()] = motion.pose.tx - portrait.pose.tx;
  values[kTy.index()] = motion.pose.ty - portrait.pose.ty;
  values[kScale.index()] = portrait.pose.scale != 0 ? motion.pose.scale / portrait.pose.scale : 1.0;
  const auto readings = readChannels(motion.expression);
  for (int k = 0; k < kExpressionChannelCount; ++k)
    values[ChannelId::expression(static_cast<ExpressionChannel>(k)).index()] = readings[k];
  return values;
}

}  // namespace marionette::timeline
