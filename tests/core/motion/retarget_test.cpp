#include "core/motion/retarget.h"

#include "core/motion/canonical_face.h"

#include <gtest/gtest.h>

namespace marionette {
namespace {

Motion motionWith(EulerAngles angles, double tx, double ty, double scale) {
  Motion m;
  m.pose = HeadPose::fromEuler(angles, tx, ty, scale);
  return m;
}

double angleDegrees(const Quaternion& a, const Quaternion& b) { return degrees(Quaternion::angleBetween(a, b)); }

double channel(const Motion& m, ExpressionChannel c) { return readChannel(m.expression, c); }

// A driver that starts neutral and frontal, then turns, opens the jaw and blinks.
MotionTrack drivingTrack() {
  MotionTrack track;
  track.frameRate = Rational(25);
  for (int i = 0; i < 5; ++i) {
    MotionFrame f;
    f.time = Rational(i, 25);
    f.motion = motionWith({5.0 * i, 0, 0}, 0.01 * i, 0, 200 + 10 * i);
    writeChannel(f.motion.expression, ExpressionChannel::JawOpen, 0.2 * i);
    writeChannel(f.motion.expression, ExpressionChannel::BlinkL, i == 3 ? 1.0 : 0.0);
    track.frames.push_back(f);
  }
  return track;
}

TEST(Retarget, AddsTheDriversRotationChangeInCameraFrame) {
  Motion source = motionWith({10, 0, 0}, 0, 0, 100);
  Motion reference = motionWith({5, 0, 0}, 0, 0, 200);
  Motion frame = motionWith({25, 0, 0}, 0, 0, 200);
  Motion out = retarget(source, reference, frame, {});
  EXPECT_NEAR(out.pose.euler().yaw, 30, 1e-6);
  EXPECT_NEAR(out.pose.euler().pitch, 0, 1e-6);

  // A portrait looking down still turns by exactly the driver's change.
  Motion lookingDown = motionWith({0, -15, 0}, 0, 0, 100);
  Motion turned = retarget(lookingDown, reference, frame, {});
  EXPECT_NEAR(angleDegrees(turned.pose.rotation, lookingDown.pose.rotation), 20, 1e-6);
  Quaternion expected = HeadPose::rotationFromEuler({20, 0, 0}) * lookingDown.pose.rotation;
  EXPECT_LT(angleDegrees(turned.pose.rotation, expected), 1e-6);
}

TEST(Retarget, TranslationAndZoomAreRelativeToTheReference) {
  Motion source = motionWith({}, 0.1, -0.1, 100);
  Motion reference = motionWith({}, 0.0, 0.0, 200);
  Motion frame = motionWith({}, 0.2, 0.05, 300);
  Motion out = retarget(source, reference, frame, {});
  EXPECT_NEAR(out.pose.tx, 0.3, 1e-9);
  EXPECT_NEAR(out.pose.ty, -0.05, 1e-9);
  EXPECT_NEAR(out.pose.scale, 150, 1e-9) << "the driver came 1.5x closer";
}

TEST(Retarget, GainsScaleTheChangeNotTheResult) {
  Motion source = motionWith({0, 0, 0}, 0, 0, 100);
  writeChannel(source.expression, ExpressionChannel::SmileL, 0.3);
  Motion reference = motionWith({0, 0, 0}, 0, 0, 200);
  Motion frame = motionWith({0, 20, 0}, 0.2, 0, 800);
  writeChannel(frame.expression, ExpressionChannel::JawOpen, 0.4);
  RetargetOptions options;
  options.poseGain = 0.5;
  options.expressionGain = 2;
  Motion out = retarget(source, reference, frame, options);
  EXPECT_NEAR(out.pose.euler().pitch, 10, 1e-6);
  EXPECT_NEAR(out.pose.tx, 0.1, 1e-9);
  EXPECT_NEAR(out.pose.scale, 200, 1e-6) << "zoom 4x at half gain is 2x";
  EXPECT_NEAR(channel(out, ExpressionChannel::JawOpen), 0.8, 1e-5);
  EXPECT_NEAR(channel(out, ExpressionChannel::SmileL), 0.3, 1e-5) << "the portrait's own smile stays";

  options.poseGain = 0;
  options.expressionGain = 0;
  Motion still = retarget(source, reference, frame, options);
  EXPECT_LT(angleDegrees(still.pose.rotation, source.pose.rotation), 1e-9);
  EXPECT_LT(maxAbsDifference(still.expression, source.expression), 1e-9);
}

TEST(Retarget, AbsolutePoseTakesTheDriversRotationItself) {
  Motion source = motionWith({-10, 5, 0}, 0, 0, 100);
  Motion reference = motionWith({8, 0, 0}, 0, 0, 200);
  Motion frame = motionWith({20, -3, 4}, 0, 0, 200);
  RetargetOptions options;
  options.absolutePose = true;
  Motion out = retarget(source, reference, frame, options);
  EXPECT_LT(angleDegrees(out.pose.rotation, frame.pose.rotation), 1e-6);
  EXPECT_NEAR(out.pose.scale, 100, 1e-9) << "scale stays relative";
}

TEST(Retarget, RegionsLimitWhichPartsOfTheFaceFollow) {
  Motion source = motionWith({}, 0, 0, 100);
  Motion reference = source;
  Motion frame = source;
  writeChannel(frame.expression, ExpressionChannel::JawOpen, 0.6);
  writeChannel(frame.expression, ExpressionChannel::BlinkL, 1.0);
  writeChannel(frame.expression, ExpressionChannel::BrowRaiseR, 0.7);
  RetargetOptions options;
  options.regions = {FaceRegion::Eyes};
  Motion out = retarget(source, reference, frame, options);
  EXPECT_NEAR(channel(out, ExpressionChannel::BlinkL), 1.0, 1e-4);
  EXPECT_NEAR(channel(out, ExpressionChannel::JawOpen), 0, 1e-4);
  EXPECT_NEAR(channel(out, ExpressionChannel::BrowRaiseR), 0, 1e-4);
  for (int landmark : regionLandmarks(FaceRegion::Mouth))
    EXPECT_EQ(out.expression.displacement(landmark), source.expression.displacement(landmark)) << landmark;

  options.regions = {FaceRegion::Mouth, FaceRegion::Brows};
  Motion lower = retarget(source, reference, frame, options);
  EXPECT_NEAR(channel(lower, ExpressionChannel::JawOpen), 0.6, 1e-4);
  EXPECT_NEAR(channel(lower, ExpressionChannel::BrowRaiseR), 0.7, 1e-4);
  EXPECT_NEAR(channel(lower, ExpressionChannel::BlinkL), 0, 1e-4);
}

TEST(Retarget, SourceAndHoldChoicesPerTrack) {
  const MotionTrack driver = drivingTrack();
  Motion source = motionWith({0, 0, 0}, 0, 0, 100);

  RetargetOptions poseOnly;
  poseOnly.expression.source = TrackSource::Source;
  Motion a = retargetFrame(source, driver, 0, 4, poseOnly);
  EXPECT_NEAR(a.pose.euler().yaw, 20, 1e-6);
  EXPECT_EQ(a.expression, source.expression);

  RetargetOptions expressionOnly;
  expressionOnly.pose.source = TrackSource::Source;
  Motion b = retargetFrame(source, driver, 0, 4, expressionOnly);
  EXPECT_LT(angleDegrees(b.pose.rotation, source.pose.rotation), 1e-9);
  EXPECT_EQ(b.pose.scale, source.pose.scale);
  EXPECT_NEAR(channel(b, ExpressionChannel::JawOpen), 0.8, 1e-4);

  RetargetOptions held;
  held.pose = {TrackSource::Hold, 2};
  for (int index : {0, 1, 4}) {
    Motion c = retargetFrame(source, driver, 0, index, held);
    EXPECT_NEAR(c.pose.euler().yaw, 10, 1e-6) << index;
    EXPECT_NEAR(channel(c, ExpressionChannel::JawOpen), 0.2 * index, 1e-4) << "expression keeps following";
  }
}

TEST(Retarget, ReferenceFrameAndIndicesOutsideTheTrackAreClamped) {
  const MotionTrack driver = drivingTrack();
  Motion source = motionWith({}, 0, 0, 100);
  Motion fromLast = retargetFrame(source, driver, 4, 99, {});
  EXPECT_LT(angleDegrees(fromLast.pose.rotation, source.pose.rotation), 1e-6);
  Motion relativeToTwo = retargetFrame(source, driver, 2, 4, {});
  EXPECT_NEAR(relativeToTwo.pose.euler().yaw, 10, 1e-6);
  EXPECT_NEAR(channel(relativeToTwo, ExpressionChannel::JawOpen), 0.4, 1e-4);
}

TEST(Retarget, MostNeutralFramePrefersARestingFrontalFace) {
  MotionTrack track;
  track.frameRate = Rational(30);
  // Frame 0 smiles wide open with a turned head; the others talk around a
  // typical jaw opening of 0.2. Frame 5 is typical and frontal but lost;
  // frame 6 is typical and nearly frontal; frame 3 typical but turned.
  const double jaw[] = {0.9, 0.3, 0.1, 0.2, 0.25, 0.2, 0.2, 0.15, 0.35};
  const double yaw[] = {25, 8, 6, 12, -7, 0, 1, -5, 9};
  for (int i = 0; i < 9; ++i) {
    MotionFrame f;
    f.time = Rational(i, 30);
    f.motion = motionWith({yaw[i], 0, 0}, 0, 0, 200);
    writeChannel(f.motion.expression, ExpressionChannel::JawOpen, jaw[i]);
    writeChannel(f.motion.expression, ExpressionChannel::SmileL, i == 0 ? 0.9 : 0.0);
    f.faceLost = i == 5;
    track.frames.push_back(f);
  }
  EXPECT_EQ(mostNeutralFrame(track), 6);
  EXPECT_EQ(mostNeutralFrame(MotionTrack{}), 0);
}

}  // namespace
}  // namespace marionette

