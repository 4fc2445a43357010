// The frames an edit can change: nothing outside them may differ, and a
// local edit must not name the whole clip.
#include "core/timeline/change_range.h"

#include <gtest/gtest.h>

#include <random>

#include "core/timeline/editing.h"
#include "core/timeline/motion_at.h"
#include "tests/core/timeline/timeline_fixtures.h"

namespace marionette::timeline {
namespace {

using testing::kJawOpen;
using testing::kSmileL;

constexpr int kFrames = 150;

// Checks the promise: every frame outside the reported range evaluates to
// the same motion before and after; returns the range.
std::optional<FrameRange> checkedRange(const Project& before, const Project& after, const std::string& what) {
  const std::optional<FrameRange> range = changedFrames(before, after);
  for (FrameIndex f = 0; f < after.settings.frameCount; ++f) {
    if (range && range->contains(f)) continue;
    EXPECT_TRUE(sameMotion(motionAt(before, f), motionAt(after, f))) << what << ": frame " << f << " changed outside";
  }
  return range;
}

Project edited(const Project& p, CommandPtr command) {
  Project copy = p;
  const std::string name = command->name();
  EXPECT_TRUE(command->apply(copy).ok()) << name;
  return copy;
}

Project keyedProject() {
  Project p = testing::drivenProject(kFrames);
  const Rational rate = p.settings.frameRate;
  Project out = edited(p, setModeOver(p, {TrackKind::Expression, std::nullopt}, {0, kFrames}, TrackMode::Keyframed));
  for (FrameIndex f : {20, 60, 100}) out = edited(out, setKeyframe(kSmileL, frameTime(f, rate), 0.01 * f));
  return out;
}

TEST(ChangedFrames, NoEditNoFrames) {
  const Project p = keyedProject();
  EXPECT_FALSE(changedFrames(p, p).has_value());
}

TEST(ChangedFrames, AKeyChangesOnlyTheSegmentsBesideIt) {
  const Project p = keyedProject();
  const Rational rate = p.settings.frameRate;
  const Project after = edited(p, setKeyframe(kSmileL, frameTime(60, rate), 0.9));
  const auto range = checkedRange(p, after, "value of the middle key");
  ASSERT_TRUE(range);
  EXPECT_EQ(*range, (FrameRange{20, 101})) << "from the key before to the key after";
  // A keyframe at 4 s leaves the frames at 1 s alone.
  EXPECT_FALSE(range->contains(frameAtTime(Rational(1), rate)) && frameAtTime(Rational(1), rate) < 20);
}

TEST(ChangedFrames, TheLastKeyReachesTheEndAndTheFirstKeyTheStart) {
  const Project p = keyedProject();
  const Rational rate = p.settings.frameRate;
  auto last = checkedRange(p, edited(p, setKeyframe(kSmileL, frameTime(100, rate), 0.2)), "last key");
  ASSERT_TRUE(last);
  EXPECT_EQ(*last, (FrameRange{60, kFrames}));
  auto first = checkedRange(p, edited(p, removeKeyframe(kSmileL, frameTime(20, rate))), "first key");
  ASSERT_TRUE(first);
  EXPECT_EQ(*first, (FrameRange{0, 61}));
}

TEST(ChangedFrames, KeyingAnUnkeyedChannelChangesEverything) {
  const Project p = keyedProject();
  auto range = checkedRange(p, edited(p, setKeyframe(kJawOpen, Rational(2), 0.5)), "first jaw key");
  ASSERT_TRUE(range);
  EXPECT_EQ(*range, (FrameRange{0, kFrames}));
}

TEST(ChangedFrames, AModeRangeChangesOnlyItsFrames) {
  const Project p = testing::drivenProject(kFrames);
  auto range = checkedRange(p, edited(p, setModeOver(p, {TrackKind::Pose, std::nullopt}, {40, 70}, TrackMode::Source)),
                            "source over 40-70");
  ASSERT_TRUE(range);
  EXPECT_LE(range->first, 40);
  EXPECT_GE(range->first, 39);
  EXPECT_GE(range->end, 70);
  EXPECT_LE(range->end, 71);
}

TEST(ChangedFrames, GlobalSettingsChangeTheWholeClip) {
  const Project p = keyedProject();
  const FrameRange all{0, kFrames};
  EXPECT_EQ(changedFrames(p, edited(p, setTrackGain({TrackKind::Pose, std::nullopt}, 2))), all);
  EXPECT_EQ(changedFrames(p, edited(p, setReferenceFrame(7))), all);
  EXPECT_EQ(changedFrames(p, edited(p, setRegionFollows(FaceRegion::Mouth, false))), all);
  RenderSettings crop;
  crop.cropToFace = true;
  EXPECT_EQ(changedFrames(p, edited(p, setRenderSettings(crop))), all) << "the picture's framing changes";
  EXPECT_EQ(changedFrames(p, edited(p, setPortraitFace(1))), all);
}

// Random edits of every local kind: whatever the range says, nothing
// outside it changed.
TEST(ChangedFrames, RandomEditsNeverChangeAFrameOutsideTheirRange) {
  std::mt19937 random(20261201);
  Project p = keyedProject();
  const Rational rate = p.settings.frameRate;
  const std::vector<ChannelId> channels{kSmileL, kJawOpen, kYaw, kTx, ChannelId::expression(ExpressionChannel::BlinkL)};
  const std::vector<TrackMode> modes{TrackMode::Driving, TrackMode::Source, TrackMode::Hold, TrackMode::Keyframed,
                                     TrackMode::DrivingOffset};
  const std::vector<TrackRef> tracks{{TrackKind::Pose, std::nullopt},
                                     {TrackKind::Expression, std::nullopt},
                                     {TrackKind::Expression, FaceRegion::Mouth},
                                     {TrackKind::Expression, FaceRegion::Eyes}};
  int local = 0;
  for (int i = 0; i < 120; ++i) {
    std::uniform_int_distribution<int> frame(0, kFrames - 1), kind(0, 3);
    CommandPtr command;
    const ChannelId channel = channels[random() % channels.size()];
    switch (kind(random)) {
      case 0:
        command =
            setKeyframe(channel, frameTime(frame(random), rate), std::uniform_real_distribution(-1.0, 1.0)(random));
        break;
      case 1: {
        const auto& keys = p.curve(channel).keys();
        command = keys.empty() ? setKeyframe(channel, Rational(0), 0.3)
                               : removeKeyframe(channel, keys[random() % keys.size()].time);
        break;
      }
      case 2: {
        const int a = frame(random), b = frame(random);
        command = setModeOver(p, tracks[random() % tracks.size()], {std::min(a, b), std::max(a, b) + 1},
                              modes[random() % modes.size()]);
        break;
      }
      default: {
        const auto& keys = p.curve(channel).keys();
        if (keys.empty()) continue;
        command = setEase(channel, keys[random() % keys.size()].time, Ease::EaseInOut);
      }
    }
    Project after = p;
    const std::string name = command->name();
    if (!command->apply(after).ok()) continue;
    const auto range = checkedRange(p, after, name + " #" + std::to_string(i));
    if (range && range->count() < kFrames) ++local;
    p = std::move(after);
  }
  EXPECT_GT(local, 30) << "most local edits name less than the whole clip";
}

}  // namespace
}  // namespace marionette::timeline
