#include "core/motion/presets.h"

#include <gtest/gtest.h>

#include <cstring>

namespace marionette {
namespace {

double channel(const Motion& m, ExpressionChannel c) { return readChannel(m.expression, c); }

// A portrait with its own slight smile and a turned head, so tests see that
// presets work relative to it rather than from zero.
Motion portraitMotion() {
  Motion m;
  m.pose = HeadPose::fromEuler({12, -4, 3}, 0.05, -0.02, 140);
  writeChannel(m.expression, ExpressionChannel::SmileL, 0.2);
  writeChannel(m.expression, ExpressionChannel::SmileR, 0.2);
  writeChannel(m.expression, ExpressionChannel::BlinkL, 0.1);
  writeChannel(m.expression, ExpressionChannel::BlinkR, 0.1);
  return m;
}

std::vector<Preset> everyPreset() { return {allPresets().begin(), allPresets().end()}; }

double rotationFromSource(const Motion& m, const Motion& source) {
  return degrees(Quaternion::angleBetween(m.pose.rotation, source.pose.rotation));
}

TEST(Presets, ParsesAListWithSpacesKeepingOrderAndDroppingRepeats) {
  auto parsed = parsePresets("nod, blink,smile ,talk,nod");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(*parsed, (std::vector<Preset>{Preset::Nod, Preset::Blink, Preset::Smile, Preset::Talk}));
  for (Preset p : allPresets()) {
    auto single = parsePresets(presetName(p));
    ASSERT_TRUE(single.ok()) << presetName(p);
    EXPECT_EQ(single->front(), p);
  }
}

TEST(Presets, UnknownOrEmptyNamesListTheValidOnes) {
  auto unknown = parsePresets("nod,jump");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("unknown preset 'jump'"), std::string::npos) << unknown.error().message;
  EXPECT_NE(unknown.error().message.find("nod, shake, tilt, lookAround, blink, wink, smile, talk, browRaise"),
            std::string::npos)
      << unknown.error().message;
  auto empty = parsePresets("nod,,smile");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("empty preset name"), std::string::npos) << empty.error().message;
}

TEST(Presets, SameInputGivesTheSameMotionEveryTime) {
  const Motion source = portraitMotion();
  PresetAnimator a(everyPreset(), 6), b(everyPreset(), 6);
  for (double t = 0; t <= 6; t += 0.037) {
    Motion ma = a.at(source, t), mb = b.at(source, t), mc = presetMotion(source, everyPreset(), t, 6);
    EXPECT_EQ(std::memcmp(&ma, &mb, sizeof(Motion)), 0) << t;
    EXPECT_EQ(std::memcmp(&ma, &mc, sizeof(Motion)), 0) << t;
  }
}

TEST(Presets, StartAndEndAtThePortraitsOwnMotion) {
  const Motion source = portraitMotion();
  for (double duration : {1.0, 4.0, 9.3}) {
    PresetAnimator animator(everyPreset(), duration);
    for (double t : {0.0, duration}) {
      Motion m = animator.at(source, t);
      EXPECT_LT(rotationFromSource(m, source), 1e-6) << duration << " " << t;
      EXPECT_LT(maxAbsDifference(m.expression, source.expression), 1e-5) << duration << " " << t;
      EXPECT_EQ(m.pose.scale, source.pose.scale);
    }
  }
}

TEST(Presets, StayWithinChannelRangesAndModestAngles) {
  const Motion source = portraitMotion();
  PresetAnimator animator(everyPreset(), 12);
  double largestTurn = 0;
  for (double t = 0; t <= 12; t += 0.01) {
    Motion m = animator.at(source, t);
    auto readings = readChannels(m.expression);
    for (const auto& d : expressionChannels()) {
      EXPECT_GE(readings[static_cast<int>(d.channel)], d.minimum - 1e-6) << d.id << " at " << t;
      EXPECT_LE(readings[static_cast<int>(d.channel)], d.maximum + 1e-6) << d.id << " at " << t;
    }
    largestTurn = std::max(largestTurn, rotationFromSource(m, source));
  }
  EXPECT_GT(largestTurn, 10);
  EXPECT_LT(largestTurn, 45) << "presets must not turn the head further than a warp can follow";
}

TEST(Presets, BlinksCloseBothEyesBrieflyAtScheduledTimes) {
  const Motion source = portraitMotion();
  const std::vector<double> starts = blinkSchedule(10);
  ASSERT_GE(starts.size(), 3u);
  EXPECT_DOUBLE_EQ(starts[0], 0.5);
  for (std::size_t i = 1; i < starts.size(); ++i) {
    EXPECT_GE(starts[i] - starts[i - 1], 2.4);
    EXPECT_LE(starts[i] - starts[i - 1], 4.2);
  }
  PresetAnimator animator({Preset::Blink}, 10);
  for (double start : starts) {
    Motion shut = animator.at(source, start + 0.1);
    EXPECT_NEAR(channel(shut, ExpressionChannel::BlinkL), 1.0, 1e-4) << start;
    EXPECT_NEAR(channel(shut, ExpressionChannel::BlinkR), 1.0, 1e-4) << start;
    Motion before = animator.at(source, start - 0.05);
    EXPECT_NEAR(channel(before, ExpressionChannel::BlinkL), 0.1, 1e-4) << start;
  }
  // The eyes are more than half shut for about 150 ms per blink.
  double closedSeconds = 0;
  const double step = 0.001;
  for (double t = starts[0] - 0.1; t < starts[0] + 0.4; t += step)
    closedSeconds += channel(animator.at(source, t), ExpressionChannel::BlinkR) > 0.55 ? step : 0;
  EXPECT_NEAR(closedSeconds, 0.15, 0.03);
  Motion between = animator.at(source, starts[0] + 1.2);
  EXPECT_LT(maxAbsDifference(between.expression, source.expression), 1e-5);
}

