// Timeline figures: evaluating one frame's motion in a 10-minute project
// (target <= 50 us) and opening a project whose driver motion is cached
// (target <= 200 ms). Prints figures; never fails on time.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/timeline/commands.h"
#include "core/timeline/motion_at.h"
#include "core/timeline/media_hash.h"
#include "core/timeline/project_file.h"
#include "tests/bench/bench_timing.h"
#include "tests/core/timeline/timeline_fixtures.h"

namespace {

using namespace marionette;
using namespace marionette::timeline;
namespace fs = std::filesystem;

constexpr int kTenMinutes = 18000;  // frames at 30000/1001 fps

// A 10-minute project edited the way a user would: holds and offsets over
// ranges, keyed smiles, a region of its own, two minutes of baked pose.
Project editedProject(double smoothing) {
  Project p = testing::drivenProject(kTenMinutes);
  for (CommandPtr& command : [&] {
         std::vector<CommandPtr> edits;
         HoldTarget hold;
         hold.driverFrame = 900;
         edits.push_back(
             setTrackMode({TrackKind::Pose, std::nullopt}, Rational(60), Rational(90), TrackMode::Hold, hold));
         edits.push_back(
             setTrackMode({TrackKind::Expression, std::nullopt}, Rational(0), std::nullopt, TrackMode::DrivingOffset));
         for (int s = 0; s < 600; s += 3)
           edits.push_back(setKeyframe(ChannelId::expression(ExpressionChannel::SmileL), Rational(s), 0.1 * (s % 7)));
         edits.push_back(setTrackSmoothing({TrackKind::Pose, std::nullopt}, smoothing));
         edits.push_back(setTrackSmoothing({TrackKind::Expression, std::nullopt}, smoothing));
         edits.push_back(setTrackMode({TrackKind::Expression, FaceRegion::Mouth}, Rational(120), Rational(240),
                                      TrackMode::Keyframed));
         edits.push_back(bakeDriver(TrackKind::Pose, FrameRange{300 * 30, 420 * 30}));
         return edits;
       }()) {
    if (Status ok = command->apply(p); !ok) std::fprintf(stderr, "edit failed: %s\n", ok.error().message.c_str());
  }
  return p;
}

void benchEvaluate(const char* label, const Project& project) {
  std::mt19937 random(7);
  std::vector<std::int64_t> frames(4000);
  for (auto& f : frames) f = random() % kTenMinutes;
  double sink = 0;
  const double seconds = bench::medianSeconds(9, [&] {
    for (std::int64_t f : frames) sink += motionAt(project, f).pose.tx;
  });
  std::printf("motionAt, %-44s %7.2f us/frame%s\n", label, 1e6 * seconds / frames.size(), sink == 42 ? " " : "");
}

}  // namespace

int main() {
  std::printf("10-minute project: %d frames at 30000/1001 fps\n", kTenMinutes);
  const Project edited = editedProject(0);
  std::size_t keys = 0;
  for (const Curve& c : edited.curves) keys += c.size();
  std::printf("edited project: %zu keyframes, %zu pose modes, %zu expression modes\n", keys,
              edited.pose.segments.size(), edited.expression.segments.size());
  benchEvaluate("all tracks driving (animate's default):", testing::drivenProject(kTenMinutes));
  benchEvaluate("edited, no smoothing:", edited);
  benchEvaluate("edited, smoothing 0.5 on pose + expression:", editedProject(0.5));
  benchEvaluate("edited, smoothing 1 (worst case):", editedProject(1));

  const fs::path dir = fs::temp_directory_path() / ("marionette-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream driver(dir / "driver.mp4", std::ios::binary);
    std::mt19937_64 random(1);
    std::string block(1 << 20, '\0');
    for (int mb = 0; mb < 64; ++mb) {
      for (char& c : block) c = static_cast<char>(random());
      driver.write(block.data(), static_cast<std::streamsize>(block.size()));
    }
    std::ofstream(dir / "portrait.jpg", std::ios::binary) << std::string(200000, 'p');
  }
  Project project = edited;
  project.portrait.file = {(dir / "portrait.jpg").string(), *mediaFingerprint((dir / "portrait.jpg").string())};
  project.driver->file = {(dir / "driver.mp4").string(), *mediaFingerprint((dir / "driver.mp4").string())};
  const std::string path = (dir / "scene.marionette").string();
  const double save = bench::medianSeconds(1, [&] {
    if (Status ok = saveProject(project, path); !ok) std::fprintf(stderr, "%s\n", ok.error().message.c_str());
  });
  std::printf("save (JSON %.0f kB + motion cache %.1f MB, first save): %.1f ms\n", fs::file_size(path) / 1e3,
              fs::file_size(motionCachePath(path)) / 1e6, 1e3 * save);
  const double fingerprint = bench::medianSeconds(9, [&] { (void)mediaFingerprint((dir / "driver.mp4").string()); });
  std::printf("content fingerprint of a 64 MB driver: %.2f ms\n", 1e3 * fingerprint);
  bool cached = true;
  const double open = bench::medianSeconds(9, [&] {
    auto opened = openProject(path);
    cached = cached && opened && opened->project.hasDriverMotion() && opened->project == project;
  });
  std::printf("open with cached motion (10-minute driver): %.1f ms%s\n", 1e3 * open,
              cached ? "" : "  (!! the project did not come back identical)");
  fs::remove_all(dir);
  return cached ? 0 : 1;
}
