// Cross-reenactment: shared portraits driven by d3, the clip with the largest
// head rotation, and motion read back from every output. The head follows
// the driver's turns, a pose-only output keeps the portrait's expression and
// an expression-only output keeps its pose, with no broken frames.
//
// Thresholds sit below the figures measured on every third frame (quoted per
// portrait). Roll moves only about 2 degrees on average in d3, so its
// correlation is the noisiest. Expression drift under pose-only is not all
// the renderer's: channels read from a turned real face shift with the turn
// (the driver's own readings do too), most in pout and eyeWide, so it is
// compared with how much following the driver's expression changes them.
#include <gtest/gtest.h>

#include "core/pipeline/reenactment_evaluation.h"
#include "core/render/warp_renderer.h"
#include "tests/core/pipeline/shared_model.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

struct Case {
  const char* portrait;
  double minRollCorrelation;
  double maxPoseOnlyDriftRatio;  // pose-only expression drift / full output's expression change
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.portrait; }

class CrossReenactment : public ::testing::TestWithParam<Case> {};

Result<CrossReenactmentReport> evaluate(const std::string& portrait, const std::string& driving, int every) {
  auto model = testing::sharedTracker();
  // One intra-op thread: tests run side by side on two cores.
  auto renderer = createWarpRenderer({DeviceChoice::Cpu, 1});
  if (!renderer) return renderer.error();
  EvaluateOptions options;
  options.every = every;
  return evaluateCrossReenactment(portrait, driving, **renderer, testing::sharedEvaluationModels(), options);
}

