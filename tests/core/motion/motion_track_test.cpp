#include "core/motion/motion_track.h"

#include <gtest/gtest.h>

namespace marionette {
namespace {

MotionFrame frameAt(int index, double yaw, float jaw, bool lost) {
  MotionFrame f;
  f.time = Rational(index, 30);
  f.motion.pose = HeadPose::fromEuler({yaw, 0, 0}, 0, 0, 100);
  f.motion.expression.values[16] = jaw;
  f.faceLost = lost;
  f.confidence = lost ? 0 : 1;
  return f;
}

TEST(MotionTrack, LostFramesAreInterpolatedBetweenGoodOnes) {
  MotionTrack track;
  track.frameRate = Rational(30);
  track.frames = {frameAt(0, 0, 0, false), frameAt(1, 99, 9, true), frameAt(2, 99, 9, true), frameAt(3, 30, 3, false)};
  EXPECT_EQ(track.lostFrameCount(), 2);
  ASSERT_TRUE(fillLostFrames(track));
  EXPECT_NEAR(track.frames[1].motion.pose.euler().yaw, 10, 1e-6);
  EXPECT_NEAR(track.frames[2].motion.pose.euler().yaw, 20, 1e-6);
  EXPECT_NEAR(track.frames[2].motion.expression.values[16], 2, 1e-5);
  EXPECT_EQ(track.lostFrameCount(), 2) << "filled frames stay flagged";
}

TEST(MotionTrack, LostEndsHoldTheNearestGoodFrame) {
  MotionTrack track;
  track.frames = {frameAt(0, 5, 0, true), frameAt(1, 15, 1, false), frameAt(2, 5, 5, true)};
  ASSERT_TRUE(fillLostFrames(track));
  EXPECT_NEAR(track.frames[0].motion.pose.euler().yaw, 15, 1e-6);
  EXPECT_NEAR(track.frames[2].motion.pose.euler().yaw, 15, 1e-6);
}

TEST(MotionTrack, AllLostCannotBeFilled) {
  MotionTrack track;
  track.frames = {frameAt(0, 0, 0, true), frameAt(1, 0, 0, true)};
  EXPECT_FALSE(fillLostFrames(track));
}

}  // namespace
}  // namespace marionette
