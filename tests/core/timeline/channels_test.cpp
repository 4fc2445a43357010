// The band the editor marks on a pose slider is where the renderer draws a
// turn as asked; it narrows for a portrait that is already turned.
#include "core/timeline/channels.h"

#include <gtest/gtest.h>

namespace marionette::timeline {
namespace {

TEST(Channels, TheTurnBandFollowsThePortraitsOwnPose) {
  const TimelineChannel& yaw = channelInfo(ChannelId::pose(PoseChannel::Yaw));
  const TimelineChannel& pitch = channelInfo(ChannelId::pose(PoseChannel::Pitch));
  const HeadPose frontal = HeadPose::fromEuler({0, 0, 0}, 0, 0, 100);
  const HeadPose turned = HeadPose::fromEuler({-30, -10, 0}, 0, 0, 100);
  const ValueBand frontalYaw = renderedWellBand(yaw, frontal);
  EXPECT_DOUBLE_EQ(frontalYaw.maximum, yaw.renderedWellMaximum) << "the fixed band is the frontal portrait's";
  EXPECT_DOUBLE_EQ(frontalYaw.minimum, -frontalYaw.maximum);
  EXPECT_GT(frontalYaw.maximum, 10);
  EXPECT_LT(frontalYaw.maximum, yaw.maximum);
  EXPECT_LT(renderedWellBand(yaw, turned).maximum, frontalYaw.maximum);
  EXPECT_LT(renderedWellBand(pitch, turned).maximum, renderedWellBand(pitch, frontal).maximum);
  EXPECT_TRUE(frontalYaw.contains(35));
  EXPECT_FALSE(frontalYaw.contains(45));

  const TimelineChannel& roll = channelInfo(ChannelId::pose(PoseChannel::Roll));
  const ValueBand rollBand = renderedWellBand(roll, turned);
  EXPECT_EQ(rollBand.minimum, roll.renderedWellMinimum)
      << "a roll turns within the picture: no portrait-dependent band";
  EXPECT_EQ(rollBand.maximum, roll.renderedWellMaximum);
}

}  // namespace
}  // namespace marionette::timeline
