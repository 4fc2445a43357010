// The built-in renderer on real portraits: it reproduces the portrait when
// asked for the portrait's own motion, moves the face where the target motion
// says (checked by re-detecting landmarks on the output), opens the mouth onto
// a synthesised cavity, closes the eyes, and leaves the background alone.
#include "core/render/warp_renderer.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/media/image_io.h"
#include "core/media/video_reader.h"
#include "core/motion/canonical_face.h"
#include "core/pipeline/analyze_portrait.h"
#include "tests/core/pipeline/shared_model.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

struct Prepared {
  SourceFace source;
  std::unique_ptr<Renderer> renderer;
};

Prepared prepare(const std::string& path, std::shared_ptr<const FaceAnalyzer> model) {
  Prepared p;
  auto loaded = loadImage(path);
  EXPECT_TRUE(loaded.ok());
  auto analysis = analyzePortrait(loaded->image, model, 0);
  EXPECT_TRUE(analysis.ok()) << (analysis.ok() ? "" : analysis.error().message);
  p.source.image = loaded->image;
  p.source.landmarks = analysis->face.landmarks;
  p.source.motion = analysis->motion.motion;
  auto renderer = createWarpRenderer({DeviceChoice::Cpu, 2});
  EXPECT_TRUE(renderer.ok());
  p.renderer = std::move(*renderer);
  EXPECT_TRUE(p.renderer->setSource(p.source).ok());
  return p;
}

double psnr(const Image& a, const Image& b, int x0 = 0, int y0 = 0, int x1 = -1, int y1 = -1) {
  if (x1 < 0) x1 = a.width;
  if (y1 < 0) y1 = a.height;
  double sum = 0;
  long n = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0 * 3; x < x1 * 3; ++x) {
      double d = double(a.row(y)[x]) - b.row(y)[x];
      sum += d * d;
      ++n;
    }
  double mse = sum / n;
  return mse == 0 ? 99 : 10 * std::log10(255.0 * 255.0 / mse);
}

// Outputs are read back with the independent reader, never the tracker that
// analysed the portrait.
MotionSample reextract(const Image& image, std::shared_ptr<const FaceAnalyzer>) {
  auto analysis = analyzePortrait(image, testing::sharedReader(), 0);
  EXPECT_TRUE(analysis.ok()) << "the rendered frame must still contain a face";
  return analysis.ok() ? analysis->motion : MotionSample{};
}

TEST(WarpRenderer, OwnMotionReproducesThePortrait) {
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(testing::sourceFile("resources/demo/portrait.jpg"), model);
  auto frame = p.renderer->render(p.source.motion, RenderView::wholeImage(p.source.image));
  ASSERT_TRUE(frame.ok()) << frame.error().message;
  ASSERT_EQ(frame->width, p.source.image.width);
  EXPECT_GT(psnr(*frame, p.source.image), 38);
}

TEST(WarpRenderer, TurnsTheHeadWhereTheTargetPoseSays) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(path, model);
  for (EulerAngles delta : {EulerAngles{12, 0, 0}, EulerAngles{0, -10, 0}, EulerAngles{0, 0, 12}}) {
    Motion target = p.source.motion;
    target.pose.rotation = (HeadPose::rotationFromEuler(delta) * target.pose.rotation).normalized();
    auto frame = p.renderer->render(target, RenderView::wholeImage(p.source.image));
    ASSERT_TRUE(frame.ok());
    EulerAngles want = target.pose.euler();
    EulerAngles got = reextract(*frame, model).motion.pose.euler();
    EulerAngles before = p.source.motion.pose.euler();
    // The head, read back by the independent reader, turned most of the way
    // the target asked for. Pitch reads weaker: the 68-point warp moves the
    // face's outline less than a real nod does, and dlib's fit takes pitch
    // from that outline (measured: -4.8 for -10; the mesh tracker reads
    // 8.5 of a 10-degree nod on the same renders).
    EXPECT_NEAR(got.yaw - before.yaw, want.yaw - before.yaw, 4.5) << "yaw step " << delta.yaw;
    if (delta.pitch != 0) {
      EXPECT_LT((got.pitch - before.pitch) / delta.pitch, 1.3) << "pitch step " << delta.pitch;
      EXPECT_GT((got.pitch - before.pitch) / delta.pitch, 0.35) << "pitch step " << delta.pitch;
    }
    EXPECT_NEAR(got.roll - before.roll, want.roll - before.roll, 3) << "roll step " << delta.roll;
  }
}

