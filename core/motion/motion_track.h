#pragma once

#include <cstdint>
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

  int lostFrameCount() const;
};

// Fills every lost frame from its good neighbours: pose by slerp and linear
// translation/scale, expression linearly, holding the nearest good frame at
// the ends. Returns false when no frame at all has a face.
bool fillLostFrames(MotionTrack& track);

// Motion between two samples (t = 0 gives a, 1 gives b).
Motion interpolateMotion(const Motion& a, const Motion& b, double t);

}  // namespace marionette
