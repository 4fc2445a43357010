// Self-reenactment on every shared driving clip: the portrait is the clip's
// first frame, the clip drives it, and the rendered frames are compared with
// the real ones. The renderer must clearly beat the still image (the
// portrait left as it is) on landmark error and on SSIM, and produce no
// broken frames. Frames are subsampled to keep the suite quick; the README
// lists the figures for every frame.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "core/pipeline/reenactment_evaluation.h"
#include "core/render/warp_renderer.h"
#include "tests/core/pipeline/shared_model.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

struct Clip {
  const char* name;
  int every;
  // Measured (every frame, see README) renderer/still NME ratios are 0.02 to
  // 0.31; 0.6 leaves room for subsampling and for small renderer changes
  // while still failing a renderer that barely moves the face.
  double maxNmeRatio;
  // Rendered over real jitter and shake allowed (see the test).
  double maxJitterRatio = 1.0, maxShakeRatio = 1.05;
};

void PrintTo(const Clip& clip, std::ostream* out) { *out << clip.name; }

class SelfReenactment : public ::testing::TestWithParam<Clip> {};

TEST_P(SelfReenactment, RendererClearlyBeatsTheStillImage) {
  const Clip& clip = GetParam();
  MARIONETTE_REQUIRE_MODEL(model);
  const std::string path = testing::sharedMedia(std::string("driving/") + clip.name);
  if (path.empty()) GTEST_SKIP() << "shared media not found: driving/" << clip.name;
  // One intra-op thread: tests run side by side on two cores.
  auto renderer = createWarpRenderer({DeviceChoice::Cpu, 1});
  ASSERT_TRUE(renderer.ok()) << renderer.error().message;
  EvaluateOptions options;
  options.every = clip.every;
  auto report = evaluateSelfReenactment(path, **renderer, testing::sharedEvaluationModels(), options);
  ASSERT_TRUE(report.ok()) << report.error().message;

  const int expected = (report->framesRead - 1) / clip.every;  // frame 0 is the portrait itself
  EXPECT_EQ(report->framesScored, expected);
  EXPECT_EQ(report->checks.total(), 0) << report->checks.renderFailures << " failed, " << report->checks.darkFrames
                                       << " dark, " << report->checks.facelessFrames << " without a face";
  const ScoreSummary& r = report->rendered;
  const ScoreSummary& s = report->still;
  EXPECT_EQ(r.nme.count, expected - report->realFacelessFrames);
  EXPECT_LE(r.nme.mean, clip.maxNmeRatio * s.nme.mean) << "NME renderer " << r.nme.mean << ", still " << s.nme.mean;
  EXPECT_LE(r.nme.median, clip.maxNmeRatio * s.nme.median);
  EXPECT_GT(r.ssim.mean, s.ssim.mean) << "SSIM renderer " << r.ssim.mean << ", still " << s.ssim.mean;
  EXPECT_GT(r.faceSsim.mean, s.faceSsim.mean)
      << "face SSIM renderer " << r.faceSsim.mean << ", still " << s.faceSsim.mean;
  // DESIGN: the output is no shakier than the driver. Self-reenactment makes
  // this a fair comparison (same face, same landmark measurement); measured
  // rendered/real jitter is 0.79-1.00 at every frame and 0.91-0.96 here. Shake
  // (the frame-to-frame part) gets 5%: on d0, whose head barely moves, both
  // figures are mostly the detector's noise on the same face, and the
  // resampled output measures 2% shakier at every frame. d0 gets 5% on
  // jitter and 10% on shake since the irises follow the gaze: its performer
  // looks 30-39 degrees left and right, dlib's eye points move with the
  // irises on both sides, and his lids open wider when he looks aside than
  // the rendered lids do (eye opening r 0.38 here), so the reader's eye
  // points move about 4% more on the render (measured jitter 1.03-1.04x,
  // shake 1.07-1.08x; before the irises moved, 0.98x and 1.03x).
  EXPECT_LE(report->renderedJitter, clip.maxJitterRatio * report->realJitter);
  EXPECT_LE(report->renderedShake, clip.maxShakeRatio * report->realShake);
  for (double v : {r.psnr.mean, r.ssim.mean, r.facePsnr.mean, r.faceSsim.mean, r.nme.mean})
    EXPECT_TRUE(std::isfinite(v));
  std::printf(
      "%s: NME %.4f vs %.4f, SSIM %.4f vs %.4f, PSNR %.2f vs %.2f, jitter %.4f vs real %.4f, shake %.4f vs %.4f\n",
      clip.name, r.nme.mean, s.nme.mean, r.ssim.mean, s.ssim.mean, r.psnr.mean, s.psnr.mean, report->renderedJitter,
      report->realJitter, report->renderedShake, report->realShake);
}

INSTANTIATE_TEST_SUITE_P(SharedClips, SelfReenactment,
                         ::testing::Values(Clip{"liveportrait-d0.mp4", 2, 0.6, 1.05, 1.10},
                                           Clip{"liveportrait-d3.mp4", 6, 0.6}, Clip{"liveportrait-d7.mp4", 4, 0.6},
                                           Clip{"liveportrait-d20.mp4", 4, 0.6}),
                         [](const ::testing::TestParamInfo<Clip>& info) {
                           std::string name = info.param.name;
                           return name.substr(name.find('-') + 1, name.find('.') - name.find('-') - 1);
                         });

TEST(SelfReenactmentInput, MissingOrFacelessClipsAreClearErrors) {
  MARIONETTE_REQUIRE_MODEL(model);
  auto renderer = createWarpRenderer({DeviceChoice::Cpu, 1});
  ASSERT_TRUE(renderer.ok());
  testing::TempDir dir;
  auto missing = evaluateSelfReenactment(dir.file("none.mp4"), **renderer, testing::sharedEvaluationModels(), {});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("none.mp4"), std::string::npos) << missing.error().message;

  const std::string grey = dir.file("grey.mp4");
  ASSERT_EQ(std::system(("ffmpeg -v error -f lavfi -i color=c=gray:s=160x120:d=0.4 -pix_fmt yuv420p " + grey).c_str()),
            0);
  auto faceless = evaluateSelfReenactment(grey, **renderer, testing::sharedEvaluationModels(), {});
  ASSERT_FALSE(faceless.ok());
  EXPECT_NE(faceless.error().message.find("no face"), std::string::npos) << faceless.error().message;
}

}  // namespace
}  // namespace marionette