Motion withChannels(Motion motion, std::initializer_list<std::pair<ExpressionChannel, double>> changes) {
  for (auto [channel, change] : changes)
    writeChannel(motion.expression, channel, readChannel(motion.expression, channel) + change);
  return motion;
}

int brightnessAtMouthCentre(const Image& frame, const Motion& target) {
  Landmarks lips = decodeLandmarks(canonicalFace(), target.expression, target.pose, {frame.width, frame.height});
  Vec2 centre = (lips[62] + lips[66]) * 0.5;
  const std::uint8_t* px = frame.row(int(std::lround(centre.y))) + 3 * int(std::lround(centre.x));
  return (px[0] + px[1] + px[2]) / 3;
}

double channelChange(const MotionSample& seen, const Motion& before, ExpressionChannel channel) {
  return readChannel(seen.motion.expression, channel) - readChannel(before.expression, channel);
}

TEST(WarpRenderer, OpensAClosedMouthOntoADarkCavity) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s7.jpg");
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(path, model);
  Motion target = withChannels(p.source.motion, {{ExpressionChannel::JawOpen, 0.8}});
  auto frame = p.renderer->render(target, RenderView::wholeImage(p.source.image));
  ASSERT_TRUE(frame.ok());
  EXPECT_GT(channelChange(reextract(*frame, model), p.source.motion, ExpressionChannel::JawOpen), 0.4);
  EXPECT_LT(brightnessAtMouthCentre(*frame, target), 90) << "the new opening is a cavity, not stretched lips";
}

// Rows of teeth-bright pixels down the column through the middle of the
// inner lips (62 above, 66 below), a few rows past each.
int brightRowsDownTheMouth(const Image& image, Vec2 upperLip, Vec2 lowerLip) {
  const int x = int(std::lround((upperLip.x + lowerLip.x) / 2));
  int rows = 0;
  for (int y = int(std::lround(upperLip.y)) - 3; y <= int(std::lround(lowerLip.y)) + 3; ++y) {
    const std::uint8_t* px = image.row(y) + 3 * x;
    rows += (px[0] + px[1] + px[2]) / 3 > 150;
  }
  return rows;
}

// The astronaut smiles with his upper teeth. Opening his jaw keeps them
// under the upper lip at their own size, with the dark inside of the mouth
// below them; drawn out in proportion they became a tall pale column.
TEST(WarpRenderer, KeepsThePortraitsOwnTeethUnderTheUpperLipWhenTheMouthOpens) {
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(testing::sourceFile("resources/demo/portrait.jpg"), model);
  Motion target = withChannels(p.source.motion, {{ExpressionChannel::JawOpen, 0.5}});
  auto frame = p.renderer->render(target, RenderView::wholeImage(p.source.image));
  ASSERT_TRUE(frame.ok());
  const Landmarks lips =
      decodeLandmarks(canonicalFace(), target.expression, target.pose, {frame->width, frame->height});
  const int ownTeeth = brightRowsDownTheMouth(p.source.image, p.source.landmarks[62], p.source.landmarks[66]);
  const int drawnTeeth = brightRowsDownTheMouth(*frame, lips[62], lips[66]);
  ASSERT_GE(ownTeeth, 3) << "the portrait shows its teeth";
  EXPECT_GE(drawnTeeth, ownTeeth / 2) << "the teeth stay (" << drawnTeeth << " rows of " << ownTeeth << ")";
  EXPECT_LE(drawnTeeth, ownTeeth + 2) << "at their own size, not stretched";
  const Vec2 low = lips[62] * 0.25 + lips[66] * 0.75;
  const std::uint8_t* px = frame->row(int(std::lround(low.y))) + 3 * int(std::lround(low.x));
  EXPECT_LT((px[0] + px[1] + px[2]) / 3, 90) << "below them the mouth is open";
  EXPECT_GT(lips[66].y - lips[62].y, 1.5 * (p.source.landmarks[66].y - p.source.landmarks[62].y))
      << "opened well past the portrait's own opening";
}

