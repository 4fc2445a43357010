// Big turns stretch what a portrait hid (and the warp alone folds them), so
// the renderer draws turns past a knee ever smaller (see TurnLimits); these
// pin down the shape of that limit.
#include "core/motion/turn_limits.h"

#include <gtest/gtest.h>

#include <cmath>

namespace marionette {
namespace {

TEST(TurnLimits, AnglesWithinTheKneeAreDrawnAsAsked) {
  for (double angle : {-12.0, -5.0, 0.0, 3.5, 12.0}) EXPECT_EQ(softLimitAngle(angle, 12, 20), angle);
}

TEST(TurnLimits, PastTheKneeTurnsGrowSmoothlyButNeverReachTheLimit) {
  double previous = softLimitAngle(12, 12, 20);
  for (double angle = 12.5; angle <= 90; angle += 0.5) {
    const double drawn = softLimitAngle(angle, 12, 20);
    EXPECT_GT(drawn, previous) << "still growing at " << angle;
    EXPECT_LT(drawn, 20) << angle;
    EXPECT_LT(drawn - previous, 0.5 + 1e-12) << "never steeper than asked, at " << angle;
    EXPECT_EQ(softLimitAngle(-angle, 12, 20), -drawn) << "the same both ways";
    previous = drawn;
  }
  // The slope at the knee is 1: no kink where the limit starts.
  EXPECT_NEAR(softLimitAngle(12.001, 12, 20) - 12, 0.001, 1e-6);
  EXPECT_NEAR(softLimitAngle(35, 12, 20), 19.95, 0.01);
  EXPECT_EQ(softLimitAngle(30, 12, 12), 12) << "no room: a hard stop";
}

TEST(TurnLimits, SmallTurnsAreLeftBitForBit) {
  const Quaternion source = HeadPose::rotationFromEuler({4, -3, 2});
  const Quaternion target = HeadPose::rotationFromEuler({10, 5, 25}) * source;
  const Quaternion drawn = limitTurn(target, source, turnLimitsFor(source));
  EXPECT_EQ(drawn.w, target.w);
  EXPECT_EQ(drawn.x, target.x);
  EXPECT_EQ(drawn.y, target.y);
  EXPECT_EQ(drawn.z, target.z);
}

TEST(TurnLimits, ABigTurnIsDrawnSmallerWithItsRollAndDirectionKept) {
  const Quaternion frontal = HeadPose::rotationFromEuler({0, 0, 0});
  const TurnLimits limits = turnLimitsFor(frontal, TurnDrawing::Warp);
  EXPECT_DOUBLE_EQ(limits.yawMost, 20);
  EXPECT_DOUBLE_EQ(limits.pitchMost, 26);
  for (double yaw : {-35.0, 35.0}) {
    const EulerAngles drawn =
        relativeRotation(limitTurn(HeadPose::rotationFromEuler({yaw, 0, 10}), frontal, limits), frontal);
    EXPECT_GT(std::abs(drawn.yaw), limits.yawKnee);
    EXPECT_LT(std::abs(drawn.yaw), limits.yawMost);
    EXPECT_GT(drawn.yaw * yaw, 0) << "same direction";
    EXPECT_NEAR(drawn.roll, 10, 1e-6);
    EXPECT_NEAR(drawn.pitch, 0, 1e-6);
  }
  const EulerAngles down =
      relativeRotation(limitTurn(HeadPose::rotationFromEuler({0, -40, 0}), frontal, limits), frontal);
  EXPECT_LT(down.pitch, -limits.pitchKnee);
  EXPECT_GT(down.pitch, -limits.pitchMost);
}

TEST(TurnLimits, AFrontalFaceDrawnAsASurfaceTurnsAsAskedTo35DegreesOfYawAnd25OfPitch) {
  const Quaternion frontal = HeadPose::rotationFromEuler({0, 0, 0});
  const TurnLimits surface = turnLimitsFor(frontal, TurnDrawing::Surface);
  const TurnLimits warp = turnLimitsFor(frontal, TurnDrawing::Warp);
  EXPECT_GE(surface.yawKnee, 35);
  EXPECT_GE(surface.pitchKnee, 25);
  EXPECT_GT(surface.yawMost, warp.yawMost);
  // A portrait turned 35° away (the Vermeer) stretches its far side soon.
  const TurnLimits turned = turnLimitsFor(HeadPose::rotationFromEuler({-35, -12, 11}), TurnDrawing::Surface);
  EXPECT_LE(turned.yawMost, 8);
}

TEST(TurnLimits, AnAlreadyTurnedPortraitHasLessRoom) {
  const TurnLimits frontal = turnLimitsFor(HeadPose::rotationFromEuler({0, 0, 0}));
  const TurnLimits threeQuarter = turnLimitsFor(HeadPose::rotationFromEuler({-25, -10, 5}));
  const TurnLimits profile = turnLimitsFor(HeadPose::rotationFromEuler({80, 0, 0}));
  EXPECT_LT(threeQuarter.yawMost, frontal.yawMost);
  EXPECT_LT(threeQuarter.pitchMost, frontal.pitchMost);
  EXPECT_LT(threeQuarter.yawKnee, threeQuarter.yawMost);
  EXPECT_GT(profile.yawMost, 0) << "a floor: some turn is always drawn";
  EXPECT_LE(profile.yawMost, threeQuarter.yawMost);
}

}  // namespace
}  // namespace marionette
