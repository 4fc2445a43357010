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

// A driver that starts mid-word and mid-turn: its first frames are far from
// how it mostly looks; the rest is what it mostly looks like, and frames
// without a face count for nothing.
TEST(MotionTrack, RestIsTheMedianOfTheFramesWithAFaceNotTheFirstFrame) {
  MotionTrack track;
  track.frameRate = Rational(30);
  auto add = [&](int index, double yaw, double jaw, bool lost) {
    MotionFrame f = frameAt(index, yaw, 0, lost);
    writeChannel(f.motion.expression, ExpressionChannel::JawOpen, jaw);
    track.frames.push_back(f);
  };
  for (int i = 0; i < 6; ++i) add(i, 30, 0.8, false);     // turned, mouth open
  for (int i = 6; i < 20; ++i) add(i, 2, 0.05, false);    // at rest
  for (int i = 20; i < 30; ++i) add(i, -60, -5.0, true);  // lost: ignored
  ASSERT_TRUE(fillLostFrames(track));
  ASSERT_TRUE(track.rest.has_value());
  EXPECT_NEAR(track.rest->pose.euler().yaw, 2, 1e-6);
  EXPECT_NEAR(readChannel(track.rest->expression, ExpressionChannel::JawOpen), 0.05, 1e-5);
  EXPECT_NEAR(track.rest->pose.scale, 100, 1e-9);
  EXPECT_EQ(restMotion(track).expression, track.rest->expression) << "the same on a track read back";
}

// A performer who smiles through most of a clip, or talks through it, still
// rests unsmiling with a closed mouth: the expression's rest is taken from
// the least active frames, not the most common ones. The pose's rest stays
// the median.
TEST(MotionTrack, RestIsTheCalmFaceEvenWhenTheClipMostlySmilesOrTalks) {
  MotionTrack smiling;
  smiling.frameRate = Rational(30);
  for (int i = 0; i < 40; ++i) {
    MotionFrame f = frameAt(i, i < 10 ? 0 : 8, 0, false);
    writeChannel(f.motion.expression, ExpressionChannel::SmileL, i < 10 ? 0.0 : 0.9);
    writeChannel(f.motion.expression, ExpressionChannel::SmileR, i < 10 ? 0.0 : 0.8);
    writeChannel(f.motion.expression, ExpressionChannel::BrowRaiseL, 0.3);  // held throughout: part of rest
    smiling.frames.push_back(f);
  }
  ASSERT_TRUE(fillLostFrames(smiling));
  EXPECT_NEAR(readChannel(smiling.rest->expression, ExpressionChannel::SmileL), 0, 1e-4);
  EXPECT_NEAR(readChannel(smiling.rest->expression, ExpressionChannel::SmileR), 0, 1e-4);
  EXPECT_NEAR(readChannel(smiling.rest->expression, ExpressionChannel::BrowRaiseL), 0.3, 1e-4);
  EXPECT_NEAR(smiling.rest->pose.euler().yaw, 8, 1e-6) << "the head's rest is where it mostly is";

  MotionTrack talking;
  talking.frameRate = Rational(30);
  for (int i = 0; i < 60; ++i) {
    MotionFrame f = frameAt(i, 0, 0, false);
    // Open most of the time, closed between syllables (every fifth frame).
    writeChannel(f.motion.expression, ExpressionChannel::JawOpen, i % 5 == 0 ? 0.0 : 0.3 + 0.05 * (i % 4));
    talking.frames.push_back(f);
  }
  ASSERT_TRUE(fillLostFrames(talking));
  EXPECT_NEAR(readChannel(talking.rest->expression, ExpressionChannel::JawOpen), 0, 1e-4);
}