TEST(WarpRenderer, ClosesTheEyesOnABlink) {
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(testing::sourceFile("resources/demo/portrait.jpg"), model);
  Motion target = withChannels(p.source.motion, {{ExpressionChannel::BlinkL, 1.2}, {ExpressionChannel::BlinkR, 1.2}});
  auto frame = p.renderer->render(target, RenderView::wholeImage(p.source.image));
  ASSERT_TRUE(frame.ok());
  // Read back by the independent reader against its own rest reading of the
  // portrait. Measured: 0.13-0.2; a keyed blink moves the mesh's lid points
  // by the canonical lid gap, less than this portrait's own (issue 12's
  // lids close over the eye).
  MotionSample seen = reextract(*frame, model);
  const MotionSample rest = reextract(p.source.image, model);
  EXPECT_GT(channelChange(seen, rest.motion, ExpressionChannel::BlinkL), 0.1);
  EXPECT_GT(channelChange(seen, rest.motion, ExpressionChannel::BlinkR), 0.1);
}

TEST(WarpRenderer, BackgroundFarFromTheFaceStaysPut) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s9.jpg");
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(path, model);
  Motion target = p.source.motion;
  target.pose.rotation = (HeadPose::rotationFromEuler({15, 8, -6}) * target.pose.rotation).normalized();
  target.pose.tx += 0.1;
  auto frame = p.renderer->render(target, RenderView::wholeImage(p.source.image));
  ASSERT_TRUE(frame.ok());
  // The Mona Lisa's face is small in a tall image: the lower half is untouched.
  EXPECT_EQ(
      psnr(*frame, p.source.image, 0, p.source.image.height / 2 + 100, p.source.image.width, p.source.image.height),
      99);
  EXPECT_LT(psnr(*frame, p.source.image), 60) << "but the face did change";
}

// The first row, from the top of column x, that is blond hair rather than
// the blue-grey backdrop of liveportrait-s7.jpg.
int hairTop(const Image& image, int x) {
  for (int y = 0; y < image.height; ++y) {
    const std::uint8_t* pixel = image.row(y) + 3 * x;
    if (int(pixel[0]) - int(pixel[2]) > 40) return y;
  }
  return image.height;
}

// s7's hair reaches almost to the picture's top. A driver drifting down
// (liveportrait-d20 moves 1.2 face units over its clip) must take the hair
// down with the head; pinned at the picture's edge, the hair was drawn out
// into a cone from the edge to the head.
TEST(WarpRenderer, AHeadMovingDownTakesItsHairAlong) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s7.jpg");
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(path, model);
  Motion target = p.source.motion;
  target.pose.ty += 0.6;
  auto frame = p.renderer->render(target, RenderView::wholeImage(p.source.image));
  ASSERT_TRUE(frame.ok());
  const int x = int(std::lround(p.source.landmarks[27].x));
  const int before = hairTop(p.source.image, x), after = hairTop(*frame, x);
  ASSERT_LT(before, 40) << "the portrait's hair starts near its top";
  // Measured: 148 of the head's 155 px (107 when the picture's edge was pinned).
  const double headMove = 0.6 * p.source.motion.pose.scale;
  EXPECT_GT(after - before, 0.85 * headMove) << "the hair's top moved " << after - before << " px of " << headMove;
}

