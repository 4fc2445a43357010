#include "core/timeline/channels.h"

#include <stdexcept>

namespace marionette::timeline {

namespace {

// Pose offsets a warp renderer can still show without tearing; the UI clamps
// sliders to these, the evaluator does not.
constexpr double kMaxYawOffset = 60, kMaxPitchOffset = 45, kMaxRollOffset = 60;
constexpr double kMaxShift = 1.0;  // face units
constexpr double kMinScale = 0.5, kMaxScale = 2.0;

std::array<TimelineChannel, kChannelCount> makeChannels() {
  using P = PoseChannel;
  std::array<TimelineChannel, kChannelCount> channels{{
      {ChannelId::pose(P::Yaw), "yaw", "Yaw", "°", -kMaxYawOffset, kMaxYawOffset, 0, std::nullopt},
      {ChannelId::pose(P::Pitch), "pitch", "Pitch", "°", -kMaxPitchOffset, kMaxPitchOffset, 0, std::nullopt},
      {ChannelId::pose(P::Roll), "roll", "Roll", "°", -kMaxRollOffset, kMaxRollOffset, 0, std::nullopt},
      {ChannelId::pose(P::Tx), "tx", "Move right", "face units", -kMaxShift, kMaxShift, 0, std::nullopt},
      {ChannelId::pose(P::Ty), "ty", "Move down", "face units", -kMaxShift, kMaxShift, 0, std::nullopt},
      {ChannelId::pose(P::Scale), "scale", "Scale", "×", kMinScale, kMaxScale, 1, std::nullopt},
  }};
  // The expression channels come from the motion model's own descriptors, so
  // ids, labels and ranges are written down once.
  for (const ChannelDescriptor& d : expressionChannels()) {
    const ChannelId id = ChannelId::expression(d.channel);
    channels[id.index()] = {id, d.id, d.label, "", d.minimum, d.maximum, d.neutral, d.region};
  }
  return channels;
}

}  // namespace

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
