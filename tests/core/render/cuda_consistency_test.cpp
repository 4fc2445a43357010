// CPU and CUDA must render the same frame (one backend checked against the other):
// runs only where libtorch sees a CUDA device (ctest label "gpu").
#include <gtest/gtest.h>

#include <cmath>

#include "core/media/image_io.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/render/warp_renderer.h"
#include "tests/core/pipeline/shared_model.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

TEST(CudaConsistency, CpuAndCudaRenderTheSameFrame) {
  if (!cudaAvailable()) GTEST_SKIP() << "no CUDA device: the CPU/CUDA consistency check needs a GPU";
  MARIONETTE_REQUIRE_MODEL(model);
  auto loaded = loadImage(testing::sourceFile("resources/demo/portrait.jpg"));
  ASSERT_TRUE(loaded.ok());
  auto analysis = analyzePortrait(loaded->image, model, 0);
  ASSERT_TRUE(analysis.ok());
  SourceFace source = sourceFaceFrom(loaded->image, *analysis);
  Motion target = source.motion;
  target.pose.rotation = (HeadPose::rotationFromEuler({14, -6, 5}) * target.pose.rotation).normalized();
  writeChannel(target.expression, ExpressionChannel::JawOpen, 0.7);
  Image frames[2];
  DeviceChoice devices[2] = {DeviceChoice::Cpu, DeviceChoice::Cuda};
  for (int i = 0; i < 2; ++i) {
    auto renderer = createWarpRenderer({devices[i], 2});
    ASSERT_TRUE(renderer.ok()) << renderer.error().message;
    ASSERT_TRUE((*renderer)->setSource(source).ok());
    auto frame = (*renderer)->render(target, RenderView::wholeImage(source.image));
    ASSERT_TRUE(frame.ok()) << frame.error().message;
    frames[i] = *frame;
  }
  // Normalised error: mean absolute difference over the mean intensity.
  double diff = 0, mean = 0;
  for (std::size_t k = 0; k < frames[0].pixels.size(); ++k) {
    diff += std::abs(double(frames[0].pixels[k]) - frames[1].pixels[k]);
    mean += frames[0].pixels[k];
  }
  EXPECT_LT(diff / mean, 0.005);
}

}  // namespace
}  // namespace marionette
