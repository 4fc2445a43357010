#pragma once

#include <cstdint>

#include "core/motion/motion.h"
#include "core/timeline/project.h"

namespace marionette::timeline {

// The target motion of the portrait at frame `frame` (or at `time`): a pure
// function of the project snapshot — no caches, no globals, no clocks — so
// the same project gives the same motion bit for bit, on every thread.
//
// Per track and time the segment's mode decides: Driving retargets the
// driver's frame (relative to the reference frame, times the gain, after the
// track's smoothing) onto the portrait exactly as core/motion/retarget does;
// Source is the portrait's own; Hold retargets one driver frame or sets the
// hold values; Keyframed sets the keyed channels; DrivingOffset keys on top of
// Driving. The Expression track composes its regions: the landmarks of a
// region that does not follow the expression track take that region's result.
// Without a portrait motion the neutral motion is the base; without driver
// motion, Driving and Hold-on-driver fall back to the portrait's own.
// Frames outside the project are clamped to it.
Motion motionAt(const Project& project, std::int64_t frame);
Motion motionAtTime(const Project& project, Rational time);

// The channel values (with keyframe meaning, see TimelineChannel) that a
// motion has relative to the portrait: pose offsets from the portrait's own
// pose, expression channel readings. Used to bake motion into keyframes and
// by the inspector to show what a frame looks like.
ChannelValues channelValuesOf(const Motion& motion, const Motion& portrait);

}  // namespace marionette::timeline