TEST(Presets, WinkClosesOnlyTheSubjectsLeftEye) {
  const Motion source = portraitMotion();
  PresetAnimator animator({Preset::Wink}, 4);
  double leftMost = 0, rightMost = 0;
  for (double t = 0; t <= 4; t += 0.01) {
    Motion m = animator.at(source, t);
    leftMost = std::max(leftMost, channel(m, ExpressionChannel::BlinkL));
    rightMost = std::max(rightMost, channel(m, ExpressionChannel::BlinkR));
  }
  EXPECT_NEAR(leftMost, 1.0, 1e-3);
  EXPECT_NEAR(rightMost, 0.1, 1e-4);
}

TEST(Presets, SmileEasesInHoldsAndEasesOut) {
  const Motion source = portraitMotion();
  PresetAnimator animator({Preset::Smile}, 4);
  std::vector<double> curve;
  for (double t = 0; t <= 4.0001; t += 0.05)
    curve.push_back(channel(animator.at(source, t), ExpressionChannel::SmileL));
  const double peak = *std::max_element(curve.begin(), curve.end());
  EXPECT_NEAR(peak, 0.2 + 0.8, 1e-4);
  EXPECT_NEAR(channel(animator.at(source, 2.0), ExpressionChannel::SmileR), 1.0, 1e-4) << "held in the middle";
  const std::size_t top = std::max_element(curve.begin(), curve.end()) - curve.begin();
  for (std::size_t i = 1; i <= top; ++i) EXPECT_GE(curve[i], curve[i - 1] - 1e-9) << "rises without dips";
  EXPECT_LT(rotationFromSource(animator.at(source, 2.0), source), 1e-9) << "smile leaves the pose alone";
}

TEST(Presets, TalkOpensTheJawInSyllablesAfterAShortSilence) {
  const Motion source = portraitMotion();
  PresetAnimator animator({Preset::Talk}, 4);
  int peaks = 0;
  double previous = 0, slope = 0, widest = 0;
  for (double t = 0; t <= 4; t += 0.01) {
    Motion m = animator.at(source, t);
    const double jaw = channel(m, ExpressionChannel::JawOpen);
    widest = std::max(widest, std::abs(channel(m, ExpressionChannel::MouthWide)));
    if (t < 0.3) {
      EXPECT_NEAR(jaw, 0, 1e-6) << t;
    }
    EXPECT_GE(jaw, -1e-6) << t;
    EXPECT_LE(jaw, 0.8) << t;
    if (slope > 0 && jaw < previous) ++peaks;
    slope = jaw - previous;
    previous = jaw;
  }
  EXPECT_GE(peaks, 10) << "several syllables a second";
  EXPECT_GT(widest, 0.05) << "the mouth widens and narrows too";
}

TEST(Presets, BrowRaiseLiftsBothBrows) {
  const Motion source = portraitMotion();
  for (double duration : {1.0, 4.0}) {
    PresetAnimator animator({Preset::BrowRaise}, duration);
    double highest = 0;
    for (double t = 0; t <= duration; t += 0.01)
      highest = std::max(highest, channel(animator.at(source, t), ExpressionChannel::BrowRaiseL));
    EXPECT_NEAR(highest, 0.8, 1e-3) << duration;
  }
}

TEST(Presets, PosePresetsTurnAroundTheirOwnAxisOnly) {
  Motion frontal;
  frontal.pose = HeadPose::fromEuler({0, 0, 0}, 0, 0, 100);
  struct Case {
    Preset preset;
    double EulerAngles::*moved;
  };
  for (Case c : {Case{Preset::Nod, &EulerAngles::pitch}, Case{Preset::Shake, &EulerAngles::yaw},
                 Case{Preset::Tilt, &EulerAngles::roll}}) {
    PresetAnimator animator({c.preset}, 4);
    double largest = 0;
    for (double t = 0; t <= 4; t += 0.02) {
      Motion m = animator.at(frontal, t);
      EulerAngles e = m.pose.euler();
      const double moved = e.*c.moved;
      largest = std::max(largest, std::abs(moved));
      EXPECT_NEAR(std::abs(e.yaw) + std::abs(e.pitch) + std::abs(e.roll), std::abs(moved), 1e-6)
          << presetName(c.preset) << " at " << t;
      EXPECT_EQ(m.expression, frontal.expression);
    }
    EXPECT_GT(largest, 8) << presetName(c.preset);
  }
  // A nod looks down (negative pitch) first.
  EXPECT_LT(PresetAnimator({Preset::Nod}, 4).at(frontal, 0.6).pose.euler().pitch, -5);
}

TEST(Presets, PoseAndExpressionPresetsCombine) {
  const Motion source = portraitMotion();
  PresetAnimator both({Preset::Nod, Preset::Smile}, 4), nod({Preset::Nod}, 4), smile({Preset::Smile}, 4);
  for (double t : {0.7, 1.9, 3.1}) {
    Motion m = both.at(source, t);
    EXPECT_LT(degrees(Quaternion::angleBetween(m.pose.rotation, nod.at(source, t).pose.rotation)), 1e-9);
    EXPECT_LT(maxAbsDifference(m.expression, smile.at(source, t).expression), 1e-6);
  }
}

}  // namespace
}  // namespace marionette
