#include "core/timeline/project.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace marionette::timeline {

namespace {

bool samePose(const HeadPose& a, const HeadPose& b) {
  return a.rotation.w == b.rotation.w && a.rotation.x == b.rotation.x && a.rotation.y == b.rotation.y &&
         a.rotation.z == b.rotation.z && a.tx == b.tx && a.ty == b.ty && a.scale == b.scale;
}

bool sameTrack(const MotionTrack& a, const MotionTrack& b) {
  if (!(a.frameRate == b.frameRate) || a.width != b.width || a.height != b.height || a.frames.size() != b.frames.size())
    return false;
  for (std::size_t i = 0; i < a.frames.size(); ++i) {
    const MotionFrame &x = a.frames[i], &y = b.frames[i];
    if (!(x.time == y.time) || x.confidence != y.confidence || x.faceLost != y.faceLost ||
        !sameMotion(x.motion, y.motion))
      return false;
  }
  return true;
}

Status checkTime(Rational time, const std::string& what) {
  if (!time.valid() || time < Rational(0)) return makeError(what + " has a negative or invalid time");
  if (time.den() > kMaxTimeDenominator || time.toDouble() > kMaxTimeSeconds)
    return makeError(what + " has a time out of range");
  return {};
}

Status checkHoldFrame(const Project& project, const ModeTrack& track, const std::string& name) {
  const std::int64_t driverFrames =
      project.hasDriverMotion() ? static_cast<std::int64_t>(project.driver->motion->frames.size()) : -1;
  for (const ModeSegment& s : track.segments) {
    if (Status ok = checkTime(s.start, "a " + name + " mode change"); !ok) return ok;
    if (s.mode != TrackMode::Hold) continue;
    if (s.hold.fromDriver) {
      if (driverFrames >= 0 && s.hold.driverFrame >= driverFrames)
        return makeError("the " + name + " track holds driver frame " + std::to_string(s.hold.driverFrame) +
                         " but the driver has " + std::to_string(driverFrames) + " frames");
      continue;
    }
    for (const auto& value : s.hold.values)
      if (value && (!std::isfinite(*value) || std::abs(*value) > kMaxKeyValue))
        return makeError("the " + name + " track holds a value that is not a sensible number");
  }
  return {};
}

}  // namespace

bool sameMotion(const Motion& a, const Motion& b) { return samePose(a.pose, b.pose) && a.expression == b.expression; }

bool operator==(const PortraitMedia& a, const PortraitMedia& b) {
  if (!(a.file == b.file) || a.faceIndex != b.faceIndex || a.motion.has_value() != b.motion.has_value()) return false;
  return !a.motion || sameMotion(*a.motion, *b.motion);
}

bool operator==(const DriverMedia& a, const DriverMedia& b) {
  if (!(a.file == b.file) || a.trackingSmoothing != b.trackingSmoothing) return false;
  if (!a.motion || !b.motion) return !a.motion && !b.motion;
  return a.motion == b.motion || sameTrack(*a.motion, *b.motion);
}

bool operator==(const Project& a, const Project& b) {
  return a.settings == b.settings && a.portrait == b.portrait && a.driver == b.driver && a.pose == b.pose &&
         a.expression == b.expression && a.regions == b.regions && a.curves == b.curves && a.render == b.render;
}

Status validateProject(const Project& project) {
  const ProjectSettings& s = project.settings;
  if (!s.frameRate.valid() || s.frameRate <= Rational(0) || s.frameRate > Rational(1000) ||
      s.frameRate.den() > kMaxTimeDenominator)
    return makeError("the project frame rate must be a positive fraction up to 1000");
  if (s.frameCount < 1 || s.frameCount > kMaxProjectFrames)
    return makeError("the project length must be between 1 and " + std::to_string(kMaxProjectFrames) + " frames");
  if (project.hasDriverMotion()) {
    const auto driverFrames = static_cast<std::int64_t>(project.driver->motion->frames.size());
    if (s.referenceFrame < 0 || s.referenceFrame >= driverFrames)
      return makeError("the reference frame " + std::to_string(s.referenceFrame) + " is outside the driver (0-" +
                       std::to_string(driverFrames - 1) + ")");
  } else if (s.referenceFrame < 0) {
    return makeError("the reference frame cannot be negative");
  }
  const std::pair<const ModeTrack*, std::string> tracks[] = {{&project.pose, "pose"},
                                                             {&project.expression, "expression"},
                                                             {&project.regions[0].track, "eyes"},
                                                             {&project.regions[1].track, "brows"},
                                                             {&project.regions[2].track, "mouth"}};
  for (const auto& [track, name] : tracks) {
    if (Status ok = track->validate(); !ok) return makeError("the " + name + " track: " + ok.error().message);
    if (Status ok = checkHoldFrame(project, *track, name); !ok) return ok;
  }
  for (const TimelineChannel& channel : timelineChannels()) {
    const Curve& curve = project.curve(channel.id);
    if (curve.size() > kMaxKeysPerChannel)
      return makeError("channel " + std::string(channel.key) + " has too many keyframes");
    for (const Keyframe& key : curve.keys()) {
      if (Status ok = checkTime(key.time, "a " + std::string(channel.key) + " keyframe"); !ok) return ok;
      if (!std::isfinite(key.value) || std::abs(key.value) > kMaxKeyValue)
        return makeError("a " + std::string(channel.key) + " keyframe has a value that is not a sensible number");
    }
  }
  return validateRenderSettings(project.render);
}

Status validateRenderSettings(const RenderSettings& r) {
  if (r.crf < 0 || r.crf > kMaxCrf)
    return makeError("render.crf must be between 0 and " + std::to_string(kMaxCrf) + ", not " + std::to_string(r.crf));
  const std::string size = std::to_string(r.width) + "x" + std::to_string(r.height);
  const std::string limits = std::to_string(kMinRenderSide) + "x" + std::to_string(kMinRenderSide) + " and " +
                             std::to_string(kMaxRenderSide) + "x" + std::to_string(kMaxRenderSide);
  if (r.width != 0 || r.height != 0) {
    if (std::min(r.width, r.height) < kMinRenderSide || std::max(r.width, r.height) > kMaxRenderSide)
      return makeError("render.width x render.height must be 0x0 (automatic) or between " + limits + ", not " + size);
    if (r.width % 2 || r.height % 2)
      return makeError("render.width x render.height must be even (video needs even sides), not " + size);
  }
  if (std::find(kRenderSpeeds.begin(), kRenderSpeeds.end(), r.speed) == kRenderSpeeds.end()) {
    std::string speeds;
    for (const char* speed : kRenderSpeeds) speeds += (speeds.empty() ? "" : ", ") + std::string(speed);
    const bool printable = std::all_of(r.speed.begin(), r.speed.end(), [](char c) { return c >= ' ' && c <= '~'; });
    return makeError("render.speed must be one of " + speeds + (printable ? ", not '" + r.speed + "'" : ""));
  }
  return {};
}

}  // namespace marionette::timeline
