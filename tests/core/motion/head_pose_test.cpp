#include "core/motion/head_pose.h"

#include <gtest/gtest.h>

namespace marionette {
namespace {

TEST(HeadPose, EulerRoundTripsThroughTheQuaternion) {
  for (double yaw : {-60.0, -30.0, 0.0, 12.5, 45.0})
    for (double pitch : {-40.0, 0.0, 20.0})
      for (double roll : {-30.0, 0.0, 7.0, 30.0}) {
        EulerAngles back = HeadPose::fromEuler({yaw, pitch, roll}, 0, 0, 1).euler();
        EXPECT_NEAR(back.yaw, yaw, 1e-9);
        EXPECT_NEAR(back.pitch, pitch, 1e-9);
        EXPECT_NEAR(back.roll, roll, 1e-9);
      }
}

TEST(HeadPose, PositiveAnglesMoveTheNoseAsDocumented) {
  // The nose tip sits in front of the face (negative z).
  const Vec3 nose{0, 0, -1};
  Vec3 yawed = HeadPose::rotationFromEuler({20, 0, 0}).toMatrix() * nose;
  EXPECT_GT(yawed.x, 0.1) << "yaw > 0 turns the face towards image right";
  Vec3 pitched = HeadPose::rotationFromEuler({0, 20, 0}).toMatrix() * nose;
  EXPECT_LT(pitched.y, -0.1) << "pitch > 0 looks up (image y grows downwards)";
  Vec3 right{1, 0, 0};
  Vec3 rolled = HeadPose::rotationFromEuler({0, 0, 20}).toMatrix() * right;
  EXPECT_GT(rolled.y, 0.1) << "roll > 0 tilts clockwise on screen";
}

TEST(Quaternion, SlerpHalfwayHalvesTheAngle) {
  Quaternion a = HeadPose::rotationFromEuler({0, 0, 0});
  Quaternion b = HeadPose::rotationFromEuler({40, 0, 0});
  Quaternion mid = Quaternion::slerp(a, b, 0.5);
  EXPECT_NEAR(degrees(Quaternion::angleBetween(a, mid)), 20, 1e-9);
  EXPECT_NEAR(degrees(Quaternion::angleBetween(mid, b)), 20, 1e-9);
}

}  // namespace
}  // namespace marionette
