#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/base/geometry.h"
#include "core/timeline/commands.h"
#include "core/timeline/project.h"
#include "core/timeline/time.h"

namespace marionette::timeline {

// The editing rules every view shares: which mode governs a channel, what
// "set this channel's value here" means, how keys move and how a row's mode
// changes. Widgets ask these and send the commands they return; none of them
// decides such things itself.

// The mode track a row of the timeline edits.
const ModeTrack& modeTrack(const Project& project, TrackRef track);

// The track whose modes govern `channel`: a region's own when the channel
// belongs to a region that does not follow the expression track, else the
// Pose or Expression track.
TrackRef governingTrack(const Project& project, ChannelId channel);
TrackMode governingMode(const Project& project, ChannelId channel, Rational time);

// What a key of `channel` at `time` does there.
enum class KeyEffect {
  Value,   // Keyframed: the key is the channel's value
  Offset,  // Driving + offset: the key is added to the driver's value
  None,    // Driving, Source or Hold: keys wait until the range is keyed
};
KeyEffect keyEffectAt(const Project& project, ChannelId channel, Rational time);

// The channel's value the project gives at `frame` (keyframe meaning: pose
// offsets from the portrait's own pose, expression readings).
double channelValueAt(const Project& project, ChannelId channel, FrameIndex frame);

// "Set this channel's value here": keys `channel` at `frame` so that it shows
// `value` there. Where keys are offsets the key is the difference from what
// the driver gives; elsewhere it is the value itself. `merge` joins a drag's
// steps into one undo step.
CommandPtr setChannelValue(const Project& project, ChannelId channel, FrameIndex frame, double value, bool merge);

// Where the eyes look to meet a point `offset` from the middle between them,
// in face units in the picture's plane (x right, y down), the point held one
// face unit in front of the face (so half an eye span aside is about 27°):
// gaze degrees, within the gaze channels' ranges.
Vec2 gazeTowards(Vec2 offset);

// Both gaze channels set at `frame` as one edit ("Set gaze", what dragging
// the eyes in the viewport sends); `merge` joins a drag's steps.
CommandPtr setGaze(const Project& project, FrameIndex frame, Vec2 degrees, bool merge);

// A keyframe as views address it.
struct KeyRef {
  ChannelId channel;
  Rational time;
  friend bool operator==(const KeyRef&, const KeyRef&) = default;
  friend bool operator<(const KeyRef& a, const KeyRef& b) {
    return a.channel != b.channel ? a.channel < b.channel : a.time < b.time;
  }
};

// Keys moved together by `frames` along the timeline (the timeline's drag),
// in an order that never lands one on a neighbour still to move. Fails when a
// key would leave the clip or land on another key. `merge` joins a drag.
CommandPtr shiftKeys(const Project& project, const std::set<KeyRef>& keys, FrameIndex frames, bool merge);
// One key moved to another frame and value (the curve editor's drag).
CommandPtr moveKey(const Project& project, KeyRef key, FrameIndex toFrame, double value, bool merge);
// Where keys end up after shiftKeys (for keeping a selection).
std::set<KeyRef> shiftedKeys(const Project& project, const std::set<KeyRef>& keys, FrameIndex frames);
CommandPtr deleteKeys(const std::set<KeyRef>& keys);

// Sets `mode` over frames [range.first, range.end) of a row's track (to the
// clip's end when range.end reaches it). A region that follows the expression
// track first takes a copy of that track's modes, gain and smoothing, so only
// the range changes what the region does. Hold freezes on the range's first
// frame.
CommandPtr setModeOver(const Project& project, TrackRef track, FrameRange range, TrackMode mode);

// Several commands as one undo step ("Move keyframes"): applies them in order
// and reverts the applied ones when a later one fails.
CommandPtr composite(std::string name, std::vector<CommandPtr> commands, std::string mergeKey = {});

}  // namespace marionette::timeline
