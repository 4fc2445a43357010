#pragma once

#include <cstdint>

#include "core/base/rational.h"

namespace marionette::timeline {

// Times on the timeline are exact fractions of a second (Rational); a time is
// never keyed by a double. Doubles appear only inside one curve segment,
// where the interpolation fraction is computed.

// A frame's position in the project (0 = the first frame): one type from the
// project file to the widgets, wide enough for a day at 240 fps.
using FrameIndex = std::int64_t;

// Start time of frame `index` at `frameRate` (frames per second).
inline Rational frameTime(FrameIndex index, Rational frameRate) { return Rational(index) / frameRate; }

// The frame showing at `time`: the last frame that starts at or before it.
inline FrameIndex frameAtTime(Rational time, Rational frameRate) { return (time * frameRate).floor(); }

// Seconds as a double, for curve evaluation and display only.
inline double seconds(Rational time) { return time.toDouble(); }

// Half-open range of frames [first, end), the form `--frames A:B` uses so
// that consecutive ranges (0:100, 100:200) join without overlap.
struct FrameRange {
  FrameIndex first = 0;
  FrameIndex end = 0;
  FrameIndex count() const { return end - first; }
  bool contains(FrameIndex frame) const { return frame >= first && frame < end; }
  friend bool operator==(const FrameRange&, const FrameRange&) = default;
};

}  // namespace marionette::timeline
