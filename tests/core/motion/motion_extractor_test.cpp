#include "core/motion/motion_extractor.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/core/motion/synthetic_face.h"

namespace marionette {
namespace {

using testing::syntheticLandmarks;

constexpr ImageFrame kFrame{512, 512};

ExpressionCode someExpression() {
  ExpressionCode code;
  writeChannel(code, ExpressionChannel::JawOpen, 0.6);
  writeChannel(code, ExpressionChannel::SmileL, 0.4);
  writeChannel(code, ExpressionChannel::BrowRaiseR, 0.5);
  writeChannel(code, ExpressionChannel::BlinkL, 0.8);
  return code;
}

double angleError(const HeadPose& a, const HeadPose& b) {
  return degrees(Quaternion::angleBetween(a.rotation, b.rotation));
}

TEST(MotionExtractor, RecoversPoseWithinHalfADegreeWithoutNoise) {
  MotionExtractor extractor;
  for (double yaw : {-30.0, -15.0, 0.0, 15.0, 30.0})
    for (double pitch : {-20.0, 0.0, 20.0})
      for (double roll : {-30.0, 0.0, 30.0}) {
        HeadPose truth = HeadPose::fromEuler({yaw, pitch, roll}, 0.3, -0.2, 140);
        auto sample = extractor.extract(syntheticLandmarks(truth, someExpression(), kFrame), kFrame);
        ASSERT_TRUE(sample.ok()) << sample.error().message;
        EulerAngles got = sample->motion.pose.euler();
        EXPECT_NEAR(got.yaw, yaw, 0.5);
        EXPECT_NEAR(got.pitch, pitch, 0.5);
        EXPECT_NEAR(got.roll, roll, 0.5);
        EXPECT_NEAR(sample->motion.pose.scale, 140, 0.1);
        EXPECT_NEAR(sample->motion.pose.tx, 0.3, 1e-3);
        EXPECT_NEAR(sample->motion.pose.ty, -0.2, 1e-3);
        EXPECT_GT(sample->confidence, 0.99);
      }
}

TEST(MotionExtractor, ExpressionIsUnchangedWhenOnlyThePoseChanges) {
  MotionExtractor extractor;
  const ExpressionCode expression = someExpression();
  // Stated tolerance: 1e-3 face units per coordinate (about 0.1 px on a 140 px face).
  for (double yaw : {-30.0, 0.0, 30.0})
    for (double pitch : {-20.0, 0.0, 20.0})
      for (double roll : {-30.0, 0.0, 30.0}) {
        HeadPose pose = HeadPose::fromEuler({yaw, pitch, roll}, -0.1, 0.15, 120);
        auto sample = extractor.extract(syntheticLandmarks(pose, expression, kFrame), kFrame);
        ASSERT_TRUE(sample.ok());
        EXPECT_LT(maxAbsDifference(sample->motion.expression, expression), 1e-3)
            << "yaw " << yaw << " pitch " << pitch << " roll " << roll;
        auto channels = readChannels(sample->motion.expression);
        EXPECT_NEAR(channels[int(ExpressionChannel::JawOpen)], 0.6, 0.01);
        EXPECT_NEAR(channels[int(ExpressionChannel::BlinkL)], 0.8, 0.01);
      }
}

TEST(MotionExtractor, JawOpenAloneMovesJawOpenAndNotScaleOrPitch) {
  MotionExtractor extractor;
  HeadPose pose = HeadPose::fromEuler({10, -5, 3}, 0, 0, 150);
  ExpressionCode closed;
  ExpressionCode open;
  writeChannel(open, ExpressionChannel::JawOpen, 1.0);
  auto a = extractor.extract(syntheticLandmarks(pose, closed, kFrame), kFrame);
  auto b = extractor.extract(syntheticLandmarks(pose, open, kFrame), kFrame);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NEAR(b->motion.pose.scale, a->motion.pose.scale, 1e-6 * a->motion.pose.scale);
  EXPECT_NEAR(b->motion.pose.euler().pitch, a->motion.pose.euler().pitch, 1e-4);
  auto before = readChannels(a->motion.expression);
  auto after = readChannels(b->motion.expression);
  EXPECT_NEAR(after[int(ExpressionChannel::JawOpen)] - before[int(ExpressionChannel::JawOpen)], 1.0, 1e-3);
  for (int k = 0; k < kExpressionChannelCount; ++k) {
    if (k == int(ExpressionChannel::JawOpen)) continue;
    EXPECT_NEAR(after[k], before[k], 1e-3) << expressionChannels()[k].id;
  }
}

TEST(MotionExtractor, EncodeDecodeEncodeIsStable) {
  MotionExtractor extractor;
  HeadPose pose = HeadPose::fromEuler({-22, 12, -8}, 0.05, 0.02, 90);
  Landmarks observed = syntheticLandmarks(pose, someExpression(), kFrame, 1.5, 7);
  auto first = extractor.extract(observed, kFrame);
  ASSERT_TRUE(first.ok());
  Landmarks decoded = decodeLandmarks(extractor.model(), first->motion.expression, first->motion.pose, kFrame);
  for (int i = 0; i < kLandmarkCount; ++i) EXPECT_LT((decoded[i] - observed[i]).norm(), 0.01) << "landmark " << i;
  auto second = extractor.extract(decoded, kFrame);
  ASSERT_TRUE(second.ok());
  EXPECT_LT(angleError(first->motion.pose, second->motion.pose), 1e-3);
  EXPECT_LT(maxAbsDifference(first->motion.expression, second->motion.expression), 1e-4);
}

TEST(MotionExtractor, PoseStaysCloseUnderLandmarkNoise) {
  MotionExtractor extractor;
  // One pixel of noise on a 150 px face, about what dlib gives on a sharp frame.
  double worst = 0;
  for (unsigned seed = 1; seed <= 20; ++seed) {
    HeadPose truth = HeadPose::fromEuler({25, -10, 15}, 0, 0, 150);
    auto sample = extractor.extract(syntheticLandmarks(truth, someExpression(), kFrame, 1.0, seed), kFrame);
    ASSERT_TRUE(sample.ok());
    worst = std::max(worst, angleError(sample->motion.pose, truth));
  }
  EXPECT_LT(worst, 3.0);
}

TEST(MotionExtractor, RejectsDegenerateAndNonFiniteLandmarks) {
  MotionExtractor extractor;
  Landmarks collapsed;
  collapsed.fill({100, 100});
  auto a = extractor.extract(collapsed, kFrame);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().message, "landmarks are degenerate: no head pose fits them");
  Landmarks broken = syntheticLandmarks(HeadPose::fromEuler({}, 0, 0, 100), {}, kFrame);
  broken[30].x = std::nan("");
  auto b = extractor.extract(broken, kFrame);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().message, "landmarks contain non-finite coordinates");
}

TEST(MotionExtractor, ConfidenceDropsForAShapeThatIsNotARigidHead) {
  MotionExtractor extractor;
  HeadPose pose = HeadPose::fromEuler({}, 0, 0, 120);
  Landmarks warped = syntheticLandmarks(pose, {}, kFrame);
  for (int i : {0, 1, 2, 27, 28, 36, 39}) warped[i] = warped[i] + Vec2{25, -30};
  auto good = extractor.extract(syntheticLandmarks(pose, {}, kFrame), kFrame);
  auto bad = extractor.extract(warped, kFrame);
  ASSERT_TRUE(good.ok() && bad.ok());
  EXPECT_GT(good->confidence, 0.99);
  EXPECT_LT(bad->confidence, 0.5);
}

}  // namespace
}  // namespace marionette
