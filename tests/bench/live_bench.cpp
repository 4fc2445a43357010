// Live mode on two CPU cores: a 512x512, 30 fps shared clip is played
// through the live frame source at its real rate (as a camera would deliver
// it), tracked and rendered as the editor's live view does, once watching
// and once recording a take. Prints frames rendered per second, latency from
// a frame's arrival to its rendered portrait (median, p95, worst), frames
// dropped, and how much of the two cores is left for the user interface.
//
// usage: bench_live [SHARED_MEDIA_DIR] [--seconds S] [--portrait NAME] [--size PIXELS] [--keep-take FOLDER]
// (--keep-take: the recorded take is left in FOLDER, to be looked at)
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/pipeline/clip_frame_source.h"
#include "core/pipeline/live_session.h"
#include "core/pipeline/project_frame.h"
#include "core/pipeline/project_media.h"
#include "core/render/face_mesh_loading.h"
#include "core/render/warp_renderer.h"

namespace fs = std::filesystem;
using namespace marionette;

namespace {

int fail(const std::string& message) {
  std::fprintf(stderr, "bench_live: %s\n", message.c_str());
  return 1;
}

double cpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto index = std::size_t(std::min<double>(double(values.size()) - 1, p * double(values.size() - 1) + 0.5));
  return values[index];
}

struct Run {
  std::string label;
  bool record = false;
};

}  // namespace

int main(int argc, char** argv) {
  std::string media = "../shared/media";
  std::string portraitName = "liveportrait-s42.jpg";
  double seconds = 10;
  int size = 512;
  std::string keepTake;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--seconds" && i + 1 < argc)
      seconds = std::atof(argv[++i]);
    else if (arg == "--portrait" && i + 1 < argc)
      portraitName = argv[++i];
    else if (arg == "--size" && i + 1 < argc)
      size = std::atoi(argv[++i]);
    else if (arg == "--keep-take" && i + 1 < argc)
      keepTake = argv[++i];
    else if (arg.rfind("--", 0) == 0)
      return fail("unknown option " + arg);
    else
      media = arg;
  }
  if (seconds <= 1 || seconds > 11) return fail("--seconds must be between 1 and 11 (the clip is 11.8 s)");
  const std::string clip = (fs::path(media) / "driving/liveportrait-d3.mp4").string();
  const std::string portraitPath = (fs::path(media) / "portraits" / portraitName).string();
  if (!fs::exists(clip) || !fs::exists(portraitPath)) return fail("shared media not found under " + media);
  auto tracker = loadTrackingAnalyzer();
  if (!tracker) return fail(tracker.error().message);
  timeline::PortraitMedia portraitMedia;
  portraitMedia.file = mediaRefFor(portraitPath);
  auto portrait = preparePortrait(portraitMedia, *tracker);
  if (!portrait) return fail(portrait.error().message);
  timeline::Project project;
  project.portrait = portraitMedia;
  project.portrait.motion = portrait->source.motion;
  project.expression.smoothing = project.pose.smoothing = 0.3;
  const RenderView view = viewWithin(RenderView::wholeImage(portrait->source.image), size);
  const unsigned cores = std::thread::hardware_concurrency();
  std::printf("live view of %s driven by %s played at 30 fps, %dx%d view, %.0f s per run, %u cores\n",
              portraitName.c_str(), fs::path(clip).filename().c_str(), view.width, view.height, seconds, cores);
  std::printf("%-10s %8s %8s %10s %10s %10s %8s %9s %9s %10s\n", "run", "arrived", "fps", "lat med", "lat p95",
              "lat max", "dropped", "track ms", "render ms", "CPU left");
  const fs::path takes = keepTake.empty()
                             ? fs::temp_directory_path() / ("marionette-bench-live-" + std::to_string(getpid()))
                             : fs::path(keepTake);
  fs::create_directories(takes);
  for (const Run& run : {Run{"watching", false}, Run{"recording", true}}) {
    auto renderer = createWarpRenderer({DeviceChoice::Cpu, 1});
    if (!renderer) return fail(renderer.error().message);
    if (Status set = (*renderer)->setSource(portrait->source); !set) return fail(set.error().message);
    LiveSession::Setup setup;
    setup.tracker = *tracker;
    setup.renderer = std::move(*renderer);
    setup.portraitMotion = portrait->source.motion;
    setup.project = project;
    setup.view = view;
    setup.frameRate = Rational(30);
    LiveSession session(std::move(setup), {});
    auto source = ClipFrameSource::open(clip);
    if (!source) return fail(source.error().message);
    if (Status started = (*source)->start(session); !started) return fail(started.error().message);
    // The first second warms the models and finds the neutral face; it is not counted.
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const LiveStatistics warm = session.statistics();
    if (run.record) {
      if (Status recording = session.startRecording({takes.string(), "bench-take", true}); !recording)
        return fail(recording.error().message);
    }
    const double cpuBefore = cpuSeconds();
    const auto began = LiveClock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    const double wall = std::chrono::duration<double>(LiveClock::now() - began).count();
    const double cpu = cpuSeconds() - cpuBefore;
    const LiveStatistics done = session.statistics();
    (*source)->stop();
    if (run.record) {
      auto take = session.stopRecording();
      if (!take) return fail(take.error().message);
      for (const std::string& note : take->notes) std::printf("  note: %s\n", note.c_str());
    }
    const std::vector<double> latency(done.latencyMs.begin() + std::ptrdiff_t(warm.latencyMs.size()),
                                      done.latencyMs.end());
    const double rendered = double(done.rendered - warm.rendered);
    std::printf("%-10s %8lld %8.1f %8.1fms %8.1fms %8.1fms %8lld %9.1f %9.1f %9.0f%%\n", run.label.c_str(),
                static_cast<long long>(done.arrived - warm.arrived), rendered / wall, percentile(latency, 0.5),
                percentile(latency, 0.95), percentile(latency, 1.0),
                static_cast<long long>(done.dropped - warm.dropped), done.trackMs, done.renderMs,
                100.0 * std::max(0.0, double(std::min(cores, 2u)) - cpu / wall) / std::min(cores, 2u));
  }
  if (keepTake.empty()) fs::remove_all(takes);
  return 0;
}
