#include "core/motion/face_limits.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/motion/canonical_face.h"
#include "core/motion/retarget.h"

namespace marionette {
namespace {

Vec2 at(const ExpressionCode& code, int landmark) {
  const Vec3& rest = canonicalFace()[static_cast<std::size_t>(landmark)];
  return Vec2{rest.x, rest.y} + code.displacement(landmark);
}

void shift(ExpressionCode& code, int landmark, Vec2 by) {
  code.setDisplacement(landmark, code.displacement(landmark) + by);
}

// What face_limits promises, with its tolerances: inner lips and lids may
// overlap by 0.01, lips keep 0.01 of thickness, the mouth 0.15 of width.
void expectPossible(const ExpressionCode& code, const std::string& what) {
  constexpr double kEps = 1e-5;
  for (auto [upper, lower] : {std::array{61, 67}, std::array{62, 66}, std::array{63, 65}}) {
    EXPECT_GE(at(code, lower).y - at(code, upper).y, -0.01 - kEps) << what << ": inner lips " << upper;
  }
  for (auto [outer, inner] : {std::array{50, 61}, std::array{51, 62}, std::array{52, 63}})
    EXPECT_GE(at(code, inner).y - at(code, outer).y, 0.01 - kEps) << what << ": upper lip " << outer;
  for (auto [inner, outer] : {std::array{67, 58}, std::array{66, 57}, std::array{65, 56}})
    EXPECT_GE(at(code, outer).y - at(code, inner).y, 0.01 - kEps) << what << ": lower lip " << outer;
  EXPECT_GE(at(code, 54).x - at(code, 48).x, 0.15 - kEps) << what << ": mouth width";
  for (auto [upper, lower] : {std::array{37, 41}, std::array{38, 40}, std::array{43, 47}, std::array{44, 46}})
    EXPECT_GE(at(code, lower).y - at(code, upper).y, -0.01 - kEps) << what << ": lid " << upper;
}

TEST(FaceLimits, FacesAFaceCanMakeAreLeftExactlyAsTheyAre) {
  for (int c = 0; c < kExpressionChannelCount; ++c) {
    const auto channel = static_cast<ExpressionChannel>(c);
    for (double value : {0.0, 0.5, 1.0}) {
      ExpressionCode code;
      writeChannel(code, channel, value);
      const ExpressionCode before = code;
      keepWithinFace(code);
      EXPECT_EQ(code, before) << expressionChannelInfo(channel).id << " " << value;
    }
  }
}

TEST(FaceLimits, LipsThatWouldCrossOrInvertAreMovedApart) {
  ExpressionCode code;
  writeChannel(code, ExpressionChannel::JawOpen, -1.5);  // a mouth "closed" past closed
  writeChannel(code, ExpressionChannel::Pout, -1.0);
  ExpressionCode crossed = code;
  ASSERT_LT(at(crossed, 66).y - at(crossed, 62).y, -0.05) << "the test needs crossed inner lips";
  keepWithinFace(code);
  expectPossible(code, "jaw closed past closed");
  // Only the lips moved: jaw, eyes and brows are as asked.
  for (int landmark : {4, 8, 12, 17, 26, 37, 44})
    EXPECT_EQ(code.displacement(landmark), crossed.displacement(landmark)) << landmark;
  // Each crossed pair met in the middle of where the two points were.
  EXPECT_NEAR(at(code, 62).y + at(code, 66).y, at(crossed, 62).y + at(crossed, 66).y, 0.03);
}

TEST(FaceLimits, AnUpperLipPushedThroughTheLowerKeepsItsThickness) {
  ExpressionCode code;
  for (int landmark : {50, 51, 52}) shift(code, landmark, {0, 0.3});  // outer upper lip far below the inner
  keepWithinFace(code);
  expectPossible(code, "outer upper lip pushed down");
}

TEST(FaceLimits, MouthCornersAndLidsNeverPass) {
  ExpressionCode code;
  writeChannel(code, ExpressionChannel::MouthWide, -6);  // corners swap sides
  shift(code, 37, {0, 0.2});                             // an upper lid below the lower
  shift(code, 46, {0, -0.2});                            // a lower lid above the upper
  keepWithinFace(code);
  expectPossible(code, "swapped corners and lids");
}

TEST(FaceLimits, MendingTwiceChangesNothingMore) {
  ExpressionCode code;
  writeChannel(code, ExpressionChannel::JawOpen, -2);
  writeChannel(code, ExpressionChannel::UpperLipRaise, -1.5);
  writeChannel(code, ExpressionChannel::LipFunnel, -1.5);
  for (int landmark : {50, 51, 52}) shift(code, landmark, {0, 0.2});
  keepWithinFace(code);
  expectPossible(code, "many violations at once");
  const ExpressionCode once = code;
  keepWithinFace(code);
  EXPECT_EQ(code, once);
}

// The ratio face_limits promises: differences within 10% count for nothing,
// the excess counts in full.
double expectedScale(double ratio) {
  const double excess = std::max(0.0, std::abs(ratio - 1) - 0.1);
  return ratio >= 1 ? 1 + excess : 1 - excess;
}

TEST(FaceLimits, FeatureScaleIsThePortraitsSizeOverTheDriversWithinBounds) {
  ExpressionCode portrait, driver;
  // The portrait's mouth is 20% wider than the driver's (0.55 wide at rest).
  const double widen = 0.2 * (canonicalFace()[54].x - canonicalFace()[48].x) / 2;
  shift(portrait, 48, {-widen, 0});
  shift(portrait, 54, {widen, 0});
  // The driver's chin sits higher: a shorter lower face.
  shift(driver, 8, {0, -0.2});
  const FeatureScale scale = featureScale(portrait, driver);
  EXPECT_NEAR(scale.mouthWidth, 1.1, 1e-4) << "20% wider: the 10% beyond what expressions explain";
  const double lowerFace = canonicalFace()[8].y - canonicalFace()[33].y;
  EXPECT_NEAR(scale.lowerFace, expectedScale(lowerFace / (lowerFace - 0.2)), 1e-4);
  EXPECT_GT(scale.lowerFace, 1.05);
  EXPECT_NEAR(scale.browHeight, 1, 1e-6);

  // A 5% difference is within what two resting expressions differ by.
  ExpressionCode slightlyWider;
  shift(slightlyWider, 48, {-widen / 4, 0});
  shift(slightlyWider, 54, {widen / 4, 0});
  EXPECT_DOUBLE_EQ(featureScale(slightlyWider, driver).mouthWidth, 1.0);

  // A tiny or inverted reading is a tracking error, not a face: bounded.
  ExpressionCode pinched;
  shift(pinched, 48, {0.2, 0});
  shift(pinched, 54, {-0.2, 0});
  EXPECT_DOUBLE_EQ(featureScale(portrait, pinched).mouthWidth, 1.5);
  EXPECT_DOUBLE_EQ(featureScale(pinched, portrait).mouthWidth, 0.67);
}

TEST(FaceLimits, ScalingMovesMouthAndBrowsButNotEyesOrGaze) {
  ExpressionCode change;
  writeChannel(change, ExpressionChannel::JawOpen, 0.4);
  writeChannel(change, ExpressionChannel::BrowRaiseL, 0.5);
  writeChannel(change, ExpressionChannel::BlinkR, 0.7);
  change.setGaze({10, -5});
  const ExpressionCode before = change;
  scaleToPortrait(change, FeatureScale{1.2, 1.4, 0.8});
  EXPECT_NEAR(change.displacement(8).y, before.displacement(8).y * 1.4, 1e-6);
  EXPECT_NEAR(change.displacement(48).x, before.displacement(48).x * 1.2, 1e-6);
  EXPECT_NEAR(change.displacement(19).y, before.displacement(19).y * 0.8, 1e-6);
  for (int landmark : regionLandmarks(FaceRegion::Eyes))
    EXPECT_EQ(change.displacement(landmark), before.displacement(landmark)) << landmark;
  EXPECT_EQ(change.gaze(), before.gaze());
}

// A driver with a short lower face opens its jaw; the portrait (the
// canonical face, a longer lower face) opens in proportion, measured on the
// driver's rest.
TEST(FaceLimits, RetargetingScalesTheDriversChangeByTheDriversRest) {
  MotionTrack driver;
  driver.frameRate = Rational(25);
  Motion rest;
  rest.pose.scale = 100;
  shift(rest.expression, 8, {0, -0.2});
  for (double jaw : {0.0, 0.5}) {
    MotionFrame frame;
    frame.time = Rational(static_cast<int>(driver.frames.size()), 25);
    frame.motion = rest;
    if (jaw > 0) writeChannel(frame.motion.expression, ExpressionChannel::JawOpen, jaw);
    driver.frames.push_back(frame);
  }
  Motion portrait;
  portrait.pose.scale = 100;
  const double driverChange = driver.frames[1].motion.expression.displacement(8).y - rest.expression.displacement(8).y;
  ASSERT_GT(driverChange, 0.05);

  const Motion unscaled = retargetFrame(portrait, driver, 0, 1, {});
  EXPECT_NEAR(unscaled.expression.displacement(8).y, driverChange, 1e-6) << "a track without rest is not scaled";

  driver.rest = rest;
  const Motion scaled = retargetFrame(portrait, driver, 0, 1, {});
  const double portraitLowerFace = canonicalFace()[8].y - canonicalFace()[33].y;
  const double driverLowerFace = at(rest.expression, 8).y - at(rest.expression, 33).y;
  const double scale = expectedScale(portraitLowerFace / driverLowerFace);
  ASSERT_GT(scale, 1.05) << "the test needs a clearly shorter lower face";
  EXPECT_NEAR(scaled.expression.displacement(8).y, driverChange * scale, 1e-5);
}

}  // namespace
}  // namespace marionette
