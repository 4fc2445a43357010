#include "core/timeline/channels.h"

#include "core/motion/turn_limits.h"

#include <stdexcept>

namespace marionette::timeline {

namespace {

// Pose offsets the editor's sliders span (the evaluator does not clamp).
constexpr double kMaxYawOffset = 60, kMaxPitchOffset = 45, kMaxRollOffset = 60;
constexpr double kMaxShift = 1.0;  // face units
constexpr double kMinScale = 0.5, kMaxScale = 2.0;
// What the renderer shows cleanly: turns up to its knee for a frontal
// portrait (past it they are drawn smaller, see TurnLimits), rolls and moves
// up to where the neck stretches.
constexpr double kWellRoll = 30, kWellShift = 0.3;
constexpr double kWellMinScale = 0.8, kWellMaxScale = 1.25;

std::array<TimelineChannel, kChannelCount> makeChannels() {
  using P = PoseChannel;
  const TurnLimits frontal = turnLimitsFor(Quaternion{});
  const double wellYaw = frontal.yawKnee, wellPitch = frontal.pitchKnee;
  std::array<TimelineChannel, kChannelCount> channels{{
      {ChannelId::pose(P::Yaw), "yaw", "Yaw", "°", -kMaxYawOffset, kMaxYawOffset, 0, std::nullopt, -wellYaw, wellYaw},
      {ChannelId::pose(P::Pitch), "pitch", "Pitch", "°", -kMaxPitchOffset, kMaxPitchOffset, 0, std::nullopt, -wellPitch,
       wellPitch},
      {ChannelId::pose(P::Roll), "roll", "Roll", "°", -kMaxRollOffset, kMaxRollOffset, 0, std::nullopt, -kWellRoll,
       kWellRoll},
      {ChannelId::pose(P::Tx), "tx", "Move right", "face units", -kMaxShift, kMaxShift, 0, std::nullopt, -kWellShift,
       kWellShift},
      {ChannelId::pose(P::Ty), "ty", "Move down", "face units", -kMaxShift, kMaxShift, 0, std::nullopt, -kWellShift,
       kWellShift},
      {ChannelId::pose(P::Scale), "scale", "Scale", "×", kMinScale, kMaxScale, 1, std::nullopt, kWellMinScale,
       kWellMaxScale},
  }};
  // The expression channels come from the motion model's own descriptors, so
  // ids, labels and ranges are written down once.
  for (const ChannelDescriptor& d : expressionChannels()) {
    const ChannelId id = ChannelId::expression(d.channel);
    const bool gaze = d.channel == ExpressionChannel::GazeX || d.channel == ExpressionChannel::GazeY;
    channels[id.index()] = {id,        d.id,      d.label,  gaze ? "°" : "", d.minimum,
                            d.maximum, d.neutral, d.region, d.minimum,       d.maximum};
  }
  return channels;
}

}  // namespace

ValueBand renderedWellBand(const TimelineChannel& channel, const HeadPose& portrait) {
  const bool yaw = channel.id == ChannelId::pose(PoseChannel::Yaw);
  const bool pitch = channel.id == ChannelId::pose(PoseChannel::Pitch);
  if (!yaw && !pitch) return {channel.renderedWellMinimum, channel.renderedWellMaximum};
  const TurnLimits limits = turnLimitsFor(portrait.rotation);
  const double knee = yaw ? limits.yawKnee : limits.pitchKnee;
  return {-knee, knee};
}

const std::array<TimelineChannel, kChannelCount>& timelineChannels() {
  static const std::array<TimelineChannel, kChannelCount> kChannels = makeChannels();
  return kChannels;
}

const TimelineChannel& channelInfo(ChannelId channel) { return timelineChannels()[channel.index()]; }

std::optional<ChannelId> channelFromKey(std::string_view key) {
  for (const TimelineChannel& c : timelineChannels())
    if (c.key == key) return c.id;
  return std::nullopt;
}

}  // namespace marionette::timeline
