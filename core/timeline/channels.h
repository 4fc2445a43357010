#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/motion/expression_code.h"
#include "core/motion/head_pose.h"

namespace marionette::timeline {

// The two motion tracks of the timeline.
enum class TrackKind { Pose, Expression };

enum class PoseChannel { Yaw, Pitch, Roll, Tx, Ty, Scale };
constexpr int kPoseChannelCount = 6;

// Every animatable channel: the six pose channels, then the named
// expression channels in ExpressionChannel order. The index is what curves
// and commands are keyed by; files use the descriptor's `id`.
constexpr int kChannelCount = kPoseChannelCount + kExpressionChannelCount;

class ChannelId {
 public:
  constexpr ChannelId() = default;
  static constexpr ChannelId pose(PoseChannel c) { return ChannelId(static_cast<int>(c)); }
  static constexpr ChannelId expression(ExpressionChannel c) {
    return ChannelId(kPoseChannelCount + static_cast<int>(c));
  }
  // nullopt outside 0..kChannelCount-1.
  static constexpr std::optional<ChannelId> fromIndex(int index) {
    if (index < 0 || index >= kChannelCount) return std::nullopt;
    return ChannelId(index);
  }

  constexpr int index() const { return index_; }
  constexpr TrackKind track() const { return index_ < kPoseChannelCount ? TrackKind::Pose : TrackKind::Expression; }
  constexpr PoseChannel poseChannel() const { return static_cast<PoseChannel>(index_); }
  constexpr ExpressionChannel expressionChannel() const {
    return static_cast<ExpressionChannel>(index_ - kPoseChannelCount);
  }
  // Yaw, pitch and roll are keyed together and interpolated as one rotation.
  constexpr bool isRotation() const { return index_ <= static_cast<int>(PoseChannel::Roll); }

  friend constexpr bool operator==(ChannelId, ChannelId) = default;
  friend constexpr auto operator<=>(ChannelId, ChannelId) = default;

 private:
  constexpr explicit ChannelId(int index) : index_(index) {}
  int index_ = 0;
};

// The pose channels by name, for code that reads or keys them directly.
inline constexpr ChannelId kYaw = ChannelId::pose(PoseChannel::Yaw);
inline constexpr ChannelId kPitch = ChannelId::pose(PoseChannel::Pitch);
inline constexpr ChannelId kRoll = ChannelId::pose(PoseChannel::Roll);
inline constexpr ChannelId kTx = ChannelId::pose(PoseChannel::Tx);
inline constexpr ChannelId kTy = ChannelId::pose(PoseChannel::Ty);
inline constexpr ChannelId kScale = ChannelId::pose(PoseChannel::Scale);

// One descriptor per animatable channel: the timeline, the
// inspector, the CLI and the project file all read these.
//
// What a keyframe value means:
//  - pose channels are offsets from the portrait's own pose: yaw/pitch/roll in
//    degrees (a camera-frame rotation on top of the portrait's), tx/ty in face
//    units, scale as a factor. A photo's own head angle is arbitrary, so "0"
//    has to mean "as in the photo", and a warp can only move a head so far.
//  - expression channels are the channel readings themselves (blink 1 = shut,
//    smile 0.8) in Keyframed and Hold modes, and amounts added to the driver's
//    reading in Driving + offset mode.
struct TimelineChannel {
  ChannelId id;
  std::string_view key;    // stable identifier in files and on the command line ("yaw", "smileL")
  std::string_view label;  // English label for the UI ("Yaw", "Smile (left)")
  std::string_view unit;   // "°", "face units", "×" or "" for expression amounts
  double minimum, maximum;
  double defaultValue;               // the value an unkeyed offset has
  std::optional<FaceRegion> region;  // expression channels only
  // The part of [minimum, maximum] today's renderer draws without visible
  // damage (a 2D warp folds the face on big turns). Values beyond are
  // allowed; the editor shows the band and warns past it.
  double renderedWellMinimum, renderedWellMaximum;
  bool rendersWell(double value) const { return value >= renderedWellMinimum && value <= renderedWellMaximum; }
};

// The band `channel` is drawn well in, for a portrait whose own pose is
// `portrait`: turns are drawn as asked up to the renderer's knee, which is
// smaller the further the portrait is already turned (TurnLimits); other
// channels keep their fixed band.
struct ValueBand {
  double minimum, maximum;
  bool contains(double value) const { return value >= minimum && value <= maximum; }
};
ValueBand renderedWellBand(const TimelineChannel& channel, const HeadPose& portrait);

const std::array<TimelineChannel, kChannelCount>& timelineChannels();
const TimelineChannel& channelInfo(ChannelId channel);
std::optional<ChannelId> channelFromKey(std::string_view key);

// The channels of one track, in index order.
constexpr int firstChannel(TrackKind track) { return track == TrackKind::Pose ? 0 : kPoseChannelCount; }
constexpr int channelEnd(TrackKind track) { return track == TrackKind::Pose ? kPoseChannelCount : kChannelCount; }

// Values of all channels at once (unused entries are ignored by the reader).
using ChannelValues = std::array<double, kChannelCount>;

}  // namespace marionette::timeline
