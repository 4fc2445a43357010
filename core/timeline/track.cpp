#include "core/timeline/track.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace marionette::timeline {

namespace {

constexpr std::array<std::pair<TrackMode, std::string_view>, 5> kModeNames{{
    {TrackMode::Driving, "driving"},
    {TrackMode::Source, "source"},
    {TrackMode::Hold, "hold"},
    {TrackMode::Keyframed, "keyframed"},
    {TrackMode::DrivingOffset, "drivingOffset"},
}};

bool sameMode(const ModeSegment& a, const ModeSegment& b) {
  return a.mode == b.mode && (a.mode != TrackMode::Hold || a.hold == b.hold);
}

}  // namespace

const ModeSegment& ModeTrack::segmentAt(Rational time) const {
  // Segments are sorted; the last one starting at or before `time` applies.
  auto it = std::upper_bound(segments.begin(), segments.end(), time,
                             [](Rational t, const ModeSegment& s) { return t < s.start; });
  return it == segments.begin() ? segments.front() : *std::prev(it);
}

Status ModeTrack::validate() const {
  if (segments.empty()) return makeError("a track has no mode");
  if (segments.size() > kMaxSegmentsPerTrack) return makeError("a track has too many mode changes");
  if (!(segments.front().start == Rational(0))) return makeError("a track's first mode must start at 0");
  for (std::size_t i = 1; i < segments.size(); ++i)
    if (!(segments[i - 1].start < segments[i].start))
      return makeError("a track's mode changes must be in increasing time order");
  for (const ModeSegment& s : segments)
    if (s.mode == TrackMode::Hold && s.hold.fromDriver && s.hold.driverFrame < 0)
      return makeError("a hold names a negative driver frame");
  if (!std::isfinite(gain) || gain < 0 || gain > kMaxGain)
    return makeError("a track gain must be between 0 and " + std::to_string(static_cast<int>(kMaxGain)));
  if (!std::isfinite(smoothing) || smoothing < 0 || smoothing > 1)
    return makeError("a track's smoothing must be between 0 and 1");
  return {};
}

Result<ModeTrack> withModeOver(const ModeTrack& track, Rational start, std::optional<Rational> end, TrackMode mode,
                               const HoldTarget& hold) {
  if (start < Rational(0)) return makeError("a mode cannot start before 0");
  if (end && !(start < *end)) return makeError("a mode range must end after it starts");
  const ModeSegment inserted{start, mode, mode == TrackMode::Hold ? hold : HoldTarget{}};
  std::vector<ModeSegment> out;
  for (const ModeSegment& s : track.segments)
    if (s.start < start) out.push_back(s);
  out.push_back(inserted);
  if (end) {
    // The mode that was in force at `end` resumes there, unless a segment
    // already starts exactly at `end`.
    ModeSegment resumed = track.segmentAt(*end);
    resumed.start = *end;
    out.push_back(resumed);
    for (const ModeSegment& s : track.segments)
      if (*end < s.start) out.push_back(s);
  }
  // Neighbours with the same mode are one segment.
  std::vector<ModeSegment> merged;
  for (const ModeSegment& s : out)
    if (merged.empty() || !sameMode(merged.back(), s)) merged.push_back(s);
  ModeTrack result = track;
  result.segments = std::move(merged);
  if (Status ok = result.validate(); !ok) return ok.error();
  return result;
}

std::string_view modeName(TrackMode mode) {
  for (auto [m, name] : kModeNames)
    if (m == mode) return name;
  return "";
}

std::optional<TrackMode> modeFromName(std::string_view name) {
  for (auto [m, n] : kModeNames)
    if (n == name) return m;
  return std::nullopt;
}

}  // namespace marionette::timeline
