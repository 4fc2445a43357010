// The editing rules the views share: governing modes, "set this value here",
// moving keys and setting a row's mode.
#include "core/timeline/editing.h"

#include <gtest/gtest.h>

#include "core/timeline/history.h"
#include "core/timeline/motion_at.h"
#include "tests/core/timeline/timeline_fixtures.h"

namespace marionette::timeline {
namespace {

using testing::kJawOpen;
using testing::kSmileL;

constexpr TrackRef kPoseTrack{TrackKind::Pose, std::nullopt};
constexpr TrackRef kExpressionTrack{TrackKind::Expression, std::nullopt};
constexpr TrackRef kMouthTrack{TrackKind::Expression, FaceRegion::Mouth};

Status apply(Project& project, CommandPtr command) { return command->apply(project); }

TEST(GoverningMode, ARegionWithModesOfItsOwnGovernsItsChannels) {
  Project p = testing::drivenProject(60);
  EXPECT_EQ(governingTrack(p, kJawOpen), kExpressionTrack) << "a following region defers to the expression track";
  ASSERT_TRUE(apply(p, setModeOver(p, kMouthTrack, {0, 60}, TrackMode::DrivingOffset)).ok());
  EXPECT_EQ(governingTrack(p, kJawOpen), kMouthTrack);
  EXPECT_EQ(governingMode(p, kJawOpen, Rational(1)), TrackMode::DrivingOffset);
  const ChannelId brow = ChannelId::expression(ExpressionChannel::BrowRaiseL);
  EXPECT_EQ(governingMode(p, brow, Rational(1)), TrackMode::Driving) << "brows still follow the expression track";
  EXPECT_EQ(governingTrack(p, kYaw), kPoseTrack);
  EXPECT_EQ(keyEffectAt(p, kJawOpen, Rational(1)), KeyEffect::Offset);
  EXPECT_EQ(keyEffectAt(p, brow, Rational(1)), KeyEffect::None);
}

// The inspector bug: a mouth region in Driving + offset under a Driving
// expression track got an absolute key that was then added as an offset.
TEST(SetChannelValue, AMouthRegionInDrivingOffsetKeysAnOffsetThatShowsTheValue) {
  Project p = testing::drivenProject(60);
  ASSERT_TRUE(apply(p, setModeOver(p, kMouthTrack, {0, 60}, TrackMode::DrivingOffset)).ok());
  const FrameIndex frame = 20;
  const double driven = channelValueAt(p, kJawOpen, frame);
  ASSERT_TRUE(apply(p, setChannelValue(p, kJawOpen, frame, 0.9, false)).ok());
  EXPECT_NEAR(channelValueAt(p, kJawOpen, frame), 0.9, 1e-3) << "the jaw shows what was asked";
  const double key = p.curve(kJawOpen).at(0).value;
  EXPECT_NEAR(key, 0.9 - driven, 1e-3) << "and the key is the offset from the driver";
  // A second edit at the same place keeps the driver's part too.
  ASSERT_TRUE(apply(p, setChannelValue(p, kJawOpen, frame, 0.2, false)).ok());
  EXPECT_NEAR(channelValueAt(p, kJawOpen, frame), 0.2, 1e-3);
}

TEST(SetChannelValue, KeyframedRangesTakeTheValueItself) {
  Project p = testing::drivenProject(60);
  ASSERT_TRUE(apply(p, setModeOver(p, kExpressionTrack, {0, 60}, TrackMode::Keyframed)).ok());
  ASSERT_TRUE(apply(p, setChannelValue(p, kSmileL, 10, 0.7, false)).ok());
  EXPECT_DOUBLE_EQ(p.curve(kSmileL).at(0).value, 0.7);
  EXPECT_NEAR(channelValueAt(p, kSmileL, 10), 0.7, 1e-3);
  ASSERT_TRUE(apply(p, setModeOver(p, kPoseTrack, {0, 60}, TrackMode::Keyframed)).ok());
  ASSERT_TRUE(apply(p, setChannelValue(p, kYaw, 30, 15, false)).ok());
  EXPECT_NEAR(channelValueAt(p, kYaw, 30), 15, 0.05);
}

TEST(SetChannelValue, WhereKeysDoNothingTheKeyIsAValueForLater) {
  Project p = testing::drivenProject(60);
  const Motion before = motionAt(p, 10);
  ASSERT_TRUE(apply(p, setChannelValue(p, kSmileL, 10, 0.7, false)).ok());
  EXPECT_DOUBLE_EQ(p.curve(kSmileL).at(0).value, 0.7);
  EXPECT_TRUE(sameMotion(motionAt(p, 10), before)) << "Driving ignores keys";
}

TEST(ShiftKeys, SelectedKeysMoveTogetherWithoutLandingOnEachOther) {
  Project p = testing::drivenProject(60);
  const Rational rate = p.settings.frameRate;
  for (FrameIndex f : {10, 11, 12}) ASSERT_TRUE(apply(p, setKeyframe(kSmileL, frameTime(f, rate), 0.1 * f)).ok());
  std::set<KeyRef> keys{{kSmileL, frameTime(10, rate)}, {kSmileL, frameTime(11, rate)}, {kSmileL, frameTime(12, rate)}};
  History history;
  ASSERT_TRUE(history.push(p, shiftKeys(p, keys, 1, true)).ok());
  ASSERT_EQ(p.curve(kSmileL).size(), 3u);
  EXPECT_EQ(p.curve(kSmileL).at(0).time, frameTime(11, rate));
  EXPECT_DOUBLE_EQ(p.curve(kSmileL).at(2).value, 0.1 * 12) << "values travel with their keys";
  const std::set<KeyRef> moved = shiftedKeys(p, keys, 1);
  ASSERT_TRUE(history.push(p, shiftKeys(p, moved, -3, true)).ok());
  EXPECT_EQ(p.curve(kSmileL).at(0).time, frameTime(8, rate));
  EXPECT_EQ(history.size(), 1u) << "one drag, one undo step";
  ASSERT_TRUE(history.undo(p));
  EXPECT_EQ(p.curve(kSmileL).at(0).time, frameTime(10, rate));
}

TEST(ShiftKeys, RotationKeysMoveAsOneAndKeysNeverLeaveTheClip) {
  Project p = testing::drivenProject(60);
  const Rational rate = p.settings.frameRate;
  ASSERT_TRUE(apply(p, setKeyframe(kYaw, frameTime(5, rate), 10)).ok());
  // The timeline's row lists the key once per rotation channel.
  std::set<KeyRef> keys{{kYaw, frameTime(5, rate)}, {kPitch, frameTime(5, rate)}, {kRoll, frameTime(5, rate)}};
  ASSERT_TRUE(apply(p, shiftKeys(p, keys, 2, false)).ok());
  for (ChannelId c : {kYaw, kPitch, kRoll}) EXPECT_EQ(p.curve(c).at(0).time, frameTime(7, rate));
  const Project before = p;
  Status outside = apply(p, shiftKeys(p, {{kYaw, frameTime(7, rate)}}, 100, false));
  ASSERT_FALSE(outside.ok());
  EXPECT_NE(outside.error().message.find("outside the clip"), std::string::npos);
  EXPECT_TRUE(p == before);
}

TEST(MoveKey, TheCurveEditorsDragMovesOneKeyInTimeAndValue) {
  Project p = testing::drivenProject(60);
  const Rational rate = p.settings.frameRate;
  ASSERT_TRUE(apply(p, setKeyframe(kSmileL, frameTime(10, rate), 0.2)).ok());
  ASSERT_TRUE(apply(p, moveKey(p, {kSmileL, frameTime(10, rate)}, 25, 0.6, false)).ok());
  EXPECT_EQ(p.curve(kSmileL).at(0).time, frameTime(25, rate));
  EXPECT_DOUBLE_EQ(p.curve(kSmileL).at(0).value, 0.6);
  ASSERT_TRUE(apply(p, moveKey(p, {kSmileL, frameTime(25, rate)}, 500, 0.6, false)).ok());
  EXPECT_EQ(p.curve(kSmileL).at(0).time, frameTime(59, rate)) << "clamped to the last frame";
}

TEST(SetModeOver, AFollowingRegionKeepsTheExpressionsModesOutsideTheRange) {
  Project p = testing::drivenProject(90);
  const Rational rate = p.settings.frameRate;
  ASSERT_TRUE(apply(p, setModeOver(p, kExpressionTrack, {0, 30}, TrackMode::Source)).ok());
  ASSERT_TRUE(apply(p, setTrackGain(kExpressionTrack, 1.5)).ok());
  // A stale mode left in the region's own track from earlier must not come back.
  p.region(FaceRegion::Mouth).track.segments.front().mode = TrackMode::Hold;
  ASSERT_TRUE(apply(p, setModeOver(p, kMouthTrack, {40, 50}, TrackMode::Keyframed)).ok());
  const ModeTrack& mouth = p.region(FaceRegion::Mouth).track;
  EXPECT_FALSE(p.region(FaceRegion::Mouth).followsExpression);
  EXPECT_EQ(mouth.segmentAt(frameTime(10, rate)).mode, TrackMode::Source);
  EXPECT_EQ(mouth.segmentAt(frameTime(35, rate)).mode, TrackMode::Driving);
  EXPECT_EQ(mouth.segmentAt(frameTime(45, rate)).mode, TrackMode::Keyframed);
  EXPECT_EQ(mouth.segmentAt(frameTime(60, rate)).mode, TrackMode::Driving);
  EXPECT_DOUBLE_EQ(mouth.gain, 1.5);
  // Outside the range the mouth moves exactly as before.
  Project following = p;
  following.region(FaceRegion::Mouth).followsExpression = true;
  for (FrameIndex f : {5, 35, 60, 89}) EXPECT_TRUE(sameMotion(motionAt(p, f), motionAt(following, f))) << f;
}

TEST(SetModeOver, HoldFreezesOnTheRangesFirstFrameAndTheRangeCanReachTheEnd) {
  Project p = testing::drivenProject(60);
  ASSERT_TRUE(apply(p, setModeOver(p, kPoseTrack, {20, 60}, TrackMode::Hold)).ok());
  ASSERT_EQ(p.pose.segments.size(), 2u);
  EXPECT_EQ(p.pose.segments[1].hold.driverFrame, 20);
  EXPECT_TRUE(sameMotion(Motion{motionAt(p, 59).pose, {}}, Motion{motionAt(p, 20).pose, {}}));
}

TEST(Composite, AFailingPartRevertsTheOthersAndMergedDragsUndoAsOne) {
  Project p = testing::drivenProject(60);
  const Project before = p;
  std::vector<CommandPtr> parts;
  parts.push_back(setKeyframe(kSmileL, Rational(1), 0.4));
  parts.push_back(refusedEdit("Nothing", "refused for the test"));
  Status failed = apply(p, composite("Both", std::move(parts)));
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().message, "refused for the test");
  EXPECT_TRUE(p == before) << "the first part was reverted";

