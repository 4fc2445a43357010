#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "core/motion/motion.h"

namespace marionette {

// Procedural motion that needs no driving video: a quick way to bring a
// portrait to life and a demo that runs on a fresh install.
enum class Preset { Nod, Shake, Tilt, LookAround, Blink, Wink, Smile, Talk, BrowRaise };
constexpr int kPresetCount = 9;

std::string_view presetName(Preset preset);
const std::array<Preset, kPresetCount>& allPresets();
// "nod, blink,smile" → presets in the given order (duplicates dropped), or an
// error naming the unknown word and listing the valid names.
Result<std::vector<Preset>> parsePresets(std::string_view list);

// Times (seconds) at which the `blink` preset starts closing the eyes within a
// clip: a first blink soon after the start, then natural-looking irregular
// gaps of 2.4–4.2 s, the same for every run.
std::vector<double> blinkSchedule(double duration);

// Evaluates a set of presets over one clip. Pose presets add rotation on top
// of the portrait's own pose; expression presets move named channels away
// from the portrait's own readings. Every curve eases in from the portrait's
// rest and returns to it by the end of the clip. The schedules (blinks,
// syllables) are laid out once, so evaluating a frame costs little.
class PresetAnimator {
 public:
  PresetAnimator(std::vector<Preset> presets, double duration);

  Motion at(const Motion& source, double seconds) const;

 private:
  struct Syllable {
    double start, length, jaw, wide;
  };

  EulerAngles poseOffset(double seconds) const;
  void addExpression(std::array<double, kExpressionChannelCount>& delta, const Motion& source, double seconds) const;
  double blinkClosure(double seconds) const;
  double winkClosure(double seconds) const;
  double talkJaw(double seconds, double& wide) const;
  bool has(Preset preset) const;

  std::vector<Preset> presets_;
  double duration_;
  std::vector<double> blinks_;
  std::vector<Syllable> syllables_;
};

// One frame of preset motion (a PresetAnimator built for this call).
Motion presetMotion(const Motion& source, const std::vector<Preset>& presets, double seconds, double duration);

}  // namespace marionette
