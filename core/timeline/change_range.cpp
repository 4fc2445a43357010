#include "core/timeline/change_range.h"

#include <algorithm>
#include <vector>

namespace marionette::timeline {

namespace {

// A span of time, closed at both ends; nullopt bounds reach past the clip.
struct TimeSpan {
  std::optional<Rational> from, to;
};

// Where two versions of one curve can evaluate differently. A value at time
// t depends on the keys around t only (the curve holds its end values past
// the ends), so the span reaches from the last key before the first
// difference to the first key after the last one, in either version.
std::optional<TimeSpan> curveChange(const Curve& a, const Curve& b) {
  if (a == b) return std::nullopt;
  std::vector<Rational> differing;
  for (const Keyframe& key : a.keys())
    if (std::find(b.keys().begin(), b.keys().end(), key) == b.keys().end()) differing.push_back(key.time);
  for (const Keyframe& key : b.keys())
    if (std::find(a.keys().begin(), a.keys().end(), key) == a.keys().end()) differing.push_back(key.time);
  const auto [first, last] = std::minmax_element(differing.begin(), differing.end());
  TimeSpan span;
  for (const Curve* curve : {&a, &b}) {
    for (const Keyframe& key : curve->keys()) {
      if (key.time < *first && (!span.from || *span.from < key.time)) span.from = key.time;
      if (*last < key.time && (!span.to || key.time < *span.to)) span.to = key.time;
    }
  }
  // An empty curve means "not keyed" (the portrait's own value), so keying
  // or clearing a channel changes it everywhere.
  if (a.empty() || b.empty()) return TimeSpan{};
  return span;
}

// Where two versions of a mode track give a different mode (or hold). Gain
// and smoothing act wherever the track follows the driver, and smoothing
// reaches into neighbouring frames: treated as global.
std::optional<TimeSpan> modeChange(const ModeTrack& a, const ModeTrack& b, bool& global) {
  if (a == b) return std::nullopt;
  if (a.gain != b.gain || a.smoothing != b.smoothing) {
    global = true;
    return TimeSpan{};
  }
  std::vector<Rational> bounds;
  for (const ModeTrack* track : {&a, &b})
    for (const ModeSegment& segment : track->segments) bounds.push_back(segment.start);
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  std::optional<TimeSpan> span;
  for (std::size_t i = 0; i < bounds.size(); ++i) {
    const ModeSegment &x = a.segmentAt(bounds[i]), &y = b.segmentAt(bounds[i]);
    if (x.mode == y.mode && x.hold == y.hold) continue;
    const std::optional<Rational> end = i + 1 < bounds.size() ? std::optional(bounds[i + 1]) : std::nullopt;
    if (!span) span = TimeSpan{bounds[i], end};
    span->to = end;
  }
  return span;
}

// Yaw, pitch and roll are slerped as one rotation only while their key
// times line up, a property of the whole curves.
bool rotationAligned(const Project& p) {
  const Curve& yaw = p.curve(kYaw);
  for (const Curve* c : {&p.curve(kPitch), &p.curve(kRoll)}) {
    if (c->size() != yaw.size()) return false;
    for (std::size_t i = 0; i < yaw.size(); ++i)
      if (!(c->at(i).time == yaw.at(i).time)) return false;
  }
  return true;
}

bool sameGlobals(const Project& a, const Project& b) {
  if (!(a.settings == b.settings) || !(a.portrait == b.portrait) || !(a.render == b.render)) return false;
  if (a.driver.has_value() != b.driver.has_value()) return false;
  if (a.driver && !(a.driver->file == b.driver->file && a.driver->trackingSmoothing == b.driver->trackingSmoothing &&
                    a.driver->motion == b.driver->motion))
    return false;
  for (FaceRegion region : kRegions)
    if (a.region(region).followsExpression != b.region(region).followsExpression) return false;
  return rotationAligned(a) == rotationAligned(b);
}

void widen(std::optional<TimeSpan>& total, const std::optional<TimeSpan>& span) {
  if (!span) return;
  if (!total) {
    total = span;
    return;
  }
  if (!span->from || (total->from && *span->from < *total->from)) total->from = span->from;
  if (!span->to || (total->to && *total->to < *span->to)) total->to = span->to;
}

FrameIndex ceilOf(Rational value) { return -(Rational(0) - value).floor(); }

}  // namespace

std::optional<FrameRange> changedFrames(const Project& before, const Project& after) {
  const FrameRange all{0, std::max<FrameIndex>(1, after.settings.frameCount)};
  if (!sameGlobals(before, after)) return all;
  std::optional<TimeSpan> total;
  bool global = false;
  for (int c = 0; c < kChannelCount; ++c) widen(total, curveChange(before.curves[c], after.curves[c]));
  widen(total, modeChange(before.pose, after.pose, global));
  widen(total, modeChange(before.expression, after.expression, global));
  for (FaceRegion region : kRegions)
    widen(total, modeChange(before.region(region).track, after.region(region).track, global));
  if (global) return all;
  if (!total) return std::nullopt;
  const Rational rate = after.settings.frameRate;
  FrameRange range = all;
  // Frames are evaluated at their start times: the first frame starting at
  // or after `from`, through the last starting at or before `to`.
  if (total->from) range.first = std::clamp<FrameIndex>(ceilOf(*total->from * rate), 0, all.end - 1);
  if (total->to) range.end = std::clamp<FrameIndex>((*total->to * rate).floor() + 1, range.first + 1, all.end);
  return range;
}

}  // namespace marionette::timeline