  History history;
  for (double v : {0.1, 0.2, 0.3}) {
    std::vector<CommandPtr> step;
    step.push_back(setKeyframe(kSmileL, Rational(1), v));
    ASSERT_TRUE(history.push(p, composite("Drag", std::move(step), "drag")).ok());
  }
  EXPECT_EQ(history.size(), 1u);
  EXPECT_DOUBLE_EQ(p.curve(kSmileL).at(0).value, 0.3);
  ASSERT_TRUE(history.undo(p));
  EXPECT_TRUE(p == before);
  ASSERT_TRUE(history.redo(p));
  EXPECT_DOUBLE_EQ(p.curve(kSmileL).at(0).value, 0.3);
}

}  // namespace
}  // namespace marionette::timeline

namespace marionette::timeline {
namespace {

TEST(GazeTowards, APointAsideIsLookedAtWithinTheChannelsRanges) {
  EXPECT_NEAR(gazeTowards({0, 0}).x, 0, 1e-12);
  EXPECT_NEAR(gazeTowards({0.5, 0}).x, 26.565, 1e-3) << "half an eye span aside, one in front";
  EXPECT_NEAR(gazeTowards({0, -0.5}).y, -26.565, 1e-3) << "up is negative, as the channel reads";
  EXPECT_DOUBLE_EQ(gazeTowards({5, 0}).x, 40) << "gazeX's range end";
  EXPECT_DOUBLE_EQ(gazeTowards({0, 5}).y, 30) << "gazeY's range end";
}

}  // namespace
}  // namespace marionette::timeline
