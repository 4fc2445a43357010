#include "core/pipeline/motion_plan.h"

#include <cmath>
#include <string>

namespace marionette {

namespace {

// The longest preset-only clip: an hour at 25 fps is already far more than
// anyone previews, and keeps frame indices comfortably inside int.
constexpr double kMaxPresetSeconds = 3600;

Status checkDriverFrame(int frame, int count, const std::string& what) {
  if (frame < 0 || frame >= count) {
    return makeError(what + " " + std::to_string(frame) + " is outside the driving video (frames 0-" +
                     std::to_string(count - 1) + ")");
  }
  return {};
}

}  // namespace

MotionPlan::MotionPlan(const Motion& source, const std::vector<Preset>& presets, double seconds)
    : source_(source), presets_(presets) {
  if (!presets.empty()) animator_.emplace(presets, seconds);
}

Result<MotionPlan> MotionPlan::fromDriver(const Motion& source, MotionTrack driver, std::optional<int> referenceFrame,
                                          const RetargetOptions& options, const std::vector<Preset>& presets) {
  const int count = static_cast<int>(driver.frames.size());
  if (count == 0) return makeError("the driving video has no frames");
  const int reference = referenceFrame ? *referenceFrame : mostNeutralFrame(driver);
  if (Status ok = checkDriverFrame(reference, count, "reference frame"); !ok) return ok.error();
  for (const TrackChoice* choice : {&options.pose, &options.expression}) {
    if (choice->source != TrackSource::Hold) continue;
    if (Status ok = checkDriverFrame(choice->holdFrame, count, "hold frame"); !ok) return ok.error();
  }
  const double seconds = (Rational(count) / driver.frameRate).toDouble();
  MotionPlan plan(source, presets, seconds);
  plan.frameRate_ = driver.frameRate;
  plan.frameCount_ = count;
  plan.referenceFrame_ = reference;
  plan.options_ = options;
  plan.driver_ = std::move(driver);
  return plan;
}

Result<MotionPlan> MotionPlan::fromPresets(const Motion& source, const std::vector<Preset>& presets, double seconds,
                                           Rational frameRate) {
  if (presets.empty()) return makeError("no presets given");
  if (!(seconds > 0) || seconds > kMaxPresetSeconds)
    return makeError("the duration must be more than 0 and at most 3600 seconds");
  if (!frameRate.valid() || frameRate <= Rational(0)) return makeError("the frame rate must be positive");
  MotionPlan plan(source, presets, seconds);
  plan.frameRate_ = frameRate;
  plan.frameCount_ = std::max(1, static_cast<int>(std::lround(seconds * frameRate.toDouble())));
  return plan;
}

Motion MotionPlan::target(int index) const {
  Motion motion = hasDriver() ? retargetFrame(source_, driver_, referenceFrame_, index, options_) : source_;
  if (!animator_) return motion;
  const double seconds = (Rational(index) / frameRate_).toDouble();
  return animator_->at(motion, seconds);
}

}  // namespace marionette
