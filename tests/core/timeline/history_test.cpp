#include "core/timeline/history.h"

#include <gtest/gtest.h>

#include "core/timeline/motion_at.h"
#include "tests/core/timeline/timeline_fixtures.h"

namespace marionette::timeline {
namespace {

using testing::kJawOpen;
using testing::kSmileL;

// Every kind of edit, in an order where each one applies.
std::vector<CommandPtr> everyKindOfEdit() {
  std::vector<CommandPtr> edits;
  edits.push_back(setKeyframe(kSmileL, Rational(1), 0.5));
  edits.push_back(setKeyframe(kSmileL, Rational(2), 0.9));
  edits.push_back(setKeyframe(kYaw, Rational(1, 2), 12));
  edits.push_back(setInterpolation(kSmileL, Rational(1), Interpolation::Bezier));
  edits.push_back(setHandles(kSmileL, Rational(1), {-0.2, 0}, {0.3, 0.1}));
  edits.push_back(setEase(kYaw, Rational(1, 2), Ease::EaseInOut));
  edits.push_back(moveKeyframe(kSmileL, Rational(2), Rational(3), 1.0));
  edits.push_back(setTrackMode({TrackKind::Expression, std::nullopt}, Rational(1), Rational(2), TrackMode::Keyframed));
  HoldTarget hold;
  hold.driverFrame = 12;
  edits.push_back(setTrackMode({TrackKind::Pose, std::nullopt}, Rational(0), std::nullopt, TrackMode::Hold, hold));
  edits.push_back(
      setTrackMode({TrackKind::Expression, FaceRegion::Mouth}, Rational(0), std::nullopt, TrackMode::DrivingOffset));
  edits.push_back(setTrackGain({TrackKind::Pose, std::nullopt}, 1.5));
  edits.push_back(setTrackSmoothing({TrackKind::Expression, FaceRegion::Eyes}, 0.4));
  edits.push_back(setRegionFollows(FaceRegion::Mouth, true));
  edits.push_back(setReferenceFrame(5));
  edits.push_back(setAbsolutePose(true));
  RenderSettings render;
  render.cropToFace = true;
  render.crf = 23;
  edits.push_back(setRenderSettings(render));
  edits.push_back(bakeDriver(TrackKind::Expression, FrameRange{10, 40}));
  edits.push_back(insertPresetKeys({Preset::Nod, Preset::Blink}, FrameRange{60, 110}, ExpressionValues::Readings));
  edits.push_back(removeKeyframe(kSmileL, Rational(3)));
  edits.push_back(clearChannel(kPitch));
  edits.push_back(relinkDriver(MediaRef{"/elsewhere/driver.mp4", 0}));
  return edits;
}

TEST(History, EveryUndoAndRedoRestoresTheWholeProjectExactly) {
  Project project = testing::drivenProject(120);
  History history;
  std::vector<Project> states{project};
  for (CommandPtr& edit : everyKindOfEdit()) {
    const std::string name = edit->name();
    ASSERT_TRUE(history.push(project, std::move(edit)).ok()) << name;
    EXPECT_FALSE(project == states.back()) << name << " changed nothing";
    states.push_back(project);
  }
  for (std::size_t i = states.size() - 1; i > 0; --i) {
    ASSERT_TRUE(history.undo(project));
    ASSERT_TRUE(project == states[i - 1]) << "undo to step " << i - 1;
  }
  EXPECT_FALSE(history.undo(project));
  for (std::size_t i = 1; i < states.size(); ++i) {
    ASSERT_TRUE(history.redo(project));
    ASSERT_TRUE(project == states[i]) << "redo to step " << i;
  }
  EXPECT_FALSE(history.redo(project));
}

TEST(History, AFailingCommandChangesNothingAndIsNotRecorded) {
  Project project = testing::drivenProject(60);
  History history;
  ASSERT_TRUE(history.push(project, setKeyframe(kSmileL, Rational(1), 0.5)).ok());
  const Project before = project;
  const std::vector<std::pair<CommandPtr, std::string>> failing = [] {
    std::vector<std::pair<CommandPtr, std::string>> f;
    f.emplace_back(removeKeyframe(kSmileL, Rational(2)), "no smileL keyframe at 2 s");
    f.emplace_back(moveKeyframe(kJawOpen, Rational(1), Rational(2), 0), "no jawOpen keyframe at 1 s");
    f.emplace_back(setKeyframe(kSmileL, Rational(-1), 0.5), "a keyframe cannot be before 0 s");
    f.emplace_back(setTrackGain({TrackKind::Pose, std::nullopt}, 7),
                   "the pose track: a track gain must be between 0 and 3");
    f.emplace_back(setReferenceFrame(60), "the reference frame 60 is outside the driver (0-59)");
    f.emplace_back(bakeDriver(TrackKind::Pose, FrameRange{50, 70}),
                   "the frame range 50:70 is not inside the project (0:60)");
    HoldTarget hold;
    hold.driverFrame = 99;
    f.emplace_back(setTrackMode({TrackKind::Pose, std::nullopt}, Rational(1), Rational(2), TrackMode::Hold, hold),
                   "the pose track holds driver frame 99 but the driver has 60 frames");
    return f;
  }();
  for (const auto& [command, message] : failing) {
    auto& mutableCommand = const_cast<CommandPtr&>(command);
    Status result = history.push(project, std::move(mutableCommand));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, message);
    EXPECT_TRUE(project == before) << message;
  }
  EXPECT_EQ(history.size(), 1u);
}

TEST(History, ConsecutiveDragsMergeIntoOneStep) {
  Project project = testing::drivenProject(60);
  History history;
  ASSERT_TRUE(history.push(project, setKeyframe(kSmileL, Rational(0), 0.0)).ok());
  const Project beforeDrag = project;
  for (double v : {0.1, 0.2, 0.35, 0.6})
    ASSERT_TRUE(history.push(project, setKeyframe(kSmileL, Rational(1), v, true)).ok());
  EXPECT_EQ(history.size(), 2u);
  EXPECT_EQ(project.curve(kSmileL).valueAt(1.0), 0.6);
  EXPECT_EQ(history.undoName(), "Set smile left keyframe");
  ASSERT_TRUE(history.undo(project));
  EXPECT_TRUE(project == beforeDrag) << "one undo takes the whole drag back";
  ASSERT_TRUE(history.redo(project));
  EXPECT_EQ(project.curve(kSmileL).valueAt(1.0), 0.6);

  // After the mouse is released the next drag is its own step; another key
  // never merges with this one.
  history.endMerge();
  ASSERT_TRUE(history.push(project, setKeyframe(kSmileL, Rational(1), 0.7, true)).ok());
  ASSERT_TRUE(history.push(project, setKeyframe(kSmileL, Rational(2), 0.7, true)).ok());
  EXPECT_EQ(history.size(), 4u);
}

TEST(History, CleanFlagFollowsTheSavedState) {
  Project project = testing::drivenProject(60);
  History history;
  EXPECT_TRUE(history.isClean());
  ASSERT_TRUE(history.push(project, setKeyframe(kSmileL, Rational(0), 0.2)).ok());
  EXPECT_FALSE(history.isClean());
  history.setClean();
  EXPECT_TRUE(history.isClean());
  ASSERT_TRUE(history.push(project, setTrackGain({TrackKind::Pose, std::nullopt}, 2)).ok());
  EXPECT_FALSE(history.isClean());
  history.undo(project);
  EXPECT_TRUE(history.isClean());
  history.undo(project);
  EXPECT_FALSE(history.isClean());
  // A new edit from before the save point makes the saved state unreachable.
  ASSERT_TRUE(history.push(project, setKeyframe(kJawOpen, Rational(0), 0.2)).ok());
  history.undo(project);
  EXPECT_FALSE(history.isClean());
  // A drag merged into the saved step leaves the saved state too.
  history.clear();
  ASSERT_TRUE(history.push(project, setTrackGain({TrackKind::Pose, std::nullopt}, 1.2)).ok());
  history.setClean();
  ASSERT_TRUE(history.push(project, setTrackGain({TrackKind::Pose, std::nullopt}, 1.3)).ok());
  EXPECT_EQ(history.size(), 2u) << "setClean ends the merge window";
}

TEST(History, RotationKeysAreSetTogether) {
  Project project = testing::drivenProject(60);
  History history;
  ASSERT_TRUE(history.push(project, setKeyframe(kPitch, Rational(0), 4)).ok());
  ASSERT_TRUE(history.push(project, setKeyframe(kYaw, Rational(1), 20)).ok());
  for (ChannelId c : {kYaw, kPitch, kRoll}) EXPECT_EQ(project.curve(c).size(), 2u);
  EXPECT_EQ(project.curve(kPitch).valueAt(1.0), 4.0) << "the sibling keeps the value it had there";
  EXPECT_EQ(history.undoName(), "Set rotation keyframe");
  ASSERT_TRUE(history.push(project, moveKeyframe(kRoll, Rational(1), Rational(2), 0)).ok());
  for (ChannelId c : {kYaw, kPitch, kRoll}) EXPECT_TRUE(project.curve(c).find(Rational(2)).has_value());
}

TEST(Clipboard, CopiedKeysPasteAtAnotherTime) {
  Project project = testing::drivenProject(300);
  History history;
  for (int s : {1, 2, 3}) ASSERT_TRUE(history.push(project, setKeyframe(kSmileL, Rational(s), 0.1 * s)).ok());
  ASSERT_TRUE(history.push(project, setKeyframe(kJawOpen, Rational(6), 0.4)).ok());
  const KeyframeClipboard copied = copyKeyframes(project, {kSmileL, kJawOpen}, Rational(2), Rational(3));
  ASSERT_EQ(copied.channels.size(), 1u) << "jawOpen has no key in the range";
  EXPECT_EQ(copied.channels[0].keys.front().time, Rational(0));
  ASSERT_TRUE(history.push(project, pasteKeyframes(copied, Rational(7))).ok());
  EXPECT_EQ(project.curve(kSmileL).size(), 5u);
  EXPECT_DOUBLE_EQ(project.curve(kSmileL).valueAt(8.0), 0.3);
  EXPECT_FALSE(history.push(project, pasteKeyframes(KeyframeClipboard{}, Rational(1))).ok());
}

TEST(Bake, BakedKeysReplayTheDriversMotion) {
  Project project = testing::drivenProject(120);
  const Project driven = project;
  History history;
  ASSERT_TRUE(history.push(project, bakeDriver(TrackKind::Pose, FrameRange{20, 80})).ok());
  EXPECT_EQ(project.pose.segmentAt(frameTime(50, project.settings.frameRate)).mode, TrackMode::Keyframed);
  EXPECT_EQ(project.pose.segmentAt(frameTime(80, project.settings.frameRate)).mode, TrackMode::Driving);
  for (int f = 20; f < 80; ++f) {
    const Motion a = motionAt(project, f), b = motionAt(driven, f);
    EXPECT_LT(testing::angleBetweenDegrees(a.pose.rotation, b.pose.rotation), 0.1) << f;
    EXPECT_NEAR(a.pose.tx, b.pose.tx, 2e-3);
    EXPECT_NEAR(a.pose.scale / b.pose.scale, 1, 2e-3);
  }
  ASSERT_TRUE(history.undo(project));
  EXPECT_TRUE(project == driven);
}

}  // namespace
}  // namespace marionette::timeline
