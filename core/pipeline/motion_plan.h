#pragma once

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/motion/motion_track.h"
#include "core/timeline/motion_at.h"
#include "core/timeline/project.h"
#include "core/timeline/time.h"

namespace marionette {

// The target motion of every output frame, read from a timeline project
// snapshot: `animate` turns its options into a project and `render` loads
// one, so both go through timeline::motionAt and give the same frames.
class MotionPlan {
 public:
  // Frames [first, end) of the project; `frames.end == 0` means to its end.
  // Fails on a range outside the project or a project that does not validate.
  static Result<MotionPlan> fromProject(timeline::Project project, timeline::FrameRange frames = {});

  // Output frames (the range's length) and the index of the first in the project.
  int frameCount() const { return static_cast<int>(range_.count()); }
  std::int64_t firstFrame() const { return range_.first; }
  Rational frameRate() const { return project_.settings.frameRate; }
  int referenceFrame() const { return hasDriver() ? static_cast<int>(project_.settings.referenceFrame) : -1; }
  bool hasDriver() const { return project_.hasDriverMotion(); }
  const MotionTrack& driver() const { return *project_.driver->motion; }
  const timeline::Project& project() const { return project_; }

  // Motion of output frame `index` (0 = the range's first frame).
  Motion target(int index) const { return timeline::motionAt(project_, range_.first + index); }

 private:
  timeline::Project project_;
  timeline::FrameRange range_;
};

}  // namespace marionette