// What a zoomed view shows is what the whole picture shows there: the warp
// does not depend on where the view's edges cut it.
TEST(WarpRenderer, AZoomedViewShowsWhatTheWholePictureShows) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(path, model);
  Motion target = p.source.motion;
  target.pose.rotation = (HeadPose::rotationFromEuler({20, 8, 0}) * target.pose.rotation).normalized();
  target.pose.tx += 0.2;
  auto whole = p.renderer->render(target, RenderView::wholeImage(p.source.image));
  const Rect region{160, 200, 200, 160};
  auto zoomed = p.renderer->render(target, RenderView{region, 200, 160});
  ASSERT_TRUE(whole.ok() && zoomed.ok());
  Image crop = Image::make(200, 160, 3);
  for (int y = 0; y < 160; ++y) std::copy_n(whole->row(200 + y) + 3 * 160, 3 * 200, crop.row(y));
  EXPECT_GT(psnr(*zoomed, crop), 40) << "20 dB when the view's edges pinned the warp";
}

TEST(WarpRenderer, RendersAViewAtAnySizeAndCarriesAlpha) {
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(testing::sourceFile("resources/demo/portrait.jpg"), model);
  p.source.image.alpha.assign(std::size_t(p.source.image.width) * p.source.image.height, 200);
  ASSERT_TRUE(p.renderer->setSource(p.source).ok());
  RenderView view{{150, 40, 200, 200}, 256, 256};
  auto frame = p.renderer->render(p.source.motion, view);
  ASSERT_TRUE(frame.ok());
  EXPECT_EQ(frame->width, 256);
  EXPECT_EQ(frame->height, 256);
  ASSERT_EQ(frame->alpha.size(), 256u * 256u);
  EXPECT_EQ(frame->alpha[128 * 256 + 128], 200);
}

TEST(WarpRenderer, RefusesEmptyViewsAndMissingSource) {
  auto renderer = createWarpRenderer({DeviceChoice::Cpu, 1});
  ASSERT_TRUE(renderer.ok());
  auto frame = (*renderer)->render({}, {{0, 0, 10, 10}, 10, 10});
  ASSERT_FALSE(frame.ok());
  EXPECT_EQ(frame.error().message, "no portrait set for rendering");
  EXPECT_FALSE((*renderer)->setSource(SourceFace{}).ok());
  EXPECT_FALSE(parseDeviceChoice("tpu").has_value());
  EXPECT_EQ(parseDeviceChoice("cuda"), DeviceChoice::Cuda);
}

TEST(WarpRenderer, CudaIsRefusedClearlyWhenAbsent) {
  if (cudaAvailable()) GTEST_SKIP() << "this machine has CUDA";
  auto renderer = createWarpRenderer({DeviceChoice::Cuda, 1});
  ASSERT_FALSE(renderer.ok());
  EXPECT_NE(renderer.error().message.find("CUDA was requested"), std::string::npos);
}

}  // namespace
}  // namespace marionette

namespace marionette {
namespace {

TEST(WarpRenderer, CanTakeTeethFromTheDriver) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s7.jpg");
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d0.mp4");
  MARIONETTE_REQUIRE_MODEL(model);
  Prepared p = prepare(path, model);
  // A driver frame with the mouth open on its teeth.
  auto reader = VideoReader::open(clip);
  ASSERT_TRUE(reader.ok());
  ASSERT_TRUE((*reader)->seek(Rational(40, 25)).ok());
  auto driverFrame = (*reader)->next();
  ASSERT_TRUE(driverFrame.ok() && driverFrame->has_value());
  auto driver = analyzePortrait((*driverFrame)->image, model, 0);
  ASSERT_TRUE(driver.ok());
  Motion target = withChannels(p.source.motion, {{ExpressionChannel::JawOpen, 0.8}});
  // The hints carry the driver's picture only when the project asks for its teeth.
  RenderHints hints{&(*driverFrame)->image, &driver->face.landmarks};
  auto synthetic = p.renderer->render(target, RenderView::wholeImage(p.source.image), {});
  auto fromDriver = p.renderer->render(target, RenderView::wholeImage(p.source.image), hints);
  ASSERT_TRUE(synthetic.ok() && fromDriver.ok());
  EXPECT_GT(brightnessAtMouthCentre(*fromDriver, target), brightnessAtMouthCentre(*synthetic, target) + 30)
      << "the driver's teeth are lighter than the synthesised cavity";
}

}  // namespace
}  // namespace marionette