TEST_P(CrossReenactment, PoseFollowsTheDriverAndTracksStaySeparate) {
  const Case& c = GetParam();
  MARIONETTE_REQUIRE_MODEL(model);
  MARIONETTE_REQUIRE_MEDIA(driving, "driving/liveportrait-d3.mp4");
  const std::string portrait = testing::sharedMedia(std::string("portraits/") + c.portrait);
  if (portrait.empty()) GTEST_SKIP() << "shared media not found: portraits/" << c.portrait;
  auto report = evaluate(portrait, driving, 3);
  ASSERT_TRUE(report.ok()) << report.error().message;
  const CrossReenactmentReport& r = *report;

  EXPECT_EQ(r.framesRead, 354);
  EXPECT_EQ(r.framesScored, 118) << "every third frame, all with a face in the driver and in all three outputs";
  EXPECT_EQ(r.checks.total(), 0) << r.checks.renderFailures << " failed, " << r.checks.darkFrames << " dark, "
                                 << r.checks.facelessFrames << " without a face";

  // Every face here is read by dlib, which tracked nothing (the driver was
  // tracked by the mesh). Measured with the face drawn as the mesh's
  // surface: yaw 0.993 / 0.983, pitch 0.913 / 0.807, roll 0.947 / 0.924
  // (s42 / s12; s12 is itself turned 12 degrees, so turns past its knee of
  // 24 degrees are drawn smaller). Pitch is the weak axis for s12.
  EXPECT_GT(r.poseFollowing.yaw.correlation, 0.97);
  EXPECT_GT(r.poseFollowing.pitch.correlation, 0.8);
  EXPECT_GT(r.poseFollowing.roll.correlation, c.minRollCorrelation);
  // Measured MAE / still: yaw 0.13 / 0.18, pitch 0.55 / 0.67, roll 0.50 /
  // 0.66 (s42 / s12; pitch was 1.05-1.15 with the 68-point warp).
  EXPECT_LT(r.poseFollowing.yaw.meanAbsoluteError, 0.3 * r.stillPoseError.yaw);
  EXPECT_LT(r.poseFollowing.pitch.meanAbsoluteError, 0.85 * r.stillPoseError.pitch);
  EXPECT_LT(r.poseFollowing.roll.meanAbsoluteError, 0.7 * r.stillPoseError.roll);

  // Measured 0.197 / 0.362 (s42) and 0.215 / 0.315 (s12). s42's was 0.11 /
  // 0.34 when the 68-point warp drew the face: the surface turns the
  // portrait's own depth (the mesh's estimate), which dlib's pose-free
  // reading, fitted with a depth of its own, partly takes for expression.
  // With the canonical mesh's depth instead the drift fell to 0.18 but eye
  // following on the Mona Lisa by d7 fell from 0.43 to -0.04, so the bound
  // for s42 moved from 0.5 to 0.6 of the full output's change.
  EXPECT_LT(r.poseOnlyExpressionDrift, c.maxPoseOnlyDriftRatio * r.renderedExpressionChange)
      << "pose-only drift " << r.poseOnlyExpressionDrift << ", full output " << r.renderedExpressionChange;
  EXPECT_GT(r.renderedExpressionChange, 0.5 * r.driverExpressionChange) << "the full output does follow the driver";
  // Measured: yaw 2.1-2.3, pitch 2.7-3.2, roll 0.3 degrees, while the driver moved 8.7 / 6.2 / 2.5.
  // Yaw was 1.0-1.2 while the rest was the median of all frames: measured
  // from the calm (least active) frames, the jaw's sideways shift, which on
  // d3 goes with the turns (r -0.48 with yaw), is transferred in full, and
  // dlib's 2D pose fit reads part of a shifted jaw as a turn.
  EXPECT_LT(r.expressionOnlyPoseDrift.yaw, 2.6);
  EXPECT_LT(r.expressionOnlyPoseDrift.pitch, 4.0);
  EXPECT_LT(r.expressionOnlyPoseDrift.roll, 1.5);
  EXPECT_LT(r.expressionOnlyPoseDrift.yaw + r.expressionOnlyPoseDrift.pitch,
            0.4 * (r.stillPoseError.yaw + r.stillPoseError.pitch));

  // The per-channel errors (which say where an error comes from) are the
  // parts of the totals; gaze is reported as a feature instead.
  double channelSum = 0, stillSum = 0;
  int counted = 0;
  for (const ChannelDescriptor& d : expressionChannels()) {
    if (d.channel == ExpressionChannel::GazeX || d.channel == ExpressionChannel::GazeY) continue;
    channelSum += r.channelError[static_cast<std::size_t>(d.channel)];
    stillSum += r.stillChannelError[static_cast<std::size_t>(d.channel)];
    ++counted;
  }
  EXPECT_NEAR(channelSum / counted, r.expressionError, 1e-9);
  EXPECT_NEAR(stillSum / counted, r.stillExpressionError, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(SharedPortraits, CrossReenactment,
                         ::testing::Values(Case{"liveportrait-s42.jpg", 0.9, 0.6},
                                           Case{"liveportrait-s12.jpg", 0.85, 0.8}),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string name = info.param.portrait;
                           return name.substr(name.find('-') + 1, name.find('.') - name.find('-') - 1);
                         });

TEST(CrossReenactmentInput, BadPortraitsAndReferencesAreClearErrors) {
  MARIONETTE_REQUIRE_MODEL(model);
  MARIONETTE_REQUIRE_MEDIA(driving, "driving/liveportrait-d0.mp4");
  auto renderer = createWarpRenderer({DeviceChoice::Cpu, 1});
  ASSERT_TRUE(renderer.ok());
  testing::TempDir dir;
  auto missing =
      evaluateCrossReenactment(dir.file("nobody.jpg"), driving, **renderer, testing::sharedEvaluationModels(), {});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("nobody.jpg"), std::string::npos) << missing.error().message;

  const std::string grey = dir.file("grey.png");
  ASSERT_EQ(std::system(("ffmpeg -v error -f lavfi -i color=c=gray:s=320x240 -frames:v 1 " + grey).c_str()), 0);
  auto faceless = evaluateCrossReenactment(grey, driving, **renderer, testing::sharedEvaluationModels(), {});
  ASSERT_FALSE(faceless.ok());
  EXPECT_NE(faceless.error().message.find("no face"), std::string::npos) << faceless.error().message;

  EvaluateOptions options;
  options.referenceFrame = 500;
  auto badReference = evaluateCrossReenactment(testing::sourceFile("resources/demo/portrait.jpg"), driving, **renderer,
                                               testing::sharedEvaluationModels(), options);
  ASSERT_FALSE(badReference.ok());
  EXPECT_NE(badReference.error().message.find("outside the driving clip (78 frames)"), std::string::npos)
      << badReference.error().message;
}

}  // namespace
}  // namespace marionette