namespace marionette {
namespace {

double leftEyeGap(const Motion& m) {
  return (canonicalFace()[47].y + m.expression.displacement(47).y) -
         (canonicalFace()[43].y + m.expression.displacement(43).y);
}

TEST(Retarget, EyesCloseFullyWhateverTheirSize) {
  // A portrait with narrow eyes and a driver with wide ones: the driver's
  // full blink must close the portrait's eyes, not push the lids past each other.
  Motion narrow;
  writeChannel(narrow.expression, ExpressionChannel::BlinkL, 0.5);
  Motion wideReference;
  writeChannel(wideReference.expression, ExpressionChannel::EyeWide, 1.0);
  // One unit of blink closes the canonical eye.
  const double wideGap = leftEyeGap(wideReference);
  const double blinkTravel = leftEyeGap(Motion{});
  Motion closed = wideReference;
  writeChannel(closed.expression, ExpressionChannel::BlinkL,
               readChannel(closed.expression, ExpressionChannel::BlinkL) + wideGap / blinkTravel);
  ASSERT_NEAR(leftEyeGap(closed), 0, 1e-4) << "the driver's left eye is shut";
  Motion out = retarget(narrow, wideReference, closed, {});
  EXPECT_NEAR(leftEyeGap(out), 0, 1e-4);
  // Half-closed driver: the portrait's eye closes by the same proportion.
  Motion half = wideReference;
  writeChannel(half.expression, ExpressionChannel::BlinkL,
               readChannel(half.expression, ExpressionChannel::BlinkL) + 0.5 * wideGap / blinkTravel);
  Motion halfOut = retarget(narrow, wideReference, half, {});
  EXPECT_NEAR(leftEyeGap(halfOut) / leftEyeGap(narrow), leftEyeGap(half) / wideGap, 1e-3);
}

}  // namespace
}  // namespace marionette
