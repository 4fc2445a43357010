// A recorded take punched in over part of a track: inside the range the
// track plays the take, outside it nothing changes, and undo removes it.
#include <gtest/gtest.h>

#include <cmath>

#include "core/timeline/commands.h"
#include "core/timeline/motion_at.h"
#include "tests/core/timeline/timeline_fixtures.h"

namespace marionette::timeline {
namespace {

using testing::kJawOpen;

// A take that opens the mouth wide and turns the head, unlike the driver.
std::vector<Motion> takeMotion(int frames) {
  std::vector<Motion> take;
  for (int k = 0; k < frames; ++k) {
    Motion m = testing::motionWith({-15.0 + k * 0.5, 4, 0}, 0.02, 0.01, 180);
    writeChannel(m.expression, ExpressionChannel::JawOpen, 0.9 - 0.01 * k);
    writeChannel(m.expression, ExpressionChannel::BlinkL, 0.2);
    take.push_back(m);
  }
  return take;
}

void expectSameMotion(const Motion& a, const Motion& b, const std::string& where) {
  const ChannelValues va = channelValuesOf(a, testing::portraitMotion());
  const ChannelValues vb = channelValuesOf(b, testing::portraitMotion());
  for (int c = 0; c < kChannelCount; ++c)
    ASSERT_NEAR(va[c], vb[c], 1e-9) << where << ", channel " << channelInfo(*ChannelId::fromIndex(c)).key;
}

TEST(PunchIn, AMouthTakeChangesOnlyTheMouthInsideItsRange) {
  const Project before = testing::drivenProject(120);
  Project project = before;
  const std::vector<Motion> take = takeMotion(30);
  CommandPtr edit = punchIn(TrackRef{TrackKind::Expression, FaceRegion::Mouth}, FrameRange{40, 70}, take, "take-1");
  ASSERT_TRUE(edit->apply(project).ok());
  EXPECT_EQ(edit->name(), "Punch in take-1 on mouth");

  for (std::int64_t f = 0; f < 120; ++f) {
    const Motion was = motionAt(before, f), now = motionAt(project, f);
    const ChannelValues a = channelValuesOf(was, *before.portrait.motion);
    const ChannelValues b = channelValuesOf(now, *before.portrait.motion);
    for (int c = 0; c < kChannelCount; ++c) {
      const ChannelId channel = *ChannelId::fromIndex(c);
      const bool mouth = channelInfo(channel).region == FaceRegion::Mouth;
      if (f >= 40 && f < 70 && mouth) {
        const double taken = channelValuesOf(take[f - 40], *before.portrait.motion)[c];
        ASSERT_NEAR(b[c], taken, simplifyTolerance(channel) + 1e-9) << "frame " << f << " " << channelInfo(channel).key;
      } else {
        ASSERT_NEAR(b[c], a[c], 1e-9) << "frame " << f << " " << channelInfo(channel).key << " changed";
      }
    }
  }
  // The take really differs from the driver there, or the test proves nothing.
  EXPECT_GT(std::abs(channelValuesOf(motionAt(project, 50), *before.portrait.motion)[kJawOpen.index()] -
                     channelValuesOf(motionAt(before, 50), *before.portrait.motion)[kJawOpen.index()]),
            0.1);
  edit->revert(project);
  EXPECT_TRUE(project == before) << "undo removes the take";
}

TEST(PunchIn, APoseTakePlaysAsTheLiveViewShowedItAndLeavesTheExpression) {
  const Project before = testing::drivenProject(120);
  Project project = before;
  const std::vector<Motion> take = takeMotion(50);
  ASSERT_TRUE(
      punchIn(TrackRef{TrackKind::Pose, std::nullopt}, FrameRange{10, 60}, take, "take-2")->apply(project).ok());
  for (std::int64_t f = 10; f < 60; ++f) {
    const EulerAngles want = take[f - 10].pose.euler(), got = motionAt(project, f).pose.euler();
    ASSERT_NEAR(got.yaw, want.yaw, 0.1) << "frame " << f;
    ASSERT_NEAR(got.pitch, want.pitch, 0.1) << "frame " << f;
  }
  for (std::int64_t f : {0, 9, 60, 119}) {
    expectSameMotion(motionAt(project, f), motionAt(before, f), "frame " + std::to_string(f));
  }
  EXPECT_EQ(project.pose.segmentAt(Rational(10) / project.settings.frameRate).mode, TrackMode::Keyframed);
  EXPECT_EQ(project.pose.segmentAt(Rational(60) / project.settings.frameRate).mode, TrackMode::Driving);
}

TEST(PunchIn, ATakeShorterThanTheRangeCoversOnlyItsOwnLength) {
  const Project before = testing::drivenProject(120);
  Project project = before;
  ASSERT_TRUE(punchIn(TrackRef{TrackKind::Pose, std::nullopt}, FrameRange{10, 100}, takeMotion(20), "take-3")
                  ->apply(project)
                  .ok());
  for (std::int64_t f : {30, 60, 99}) expectSameMotion(motionAt(project, f), motionAt(before, f), "after the take");
}

TEST(PunchIn, RefusesWhatCannotBePunchedIn) {
  Project project = testing::drivenProject(60);
  const Project before = project;
  auto refused = [&](CommandPtr edit, const std::string& fragment) {
    Status status = edit->apply(project);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find(fragment), std::string::npos) << status.error().message;
    EXPECT_TRUE(project == before);
  };
  refused(punchIn(TrackRef{TrackKind::Pose, std::nullopt}, FrameRange{10, 20}, {}, "take-4"), "holds no frames");
  refused(punchIn(TrackRef{TrackKind::Pose, std::nullopt}, FrameRange{50, 80}, takeMotion(5), "take-5"),
          "not inside the project");
  refused(punchIn(TrackRef{TrackKind::Pose, FaceRegion::Mouth}, FrameRange{10, 20}, takeMotion(5), "take-6"),
          "only the expression track has regions");
}

}  // namespace
}  // namespace marionette::timeline
