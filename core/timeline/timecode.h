#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/rational.h"
#include "core/timeline/time.h"

namespace marionette::timeline {

// Frames as text and back, for the transport, the ruler and typed-in times.
// Widgets never compute `frame % fps` themselves: at 30000/1001 that mixes
// real seconds with frame counts and the display runs backwards.
//
// Timecode is counted in whole frames at the nominal rate (24 for
// 24000/1001, 30 for 30000/1001), so a timecode second is `nominal` frames,
// not a real second; drop-frame skips labels to stay within a frame of the
// clock. Seconds are the real start time of the frame, exact from the
// Rational rate. Rates that are not positive have no time: every display
// falls back to the frame number.

enum class TimeDisplay { Timecode, Frames, Seconds };

// Timecode frames per second: the rate rounded to the nearest integer, at least 1.
std::int64_t nominalFrameRate(Rational rate);

// True for NTSC rates counted drop-frame: x/1001 with a nominal rate that is
// a multiple of 30 (29.97, 59.94, 119.88). 23.976 and 47.952 are non-drop.
bool isDropFrameRate(Rational rate);

// Timecode: "HH:MM:SS:FF", drop-frame "HH:MM:SS;FF"; hours grow past two
// digits instead of wrapping, frames use as many digits as the nominal rate
// needs (two up to 100 fps). Frames: "1799". Seconds: the frame's start time
// rounded to the nearest 1/1000 s (finer above 1000 fps, so two frames never
// share a text) with every decimal kept: "59.993 s", "2.000 s". Negative
// frames get a leading '-'.
std::string formatTime(FrameIndex frame, Rational rate, TimeDisplay display);

// Reads what formatTime writes, in any display: a time with four ':'/';'
// fields is timecode (the separators are not checked, so "00;01;00;02" and
// "00:01:00:02" are the same frame), a number ending in "s" is seconds and
// snaps to the nearest frame start. A bare number is in the display's own
// unit: a frame number in Frames and Timecode, seconds in Seconds. Fewer than
// four timecode fields, out-of-range fields (minute 60, frame 30 at 29.97),
// labels drop-frame skips (00:01:00;00 at 29.97), frames that do not fit
// FrameIndex and anything else give nullopt.
std::optional<FrameIndex> parseTime(std::string_view text, Rational rate, TimeDisplay display);

// A short label for a ruler tick that cannot be read as another unit.
// Timecode: the first frame of a timecode second is "M:SS" below an hour and
// "H:MM:SS" above ("0:02", "59:59", "1:00:00"), like a media player clock;
// any other frame keeps its full four-field timecode, so a two-field label is
// always minutes and seconds and never "00:02:00" for two seconds. Frames:
// the number. Seconds: the start time without trailing zeros ("2 s",
// "0.5 s", "2.002 s").
std::string formatRulerLabel(FrameIndex frame, Rational rate, TimeDisplay display);

struct RulerTick {
  // Where the tick sits, in frames from frame 0: a whole frame, except for
  // Seconds ticks at rates like 30000/1001, which sit at the exact second.
  Rational position;
  std::string label;
  friend bool operator==(const RulerTick&, const RulerTick&) = default;
};

// Labelled ticks over `visible` (frames before 0 are left out), spaced by the
// smallest "nice" step whose labels are at least `minLabelPixels` apart.
// Pass the width of the widest label plus padding, e.g. of
// formatTime(visible.end, rate, Timecode). Steps: Frames 1, 2, 5, 10, 20, 50…
// frames; Timecode the divisors of the nominal rate in frames, then 1, 2, 5,
// 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 5, 10, 20, 50… h of timecode,
// so ticks fall on whole timecode seconds; Seconds 0.01, 0.02, 0.05 … 0.5,
// then the Timecode steps in real seconds. Under drop-frame a whole-second
// tick at a skipped label moves to the second's first frame ("1:00" on
// 00:01:00;02) and a sub-second tick there is left out, so ticks never come
// closer than the step.
std::vector<RulerTick> rulerTicks(FrameRange visible, Rational rate, TimeDisplay display, double pixelsPerFrame,
                                  double minLabelPixels);

}  // namespace marionette::timeline
