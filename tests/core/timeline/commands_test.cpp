// Each edit command on its own: apply changes what it names and nothing
// else, revert restores the project exactly, a refused edit changes nothing.
#include "core/timeline/commands.h"

#include <gtest/gtest.h>

#include "core/timeline/editing.h"
#include "tests/core/timeline/timeline_fixtures.h"

namespace marionette::timeline {
namespace {

using testing::kJawOpen;
using testing::kSmileL;

// Applies, reverts and applies again (redo), checking each state.
void expectRoundTrip(Project project, CommandPtr command) {
  const std::string name = command->name();
  const Project before = project;
  ASSERT_TRUE(command->apply(project).ok()) << name;
  const Project after = project;
  EXPECT_FALSE(after == before) << name << " changed nothing";
  command->revert(project);
  EXPECT_TRUE(project == before) << name << ": revert";
  ASSERT_TRUE(command->apply(project).ok()) << name << ": redo";
  EXPECT_TRUE(project == after) << name << ": redo";
}

void expectRefused(Project project, CommandPtr command, const std::string& fragment) {
  const Project before = project;
  Status status = command->apply(project);
  ASSERT_FALSE(status.ok()) << command->name();
  EXPECT_NE(status.error().message.find(fragment), std::string::npos) << status.error().message;
  EXPECT_TRUE(project == before) << command->name() << " changed the project although refused";
}

TEST(Commands, EveryCommandRoundTrips) {
  Project p = testing::drivenProject(90);
  ASSERT_TRUE(setKeyframe(kSmileL, Rational(1), 0.3)->apply(p).ok());
  std::vector<CommandPtr> commands;
  commands.push_back(setKeyframe(kJawOpen, Rational(2), 0.5));
  commands.push_back(removeKeyframe(kSmileL, Rational(1)));
  commands.push_back(moveKeyframe(kSmileL, Rational(1), Rational(2), 0.8));
  commands.push_back(setInterpolation(kSmileL, Rational(1), Interpolation::Constant));
  commands.push_back(setHandles(kSmileL, Rational(1), {-0.1, 0.1}, {0.1, 0.2}));
  commands.push_back(setEase(kSmileL, Rational(1), Ease::EaseOut));
  commands.push_back(clearChannel(kSmileL));
  commands.push_back(setTrackMode({TrackKind::Pose, std::nullopt}, Rational(1), Rational(2), TrackMode::Source));
  commands.push_back(setTrackGain({TrackKind::Expression, std::nullopt}, 2));
  commands.push_back(setTrackSmoothing({TrackKind::Pose, std::nullopt}, 0.5));
  commands.push_back(setRegionFollows(FaceRegion::Eyes, false));
  commands.push_back(copyExpressionModes(FaceRegion::Brows));
  commands.push_back(setReferenceFrame(3));
  commands.push_back(setAbsolutePose(true));
  commands.push_back(setPortraitFace(1));
  commands.push_back(setTrackingSmoothing(0.1));
  commands.push_back(bakeDriver(TrackKind::Pose, {0, 30}));
  commands.push_back(insertPresetKeys({Preset::Smile}, {0, 30}, ExpressionValues::Readings));
  for (CommandPtr& command : commands) expectRoundTrip(p, std::move(command));
}

TEST(Commands, ChoosingAnotherFaceDropsThePortraitsAnalysis) {
  Project p = testing::drivenProject(30);
  ASSERT_TRUE(setPortraitFace(2)->apply(p).ok());
  EXPECT_EQ(p.portrait.faceIndex, 2);
  EXPECT_FALSE(p.portrait.motion.has_value()) << "the motion was face 0's";
  expectRefused(p, setPortraitFace(-1), "face index out of range");
  Project same = testing::drivenProject(30);
  ASSERT_TRUE(setPortraitFace(0)->apply(same).ok());
  EXPECT_TRUE(same.portrait.motion.has_value()) << "the same face keeps its analysis";
}

TEST(Commands, OtherTrackingSmoothingDropsTheDriversMotion) {
  Project p = testing::drivenProject(30);
  ASSERT_TRUE(setTrackingSmoothing(0.9)->apply(p).ok());
  EXPECT_DOUBLE_EQ(p.driver->trackingSmoothing, 0.9);
  EXPECT_EQ(p.driver->motion, nullptr) << "the motion was tracked with another smoothing";
  expectRefused(p, setTrackingSmoothing(1.5), "between 0 and 1");
  Project none;
  expectRefused(none, setTrackingSmoothing(0.3), "no driving video");
}

TEST(Commands, ReplacingTheDriverTakesItsLengthAndRate) {
  Project p = testing::drivenProject(90);
  ASSERT_TRUE(setReferenceFrame(80)->apply(p).ok());
  DriverMedia shorter;
  shorter.file = {"/media/other.mp4", 42};
  shorter.motion = testing::driverTrack(40);
  expectRoundTrip(p, replaceDriver(shorter));
  ASSERT_TRUE(replaceDriver(shorter)->apply(p).ok());
  EXPECT_EQ(p.settings.frameCount, 40);
  EXPECT_EQ(p.settings.referenceFrame, 39) << "the reference stays inside the new driver";
  DriverMedia untracked;
  untracked.file = {"/media/other.mp4", 42};
  expectRefused(p, replaceDriver(untracked), "no tracked motion");
}

TEST(Commands, ReplacingThePortraitKeepsTheTimeline) {
  Project p = testing::drivenProject(30);
  ASSERT_TRUE(setKeyframe(kSmileL, Rational(1), 0.3)->apply(p).ok());
  PortraitMedia other;
  other.file = {"/media/other.jpg", 7};
  other.faceIndex = 1;
  other.motion = testing::portraitMotion();
  expectRoundTrip(p, replacePortrait(other));
  ASSERT_TRUE(replacePortrait(other)->apply(p).ok());
  EXPECT_EQ(p.curve(kSmileL).size(), 1u);
  expectRefused(p, replacePortrait(PortraitMedia{}), "no portrait file");
}

TEST(Commands, RefusedEditsSayWhyAndChangeNothing) {
  const Project p = testing::drivenProject(30);
  expectRefused(p, refusedEdit("Nothing", "not today"), "not today");
  expectRefused(p, removeKeyframe(kSmileL, Rational(5)), "no smileL keyframe");
  expectRefused(p, setKeyframe(kSmileL, Rational(-1), 0.2), "before 0 s");
  expectRefused(p, setReferenceFrame(500), "reference");
}

}  // namespace
}  // namespace marionette::timeline
