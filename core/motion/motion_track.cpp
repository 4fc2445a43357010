#include "core/motion/motion_track.h"

#include <algorithm>

namespace marionette {

int MotionTrack::lostFrameCount() const {
  return static_cast<int>(std::count_if(frames.begin(), frames.end(), [](const MotionFrame& f) { return f.faceLost; }));
}

Motion interpolateMotion(const Motion& a, const Motion& b, double t) {
  Motion m;
  m.pose.rotation = Quaternion::slerp(a.pose.rotation, b.pose.rotation, t);
  m.pose.tx = a.pose.tx + t * (b.pose.tx - a.pose.tx);
  m.pose.ty = a.pose.ty + t * (b.pose.ty - a.pose.ty);
  m.pose.scale = a.pose.scale + t * (b.pose.scale - a.pose.scale);
  for (int k = 0; k < kExpressionDims; ++k)
    m.expression.values[k] =
        static_cast<float>(a.expression.values[k] + t * (b.expression.values[k] - a.expression.values[k]));
  return m;
}

bool fillLostFrames(MotionTrack& track) {
  auto& frames = track.frames;
  const int n = static_cast<int>(frames.size());
  int previousGood = -1;
  for (int i = 0; i < n; ++i) {
    if (frames[i].faceLost) continue;
    if (previousGood + 1 < i) {
      for (int j = previousGood + 1; j < i; ++j) {
        if (previousGood < 0) {
          frames[j].motion = frames[i].motion;
        } else {
          double t = (frames[j].time - frames[previousGood].time).toDouble() /
                     (frames[i].time - frames[previousGood].time).toDouble();
          frames[j].motion = interpolateMotion(frames[previousGood].motion, frames[i].motion, t);
        }
        frames[j].confidence = 0;
      }
    }
    previousGood = i;
  }
  if (previousGood < 0) return false;
  for (int j = previousGood + 1; j < n; ++j) {
    frames[j].motion = frames[previousGood].motion;
    frames[j].confidence = 0;
  }
  return true;
}

}  // namespace marionette
