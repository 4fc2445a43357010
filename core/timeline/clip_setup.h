#pragma once

#include <optional>
#include <vector>

#include "core/motion/motion_track.h"
#include "core/motion/presets.h"
#include "core/motion/retarget.h"
#include "core/timeline/project.h"

namespace marionette::timeline {

// A whole-clip animation as `marionette-cli animate` describes it: one track
// choice per track for the whole clip, gains, regions, presets. Turned into a
// project so that animate and render share one motion path.
struct ClipSetup {
  RetargetOptions retarget;
  // Relative to the driver's rest (MotionTrack::rest, its calm face over the clip) by default;
  // otherwise to a frame: `referenceFrame`, or the most neutral one when nullopt.
  bool restReference = true;
  std::optional<int> referenceFrame = 0;
  std::vector<Preset> presets;
  double presetSeconds = 0;  // clip length without a driver
  Rational presetFrameRate{25};
};

// The project that reproduces `setup` for a portrait whose own motion is
// `portrait`, driven by `driver` (null: presets alone). Media paths, hashes
// and render settings are left for the caller to fill in. Fails on a
// reference or hold frame outside the driver, an empty driver, or a preset
// clip without presets or with a bad length or rate.
Result<Project> projectFromClipSetup(const ClipSetup& setup, const Motion& portrait,
                                     std::shared_ptr<const MotionTrack> driver);

// The longest preset-only clip: an hour.
constexpr double kMaxPresetSeconds = 3600;

}  // namespace marionette::timeline