// Whoever measures features against the rest (the independent reader in
// `evaluate`) needs the frames it was taken over: the calm ones, never a
// lost one, in clip order.
TEST(MotionTrack, RestFramesAreTheCalmOnesWithAFace) {
  MotionTrack track;
  track.frameRate = Rational(30);
  for (int i = 0; i < 24; ++i) {
    const bool calm = i % 4 == 1;
    MotionFrame f = frameAt(i, 0, 0, i == 5);  // frame 5 would be calm but has no face
    writeChannel(f.motion.expression, ExpressionChannel::JawOpen, calm || i == 5 ? 0.0 : 0.5 + 0.01 * i);
    track.frames.push_back(f);
  }
  // A quarter of the 23 with a face is 6: the five calm ones and the least open of the others.
  EXPECT_EQ(restFrameIndices(track), (std::vector<std::size_t>{0, 1, 9, 13, 17, 21}));
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

// A phone-style clip: 30 frames/s for a second, then 10 frames/s for three.
// Each frame's yaw is its own index, so a resampled frame says which one it holds.
MotionTrack variableRateTrack() {
  MotionTrack track;
  track.frameRate = Rational(200, 13);  // what a demuxer reports as the average
  for (int i = 0; i < 30; ++i) track.frames.push_back(frameAt(0, i, 0, false));
  for (int i = 0; i < 30; ++i) track.frames.push_back(frameAt(0, 30 + i, 0, false));
  for (int i = 0; i < 30; ++i) track.frames[i].time = Rational(i, 30);
  for (int i = 0; i < 30; ++i) track.frames[30 + i].time = Rational(1) + Rational(i, 10);
  return track;
}

TEST(MotionTrack, AConstantRateTrackIsLeftAlone) {
  MotionTrack track;
  track.frameRate = Rational(30000, 1001);
  for (int i = 0; i < 90; ++i) {
    track.frames.push_back(frameAt(0, i, 0, false));
    // Millisecond container clocks jitter a little around the grid.
    track.frames.back().time = Rational(std::llround(i * 1001.0 / 30.0), 1000);
  }
  EXPECT_FALSE(constantRateFor(track).has_value());
}

TEST(MotionTrack, AVariableRateTrackIsResampledAtItsFastestRate) {
  const MotionTrack track = variableRateTrack();
  const auto constant = constantRateFor(track);
  ASSERT_TRUE(constant.has_value());
  EXPECT_EQ(constant->rate, Rational(30));
  EXPECT_NEAR(constant->slowest, 10, 1e-9);
  const MotionTrack resampled = resampledAt(track, constant->rate);
  EXPECT_EQ(resampled.frameRate, Rational(30));
  ASSERT_EQ(resampled.frames.size(), 120u) << "four seconds at 30 frames/s: the clip keeps its length";
  auto heldIndex = [&](int k) { return std::lround(resampled.frames[std::size_t(k)].motion.pose.euler().yaw); };
  EXPECT_EQ(heldIndex(29), 29) << "the first second is frame for frame";
  EXPECT_EQ(heldIndex(30), 30) << "1.0 s";
  EXPECT_EQ(heldIndex(32), 30) << "1.067 s shows the frame of 1.0 s";
  EXPECT_EQ(heldIndex(33), 31) << "1.1 s";
  EXPECT_EQ(heldIndex(119), 59) << "3.967 s shows the last frame (3.9 s)";
  for (std::size_t k = 0; k < resampled.frames.size(); ++k)
    EXPECT_EQ(resampled.frames[k].time, Rational(std::int64_t(k), 30)) << "times on the grid";
}

TEST(MotionTrack, MeasuredRatesSnapToTheStandardOnes) {
  MotionTrack track;
  track.frameRate = Rational(20);
  // 29.97 frames/s with a pause: not on a 20 frames/s grid.
  for (int i = 0; i < 60; ++i) {
    track.frames.push_back(frameAt(0, i, 0, false));
    track.frames.back().time = Rational(i * 1001, 30000) + (i >= 30 ? Rational(1, 2) : Rational(0));
  }
  const auto constant = constantRateFor(track);
  ASSERT_TRUE(constant.has_value());
  EXPECT_EQ(constant->rate, Rational(30000, 1001));
}

}  // namespace
}  // namespace marionette
