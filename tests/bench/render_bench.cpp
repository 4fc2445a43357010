// Prints the warp renderer's cost per frame on 2 CPU threads for a few target
// motions (the portrait's own, a 15 degree turn, an open jaw), on 512x512
// portraits and on the Mona Lisa (720x1280, small face), rendering the whole
// image; plus the cost of the quality metrics the evaluation runs per frame.
// Medians over repeated runs, after warm-up.
//
// usage: bench_render [SHARED_MEDIA_DIR] [--threads N]
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "core/media/image_io.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/quality/image_metrics.h"
#include "core/render/face_mesh_loading.h"
#include "core/render/warp_renderer.h"
#include "tests/bench/bench_timing.h"

using namespace marionette;
using bench::medianSeconds;

namespace {

constexpr int kWarmUp = 3;
constexpr int kRuns = 31;

int fail(const std::string& message) {
  std::fprintf(stderr, "bench_render: %s\n", message.c_str());
  return 1;
}

struct NamedMotion {
  const char* name;
  Motion motion;
};

std::vector<NamedMotion> motionsFor(const Motion& own) {
  Motion turned = own;
  turned.pose.rotation = (HeadPose::rotationFromEuler({15, 0, 0}) * own.pose.rotation).normalized();
  Motion jawOpen = own;
  writeChannel(jawOpen.expression, ExpressionChannel::JawOpen,
               readChannel(own.expression, ExpressionChannel::JawOpen) + 0.6);
  return {{"own pose", own}, {"yaw 15", turned}, {"jaw open", jawOpen}};
}

// Median milliseconds per render of each motion, or an error message.
Result<std::vector<double>> timeRenders(const std::string& path, std::shared_ptr<const FaceAnalyzer> model, int threads,
                                        Image* loadedImage) {
  auto loaded = loadImage(path);
  if (!loaded) return loaded.error();
  auto analysis = analyzePortrait(loaded->image, model, 0);
  if (!analysis) return makeError(path + ": " + analysis.error().message);
  auto renderer = createWarpRenderer({DeviceChoice::Cpu, threads});
  if (!renderer) return renderer.error();
  SourceFace source = sourceFaceFrom(loaded->image, *analysis);
  if (auto ok = (*renderer)->setSource(source); !ok) return ok.error();
  const RenderView view = RenderView::wholeImage(source.image);
  std::vector<double> out;
  for (const NamedMotion& m : motionsFor(source.motion)) {
    bool failed = false;
    auto once = [&] { failed |= !(*renderer)->render(m.motion, view).ok(); };
    for (int i = 0; i < kWarmUp; ++i) once();
    out.push_back(medianSeconds(kRuns, once) * 1e3);
    if (failed) return makeError(path + ": rendering failed");
  }
  if (loadedImage) *loadedImage = std::move(loaded->image);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path media = MARIONETTE_SHARED_DIR "/media";
  // One thread by default: animate and the editor's preview give each renderer
  // one thread (and render frames side by side), so that is the cost they see.
  int threads = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
      threads = std::max(1, std::atoi(argv[++i]));
    else
      media = argv[i];
  }
  const std::vector<std::pair<std::string, std::string>> portraits = {
      {"liveportrait-s42.jpg", (media / "portraits/liveportrait-s42.jpg").string()},
      {"demo portrait.jpg", MARIONETTE_SOURCE_DIR "/resources/demo/portrait.jpg"},
      {"liveportrait-s9.jpg", (media / "portraits/liveportrait-s9.jpg").string()},
  };
  for (const auto& [name, path] : portraits)
    if (!std::filesystem::exists(path)) return fail("not found: " + path);
  auto model = loadTrackingAnalyzer();
  if (!model) return fail(model.error().message);

  std::printf("render benchmark: whole-image render, CPU, %d threads, median of %d (ms per frame)\n", threads, kRuns);
  std::printf("  %-22s %-10s", "portrait", "size");
  for (const NamedMotion& m : motionsFor(Motion{})) std::printf(" %10s", m.name);
  std::printf("\n");
  Image sample;
  for (const auto& [name, path] : portraits) {
    Image image;
    auto times = timeRenders(path, *model, threads, &image);
    if (!times) return fail(times.error().message);
    std::printf("  %-22s %4dx%-5d", name.c_str(), image.width, image.height);
    for (double ms : *times) std::printf(" %10.2f", ms);
    std::printf("\n");
    if (image.width == 512 && image.height == 512) sample = image;
  }

  Image other = sample;
  for (auto& v : other.pixels) v = std::uint8_t(v / 2 + 60);
  volatile double sink = 0;
  const double ssim = medianSeconds(kRuns, [&] { sink = sink + meanSsim(sample, other); });
  const double psnrTime = medianSeconds(kRuns, [&] { sink = sink + psnr(sample, other); });
  std::printf("quality metrics, 512x512, one thread: SSIM %.2f ms, PSNR %.2f ms\n", ssim * 1e3, psnrTime * 1e3);
  return 0;
}
