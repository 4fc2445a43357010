#include "core/timeline/motion_at.h"

#include <gtest/gtest.h>

#include "core/motion/canonical_face.h"
#include "core/motion/face_limits.h"

#include <cmath>
#include <cstring>
#include <utility>

#include "core/timeline/clip_setup.h"
#include "core/timeline/time.h"
#include "tests/core/timeline/timeline_fixtures.h"

namespace marionette::timeline {
namespace {

using testing::kJawOpen;
using testing::kSmileL;

using testing::angleBetweenDegrees;
using testing::drivenProject;
using testing::portraitMotion;

bool bitIdentical(const Motion& a, const Motion& b) {
  return std::memcmp(&a.pose, &b.pose, sizeof a.pose) == 0 &&
         std::memcmp(a.expression.values.data(), b.expression.values.data(), sizeof(float) * kExpressionDims) == 0;
}

// The whole motion — every rotation component, tx, ty, scale and every
// expression value — within a tolerance for the pose and one for the
// expression (0: exactly equal, what sameMotion checks). sameMotion only says
// yes or no; this names the first field that differs.
::testing::AssertionResult sameWholeMotion(const Motion& actual, const Motion& expected, double poseTolerance = 0,
                                           double expressionTolerance = 0) {
  const HeadPose &a = actual.pose, &e = expected.pose;
  const std::pair<const char*, std::pair<double, double>> pose[] = {{"rotation.w", {a.rotation.w, e.rotation.w}},
                                                                    {"rotation.x", {a.rotation.x, e.rotation.x}},
                                                                    {"rotation.y", {a.rotation.y, e.rotation.y}},
                                                                    {"rotation.z", {a.rotation.z, e.rotation.z}},
                                                                    {"tx", {a.tx, e.tx}},
                                                                    {"ty", {a.ty, e.ty}},
                                                                    {"scale", {a.scale, e.scale}}};
  for (const auto& [name, values] : pose)
    if (!(std::abs(values.first - values.second) <= poseTolerance))
      return ::testing::AssertionFailure() << "pose." << name << " is " << values.first << ", expected "
                                           << values.second << " (tolerance " << poseTolerance << ")";
  for (int d = 0; d < kExpressionDims; ++d) {
    const double x = actual.expression.values[d], y = expected.expression.values[d];
    if (!(std::abs(x - y) <= expressionTolerance))
      return ::testing::AssertionFailure()
             << "expression value " << d << " (landmark " << d / 2 << ", " << (d % 2 ? "y" : "x") << ") is " << x
             << ", expected " << y << " (tolerance " << expressionTolerance << ")";
  }
  return ::testing::AssertionSuccess();
}

// Rotation results go through a renormalisation or a slerp: equal to the
// expected rotation up to rounding.
constexpr double kRounding = 1e-12;

void setCurve(Project& project, ChannelId channel, std::vector<Keyframe> keys) {
  auto curve = Curve::fromKeys(std::move(keys));
  ASSERT_TRUE(curve.ok());
  project.curve(channel) = *curve;
}

Motion retargeted(const Project& p, int frame, const RetargetOptions& options) {
  if (p.settings.restReference)
    return retargetFrame(*p.portrait.motion, *p.driver->motion, *p.driver->motion->rest, frame, options);
  return retargetFrame(*p.portrait.motion, *p.driver->motion, static_cast<int>(p.settings.referenceFrame), frame,
                       options);
}

// A whole-clip project made from animate's options moves the portrait
// exactly as the retargeter does, frame by frame, bit for bit.
TEST(MotionAt, WholeClipSetupsReproduceTheRetargeterExactly) {
  const auto driver = testing::driverTrack(90);
  std::vector<RetargetOptions> cases(6);
  cases[1].pose.source = TrackSource::Source;
  cases[2].expression = {TrackSource::Hold, 7};
  cases[3].regions = {FaceRegion::Mouth};
  cases[3].expressionGain = 0.5;
  cases[4].regions = {FaceRegion::Eyes, FaceRegion::Brows};
  cases[4].poseGain = 1.7;
  cases[5].absolutePose = true;
  cases[5].pose = {TrackSource::Hold, 40};
  for (bool rest : {false, true}) {
    for (std::size_t c = 0; c < cases.size(); ++c) {
      ClipSetup setup;
      setup.retarget = cases[c];
      setup.restReference = rest;  // relative to the driver's rest, or to frame 3
      setup.referenceFrame = 3;
      auto project = projectFromClipSetup(setup, portraitMotion(), driver);
      ASSERT_TRUE(project.ok()) << project.error().message;
      ASSERT_EQ(project->settings.restReference, rest);
      for (int f = 0; f < 90; ++f)
        ASSERT_TRUE(bitIdentical(motionAt(*project, f), retargeted(*project, f, cases[c])))
            << "case " << c << " frame " << f << (rest ? " (rest)" : " (frame 3)");
    }
  }
}

TEST(MotionAt, SourceModeIsThePortraitsOwnMotion) {
  Project p = drivenProject(30);
  p.pose.segments.front().mode = TrackMode::Source;
  p.expression.segments.front().mode = TrackMode::Source;
  EXPECT_TRUE(bitIdentical(motionAt(p, 12), *p.portrait.motion));
}

TEST(MotionAt, ModesChangeOverTimeRanges) {
  Project p = drivenProject(120);
  HoldTarget hold;
  hold.driverFrame = 10;
  p.pose = *withModeOver(p.pose, Rational(1), Rational(2), TrackMode::Hold, hold);
  p.pose = *withModeOver(p.pose, Rational(3), std::nullopt, TrackMode::Source);
  const RetargetOptions all;
  // At 29.97 fps frames 30..59 start between 1 s and 2 s, 60..89 between 2 s
  // and 3 s, 90 onwards after 3 s. The expression track was not touched: it
  // follows the driver throughout.
  for (int f : {5, 29})
    EXPECT_TRUE(sameWholeMotion(motionAt(p, f), retargeted(p, f, all))) << "driving before 1 s, frame " << f;
  const HeadPose held = retargeted(p, 10, all).pose;
  for (int f : {30, 45, 59})
    EXPECT_TRUE(sameWholeMotion(motionAt(p, f), Motion{held, retargeted(p, f, all).expression}))
        << "held on driver frame 10 between 1 and 2 s, frame " << f;
  for (int f : {60, 75, 89})
    EXPECT_TRUE(sameWholeMotion(motionAt(p, f), retargeted(p, f, all))) << "driving again from 2 s, frame " << f;
  for (int f : {90, 119})
    EXPECT_TRUE(sameWholeMotion(motionAt(p, f), Motion{p.portrait.motion->pose, retargeted(p, f, all).expression}))
        << "the portrait's own pose from 3 s, frame " << f;
}

TEST(MotionAt, KeyframedPoseIsAnOffsetFromThePortrait) {
  Project p = drivenProject(60);
  p.pose.segments.front().mode = TrackMode::Keyframed;
  setCurve(p, kYaw, {{Rational(0), 10.0, Interpolation::Linear, {}, {}}});
  // Unkeyed channels keep the portrait's own; the expression still drives.
  Motion expected = retargeted(p, 20, RetargetOptions{});
  expected.pose = p.portrait.motion->pose;
  expected.pose.rotation = HeadPose::rotationFromEuler({10, 0, 0}) * p.portrait.motion->pose.rotation;
  EXPECT_TRUE(sameWholeMotion(motionAt(p, 20), expected, kRounding));
}

TEST(MotionAt, RotationKeysInterpolateBySlerp) {
  Project p = drivenProject(60);
  p.settings.frameRate = Rational(10);
  p.pose.segments.front().mode = TrackMode::Keyframed;
  // 60° of yaw and 40° of pitch at once: per-angle linear interpolation would
  // leave the great circle between the two rotations.
  setCurve(p, kYaw, {{Rational(0), 0.0, Interpolation::Linear, {}, {}}, {Rational(2), 60.0, {}, {}, {}}});
  setCurve(p, kPitch, {{Rational(0), 0.0, Interpolation::Linear, {}, {}}, {Rational(2), 40.0, {}, {}, {}}});
  setCurve(p, kRoll, {{Rational(0), 0.0, Interpolation::Linear, {}, {}}, {Rational(2), 0.0, {}, {}, {}}});
  const Quaternion from = HeadPose::rotationFromEuler({0, 0, 0});
  const Quaternion to = HeadPose::rotationFromEuler({60, 40, 0});
  for (int frame : {5, 10, 15}) {
    Motion expected = retargeted(p, frame, RetargetOptions{});
    expected.pose = p.portrait.motion->pose;
    expected.pose.rotation = Quaternion::slerp(from, to, frame / 20.0) * p.portrait.motion->pose.rotation;
    EXPECT_TRUE(sameWholeMotion(motionAt(p, frame), expected, kRounding)) << frame;
  }
  const Quaternion eulerMid = HeadPose::rotationFromEuler({30, 20, 0}) * p.portrait.motion->pose.rotation;
  EXPECT_GT(angleBetweenDegrees(motionAt(p, 10).pose.rotation, eulerMid), 0.1)
      << "slerp differs from interpolating the angles one by one";

  // Keys at different times fall back to each angle's own curve.
  setCurve(p, kRoll, {{Rational(1), 0.0, Interpolation::Linear, {}, {}}});
  EXPECT_LT(angleBetweenDegrees(motionAt(p, 10).pose.rotation, eulerMid), 1e-9);
}

TEST(MotionAt, KeyframedExpressionSetsReadingsAndLeavesTheRest) {
  Project p = drivenProject(60);
  p.expression.segments.front().mode = TrackMode::Keyframed;
  setCurve(p, kSmileL, {{Rational(0), 0.0, Interpolation::Linear, {}, {}}, {Rational(1), 0.8, {}, {}, {}}});
  const int f = static_cast<int>(frameAtTime(Rational(1), p.settings.frameRate)) + 1;
  const Motion m = motionAt(p, f);
  EXPECT_NEAR(readChannel(m.expression, ExpressionChannel::SmileL), 0.8, 1e-5);
  // The rest of the face is the portrait's own; the pose track still drives.
  Motion expected{retargeted(p, f, RetargetOptions{}).pose, p.portrait.motion->expression};
  writeChannel(expected.expression, ExpressionChannel::SmileL, 0.8);
  EXPECT_TRUE(sameWholeMotion(m, expected));
}

// Keys and offsets go through the same limits as driven motion: a jaw keyed
// "closed" far past closed leaves the lips met, not crossed.
TEST(MotionAt, KeysPastWhatTheFaceCanDoStayOnTheFace) {
  Project p = drivenProject(60);
  p.expression.segments.front().mode = TrackMode::DrivingOffset;
  setCurve(p, kJawOpen, {{Rational(0), -3.0, Interpolation::Linear, {}, {}}});
  const ExpressionCode code = motionAt(p, 30).expression;
  ExpressionCode asked = code;
  keepWithinFace(asked);
  EXPECT_EQ(asked, code) << "the result is already within the face";
  const auto& face = canonicalFace();
  for (auto [upper, lower] : {std::array{61, 67}, std::array{62, 66}, std::array{63, 65}}) {
    const double gap = (face[lower].y + code.displacement(lower).y) - (face[upper].y + code.displacement(upper).y);
    EXPECT_GE(gap, -0.0101) << "inner lips " << upper << "/" << lower;
  }
}

TEST(MotionAt, DrivingPlusOffsetAddsToTheDriversReading) {
  Project p = drivenProject(60);
  const Motion driven = motionAt(p, 30);
  p.expression.segments.front().mode = TrackMode::DrivingOffset;
  setCurve(p, kSmileL, {{Rational(0), 0.5, Interpolation::Linear, {}, {}}});
  const Motion m = motionAt(p, 30);
  EXPECT_NEAR(readChannel(m.expression, ExpressionChannel::SmileL),
              readChannel(driven.expression, ExpressionChannel::SmileL) + 0.5, 1e-5);
  Motion expected = driven;
  writeChannel(expected.expression, ExpressionChannel::SmileL,
               readChannel(driven.expression, ExpressionChannel::SmileL) + 0.5);
  EXPECT_TRUE(sameWholeMotion(m, expected)) << "the rest keeps following the driver";

  p.pose.segments.front().mode = TrackMode::DrivingOffset;
  setCurve(p, ChannelId::pose(PoseChannel::Tx), {{Rational(0), 0.25, Interpolation::Linear, {}, {}}});
  expected.pose.tx += 0.25;
  EXPECT_TRUE(sameWholeMotion(motionAt(p, 30), expected, kRounding)) << "only tx moves, by the offset";
}

TEST(MotionAt, HoldOnAValueFreezesTheGivenChannels) {
  Project p = drivenProject(60);
  HoldTarget hold;
  hold.fromDriver = false;
  hold.values[kJawOpen.index()] = 0.9;
  hold.values[kYaw.index()] = -15;
  p.expression = *withModeOver(p.expression, Rational(0), std::nullopt, TrackMode::Hold, hold);
  p.pose = *withModeOver(p.pose, Rational(0), std::nullopt, TrackMode::Hold, hold);
  // Channels without a hold value keep the portrait's own.
  Motion expected = *p.portrait.motion;
  expected.pose.rotation = HeadPose::rotationFromEuler({-15, 0, 0}) * p.portrait.motion->pose.rotation;
  writeChannel(expected.expression, ExpressionChannel::JawOpen, 0.9);
  for (int f : {3, 40}) {
    const Motion m = motionAt(p, f);
    EXPECT_NEAR(readChannel(m.expression, ExpressionChannel::JawOpen), 0.9, 1e-5);
    EXPECT_TRUE(sameWholeMotion(m, expected, kRounding)) << f;
  }
}

TEST(MotionAt, RegionsTakeTheirLandmarksFromTheirOwnTrack) {
  Project p = drivenProject(90);
  // The eyes hold driver frame 0 (open) while the rest follows the driver,
  // whose left eye blinks at frames 45..49.
  HoldTarget hold;
  hold.driverFrame = 0;
  p.region(FaceRegion::Eyes) =
      RegionTrack{false, *withModeOver(ModeTrack{}, Rational(0), std::nullopt, TrackMode::Hold, hold)};
  const Motion full = motionAt(drivenProject(90), 46);
  const Motion m = motionAt(p, 46);
  Project heldEverywhere = drivenProject(90);
  heldEverywhere.expression = p.region(FaceRegion::Eyes).track;
  const Motion held = motionAt(heldEverywhere, 46);
  // Everything but the eyes' landmarks (pose included) is the full motion.
  Motion expected = full;
  for (int landmark : regionLandmarks(FaceRegion::Eyes))
    expected.expression.setDisplacement(landmark, held.expression.displacement(landmark));
  EXPECT_TRUE(sameWholeMotion(m, expected));
  EXPECT_GT(readChannel(full.expression, ExpressionChannel::BlinkL), 0.5);
  EXPECT_LT(readChannel(m.expression, ExpressionChannel::BlinkL), 0.5);
}

TEST(MotionAt, GainScalesTheDriversChange) {
  Project p = drivenProject(60);
  p.pose.gain = 0;
  EXPECT_TRUE(sameWholeMotion(
      motionAt(p, 45), Motion{p.portrait.motion->pose, retargeted(p, 45, RetargetOptions{}).expression}, kRounding))
      << "no pose change at all; the expression track has its own gain";
  p.pose.gain = 2;
  Project unit = drivenProject(60);
  const double once = angleBetweenDegrees(motionAt(unit, 45).pose.rotation, p.portrait.motion->pose.rotation);
  const double twice = angleBetweenDegrees(motionAt(p, 45).pose.rotation, p.portrait.motion->pose.rotation);
  EXPECT_NEAR(twice, 2 * once, 1e-6);
}

TEST(MotionAt, SmoothingDampsFrameToFrameChangeOnly) {
  Project raw = drivenProject(300);
  Project smooth = raw;
  smooth.expression.smoothing = 1;
  double rawChange = 0, smoothChange = 0;
  for (int f = 30; f < 270; ++f) {
    auto jaw = [](const Project& p, int frame) {
      return readChannel(motionAt(p, frame).expression, ExpressionChannel::JawOpen);
    };
    rawChange += std::abs(jaw(raw, f + 1) - jaw(raw, f));
    smoothChange += std::abs(jaw(smooth, f + 1) - jaw(smooth, f));
  }
  EXPECT_LT(smoothChange, 0.5 * rawChange) << "the tracking jitter is filtered out";
  EXPECT_TRUE(bitIdentical(Motion{motionAt(smooth, 50).pose, {}}, Motion{motionAt(raw, 50).pose, {}}))
      << "the pose track has its own smoothing";
}

TEST(MotionAt, IsDeterministicAndClampsOutsideTheProject) {
  Project p = drivenProject(120);
  p.expression.smoothing = 0.6;
  p.pose.segments.front().mode = TrackMode::DrivingOffset;
  setCurve(p, kYaw, {{Rational(0), 0.0, Interpolation::Bezier, {}, {0.5, 3}}, {Rational(3), 12.0, {}, {-1, 0}, {}}});
  const Project copy = p;
  for (int f = 0; f < 120; f += 7) {
    EXPECT_TRUE(bitIdentical(motionAt(p, f), motionAt(copy, f)));
    EXPECT_TRUE(bitIdentical(motionAt(p, f), motionAtTime(p, frameTime(f, p.settings.frameRate))));
  }
  EXPECT_TRUE(bitIdentical(motionAt(p, -5), motionAt(p, 0)));
  EXPECT_TRUE(bitIdentical(motionAt(p, 500), motionAt(p, 119)));
}

TEST(MotionAt, WithoutDriverMotionDrivingFallsBackToThePortrait) {
  Project p = drivenProject(30);
  p.driver->motion.reset();
  EXPECT_TRUE(bitIdentical(motionAt(p, 10), *p.portrait.motion));
  p.portrait.motion.reset();
  EXPECT_TRUE(bitIdentical(motionAt(p, 10), Motion{}));
}

TEST(MotionAt, PresetClipsBecomeKeyframesThatFollowThePresetCurves) {
  ClipSetup setup;
  setup.presets = {Preset::Nod, Preset::Blink, Preset::Smile, Preset::Talk};
  setup.presetSeconds = 4;
  auto project = projectFromClipSetup(setup, portraitMotion(), nullptr);
  ASSERT_TRUE(project.ok()) << project.error().message;
  EXPECT_EQ(project->settings.frameCount, 100);
  EXPECT_FALSE(project->curve(kPitch).empty());
  EXPECT_TRUE(project->curve(ChannelId::pose(PoseChannel::Tx)).empty()) << "presets do not move tx";
  const PresetAnimator animator(setup.presets, 4);
  for (int f = 0; f < 100; ++f) {
    const Motion expected = animator.at(portraitMotion(), f / 25.0);
    const Motion m = motionAt(*project, f);
    EXPECT_LT(angleBetweenDegrees(m.pose.rotation, expected.pose.rotation), 0.06) << f;
    for (ExpressionChannel c : {ExpressionChannel::JawOpen, ExpressionChannel::BlinkL, ExpressionChannel::SmileR})
      EXPECT_NEAR(readChannel(m.expression, c), readChannel(expected.expression, c), 6e-3) << f;
    // The keys sample the preset curves, so the rest agrees to within that
    // sampling (here up to 1.6e-4 in a rotation component and 4e-4 face units
    // in a landmark): nothing else moves.
    EXPECT_TRUE(sameWholeMotion(m, expected, 5e-4, 1e-3)) << f;
  }
}

TEST(MotionAt, PresetsOnADriverAddOffsets) {
  ClipSetup setup;
  setup.presets = {Preset::Smile};
  auto project = projectFromClipSetup(setup, portraitMotion(), testing::driverTrack(150));
  ASSERT_TRUE(project.ok()) << project.error().message;
  EXPECT_EQ(project->expression.segments.front().mode, TrackMode::DrivingOffset);
  EXPECT_EQ(project->pose.segments.front().mode, TrackMode::Driving) << "smile moves no pose channel";
  ClipSetup held = setup;
  held.retarget.expression = {TrackSource::Hold, 2};
  EXPECT_FALSE(projectFromClipSetup(held, portraitMotion(), testing::driverTrack(150)).ok());
}

TEST(ClipSetup, RefusesFramesOutsideTheDriver) {
  ClipSetup setup;
  setup.referenceFrame = 30;
  auto bad = projectFromClipSetup(setup, portraitMotion(), testing::driverTrack(30));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "reference frame 30 is outside the driving video (frames 0-29)");
  setup.referenceFrame = std::nullopt;
  EXPECT_TRUE(projectFromClipSetup(setup, portraitMotion(), testing::driverTrack(30)).ok());
  EXPECT_FALSE(projectFromClipSetup(ClipSetup{}, portraitMotion(), nullptr).ok()) << "no driver and no presets";
}

}  // namespace
}  // namespace marionette::timeline
