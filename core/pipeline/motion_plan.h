#pragma once

#include <optional>
#include <vector>

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/motion/motion_track.h"
#include "core/motion/presets.h"
#include "core/motion/retarget.h"

namespace marionette {

// The target motion of every output frame: the driver's motion retargeted
// onto the portrait, with presets on top, or presets alone.
class MotionPlan {
 public:
  // Checks the reference and hold frames against the driver's length.
  static Result<MotionPlan> fromDriver(const Motion& source, MotionTrack driver, std::optional<int> referenceFrame,
                                       const RetargetOptions& options, const std::vector<Preset>& presets);
  // A clip of round(seconds * frameRate) frames.
  static Result<MotionPlan> fromPresets(const Motion& source, const std::vector<Preset>& presets, double seconds,
                                        Rational frameRate);

  int frameCount() const { return frameCount_; }
  Rational frameRate() const { return frameRate_; }
  int referenceFrame() const { return referenceFrame_; }
  bool hasDriver() const { return !driver_.frames.empty(); }
  const MotionTrack& driver() const { return driver_; }

  Motion target(int index) const;

 private:
  MotionPlan(const Motion& source, const std::vector<Preset>& presets, double seconds);

  Motion source_;
  MotionTrack driver_;
  RetargetOptions options_;
  int referenceFrame_ = -1;
  int frameCount_ = 0;
  Rational frameRate_;
  std::vector<Preset> presets_;
  std::optional<PresetAnimator> animator_;
};

}  // namespace marionette
