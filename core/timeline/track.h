#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/timeline/channels.h"

namespace marionette::timeline {

// Where a track takes its motion from during one time range.
enum class TrackMode {
  Driving,        // follow the driver: its change from the reference frame, times the gain, smoothed
  Source,         // the portrait's own pose / expression
  Hold,           // frozen at one driver frame, or at given channel values
  Keyframed,      // interpolated from the user's keyframes (unkeyed channels: the portrait's own)
  DrivingOffset,  // the driver plus the keyframed curves as offsets
};

// What a Hold segment freezes on.
struct HoldTarget {
  bool fromDriver = true;  // true: driver frame `driverFrame`; false: `values`
  std::int64_t driverFrame = 0;
  // Channel values with keyframe meaning (see TimelineChannel); unset entries
  // keep the portrait's own value.
  std::array<std::optional<double>, kChannelCount> values{};
  friend bool operator==(const HoldTarget&, const HoldTarget&) = default;
};

// A mode that starts at `start` and lasts until the next segment starts (or
// the end of the project).
struct ModeSegment {
  Rational start;
  TrackMode mode = TrackMode::Driving;
  HoldTarget hold;  // Hold only
  friend bool operator==(const ModeSegment&, const ModeSegment&) = default;
};

// Modes over time plus the track's driver settings. Invariant (checked by
// validate()): at least one segment, the first starting at 0, starts strictly
// increasing.
struct ModeTrack {
  std::vector<ModeSegment> segments = std::vector<ModeSegment>(1);  // Driving from 0
  double gain = 1.0;       // scales the driver's change from its reference frame, 0..kMaxGain
  double smoothing = 0.0;  // 0..1: temporal smoothing of the driver's motion (0 = raw)

  const ModeSegment& segmentAt(Rational time) const;
  Status validate() const;
  friend bool operator==(const ModeTrack&, const ModeTrack&) = default;
};

constexpr double kMaxGain = 3.0;
// More mode changes than this in one track are refused (hostile files).
constexpr std::size_t kMaxSegmentsPerTrack = 100'000;
// Smoothing 1 averages the driver over a Gaussian of this many frames (sigma).
constexpr double kMaxSmoothingSigmaFrames = 4.0;

// A region of the Expression track (eyes, brows, mouth). While it follows the
// expression track it has no modes of its own; otherwise its landmarks take
// their motion from `track`.
struct RegionTrack {
  bool followsExpression = true;
  ModeTrack track;
  friend bool operator==(const RegionTrack&, const RegionTrack&) = default;
};

constexpr std::array<FaceRegion, 3> kRegions = {FaceRegion::Eyes, FaceRegion::Brows, FaceRegion::Mouth};

// `track` with `segment.mode` (and hold) over [start, end), end = nullopt
// meaning "to the end": the segments inside are replaced, the ones across the
// edges are cut, the mode after `end` resumes, and neighbours with the same
// mode and hold are merged. Fails on start < 0 or end <= start.
Result<ModeTrack> withModeOver(const ModeTrack& track, Rational start, std::optional<Rational> end, TrackMode mode,
                               const HoldTarget& hold = {});

std::string_view modeName(TrackMode mode);  // "driving", "source", "hold", "keyframed", "drivingOffset"
std::optional<TrackMode> modeFromName(std::string_view name);

}  // namespace marionette::timeline
