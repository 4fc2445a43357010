#pragma once

#include <utility>
#include <vector>

#include "core/motion/presets.h"
#include "core/timeline/project.h"
#include "core/timeline/time.h"

namespace marionette::timeline {

// Keyframes for one channel, as produced by a generator.
struct ChannelKeys {
  ChannelId channel;
  std::vector<Keyframe> keys;
};

// What generated expression values mean in the mode they will be used in.
enum class ExpressionValues { Readings, Offsets };  // Keyframed / DrivingOffset

// The motion presets (nod, blink, smile, …) as editable keyframes: the preset
// curves are sampled at every frame of `range` and simplified to Linear keys
// within a small tolerance (rotation channels share key times). Channels a
// preset does not move get no keys. `portrait` is the portrait's own motion;
// `duration` (seconds) is the clip length the presets shape themselves to.
std::vector<ChannelKeys> presetKeyframes(const std::vector<Preset>& presets, double duration, Rational frameRate,
                                         FrameRange range, const Motion& portrait, ExpressionValues meaning);

// The motion the project currently produces on `track` over `range`, as
// Keyframed-mode keys (pose offsets, expression readings), simplified the
// same way: "bake the driver into keyframes".
std::vector<ChannelKeys> bakeKeyframes(const Project& project, TrackKind track, FrameRange range);
// Keyframed-mode keys on `track` that play `motions`, one per frame from
// frame `first` on, simplified the same way (a recorded take punched in).
std::vector<ChannelKeys> keyframesPlaying(const std::vector<Motion>& motions, TrackKind track, const Motion& portrait,
                                          Rational frameRate, std::int64_t first);

// `curve` with every key in [start, end] replaced by `keys`.
Curve replaceKeysInRange(const Curve& curve, Rational start, Rational end, const std::vector<Keyframe>& keys);

// Largest deviation generated keys may have from the sampled curve, per
// channel: 0.05° for angles, 1e-3 face units, 1e-3 scale, 5e-3 expression.
double simplifyTolerance(ChannelId channel);

}  // namespace marionette::timeline
