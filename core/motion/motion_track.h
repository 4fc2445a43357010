#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/base/rational.h"
#include "core/motion/motion.h"

namespace marionette {

struct MotionFrame {
  Rational time;  // presentation time in seconds
  Motion motion;
  double confidence = 0;
  bool faceLost = false;  // no face in this frame; motion was filled in
};

// Per-frame motion of a whole video: a few hundred bytes a frame, so a long
// driver costs little memory even though its pixels are never kept.
struct MotionTrack {
  Rational frameRate;
  int width = 0, height = 0;  // the driving video's frame size
  std::vector<MotionFrame> frames;
  // The performer's rest, from the whole clip, so it survives a clip that
  // starts mid-word or mid-turn where any single frame would not: each pose
  // parameter at its median over the frames with a face, and the expression
  // code at its median over the least active quarter of them (mouth, smile,
  // lips and lids nearest their low ends over the clip), so a performer who
  // smiles or talks through most of a clip still rests with a closed,
  // unsmiling mouth. Set by fillLostFrames (and when a cached track is read);
  // absent on a track built by hand.
  std::optional<Motion> rest;

  int lostFrameCount() const;
};

// The rest described above, over the frames with a face (all frames when
// none is flagged).
Motion restMotion(const MotionTrack& track);
// The frames (indices into track.frames, in clip order) whose median
// expression is the rest: the calmest quarter of those with a face.
std::vector<std::size_t> restFrameIndices(const MotionTrack& track);

// Fills every lost frame from its good neighbours: pose by slerp and linear
// translation/scale, expression linearly, holding the nearest good frame at
// the ends, and sets the track's rest. Returns false when no frame at all has
// a face.
bool fillLostFrames(MotionTrack& track);

// Motion between two samples (t = 0 gives a, 1 gives b).
Motion interpolateMotion(const Motion& a, const Motion& b, double t);

// A driver whose frames do not sit on one constant-rate grid (a variable
// frame rate: a phone clip, a screen recording) is resampled before it
// drives anything: output frames are counted at one rate, and a frame whose
// time fell between two of the driver's shows the earlier one, as a player
// would. Then picture and the driver's copied sound stay in step.
struct ConstantRate {
  Rational rate;                    // frames per second to resample at
  double slowest = 0, fastest = 0;  // the driver's own range of rates, for messages
};

// nullopt when every frame's time is within a quarter frame of k / frameRate
// (constant rate; nothing to do). Otherwise the rate to resample at: the
// driver's fastest sustained rate (its shortest common frame interval),
// snapped to the standard rate it is within 0.5 % of (23.976, 24, 25, 29.97,
// 30, 50, 59.94, 60), at most 120 fps.
std::optional<ConstantRate> constantRateFor(const MotionTrack& track);

// `track` at `rate`: frame k takes the motion of the last frame whose time
// is at or before k / rate (times exact, starting at 0); the clip keeps its
// length (up to the end of its last frame).
MotionTrack resampledAt(const MotionTrack& track, Rational rate);

}  // namespace marionette
