#pragma once

// Short real clips cut from the shared driving videos with ffmpeg, and
// helpers to run and inspect an animation export.

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/media/video_reader.h"
#include "core/pipeline/animate_setup.h"
#include "core/pipeline/project_job.h"
#include "core/render/warp_renderer.h"
#include "tests/core/pipeline/shared_model.h"
#include "tests/support/test_media.h"

namespace marionette::testing {

// `recipe` is the ffmpeg command line after "ffmpeg -v error -y", with {in}
// and {out} standing for the source and the generated file. Clips are kept
// in the build tree under a name derived from the whole command, so each is
// made once for all test processes; a new recipe makes a new file.
inline std::string generated(const std::string& name, const std::string& source, const std::string& recipe) {
  namespace fs = std::filesystem;
  std::string command = "ffmpeg -v error -y " + recipe;
  const std::string key = std::to_string(std::hash<std::string>{}(command + source));
  const fs::path dir(MARIONETTE_TEST_CACHE_DIR);
  const fs::path out = dir / (key + "-" + name);
  std::error_code ec;
  if (fs::exists(out, ec)) return out.string();
  fs::create_directories(dir, ec);
  // Written under a private name and renamed, so a parallel test never sees half a file.
  const fs::path partial = dir / (".partial-" + std::to_string(getpid()) + "-" + name);
  for (auto [placeholder, value] :
       {std::pair{std::string("{in}"), source}, std::pair{std::string("{out}"), partial.string()}})
    for (std::size_t at; (at = command.find(placeholder)) != std::string::npos;)
      command.replace(at, placeholder.size(), "'" + value + "'");
  if (std::system(command.c_str()) != 0) return "";
  fs::rename(partial, out, ec);
  return ec ? "" : out.string();
}

// A short driver: `seconds` of a shared clip, re-encoded so the cut is exact.
inline std::string shortClip(const std::string& shared, double seconds, bool audio) {
  return generated("cut.mp4", shared,
                   "-i {in} -t " + std::to_string(seconds) + " -c:v libx264 -preset ultrafast " +
                       (audio ? "-c:a aac" : "-an") + " {out}");
}

struct VideoSummary {
  int frames = 0;
  Rational frameRate;
  int width = 0, height = 0;
  std::optional<AudioStreamInfo> audio;
  Rational duration;
};

// Decodes every frame, so the count is the real one, not the container's claim.
inline VideoSummary summarize(const std::string& path) {
  VideoSummary s;
  auto reader = VideoReader::open(path, PixelLayout::Gray);
  if (!reader) {
    ADD_FAILURE() << reader.error().message;
    return s;
  }
  const VideoInfo& info = (*reader)->info();
  s.frameRate = info.frameRate;
  s.width = info.width;
  s.height = info.height;
  s.audio = info.audio;
  s.duration = info.duration;
  while (true) {
    auto frame = (*reader)->next();
    if (!frame || !frame->has_value()) break;
    ++s.frames;
  }
  return s;
}

// An `animate` run: the setup its project is built from and where it renders.
struct AnimateRun {
  AnimateSetup setup;
  ProjectOutput output;
};

inline void setFraming(AnimateRun& run, int width, int height, bool crop) {
  run.setup.render.width = width;
  run.setup.render.height = height;
  run.setup.render.cropToFace = crop;
}

inline std::unique_ptr<Renderer> cpuRenderer() {
  auto renderer = createWarpRenderer({DeviceChoice::Cpu, 1});
  if (!renderer) return nullptr;
  return std::move(*renderer);
}

// Runs animation jobs with the real CPU renderer and the shared landmark
// model; skips when the shared media or the model is not installed.
class AnimateFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* file :
         {"portraits/liveportrait-s42.jpg", "portraits/liveportrait-s12.jpg", "portraits/liveportrait-s7.jpg",
          "driving/liveportrait-d0.mp4", "driving/liveportrait-d3.mp4", "driving/liveportrait-d7.mp4",
          "driving/liveportrait-d20.mp4"}) {
      if (sharedMedia(file).empty())
        GTEST_SKIP() << "shared media not found: " << file << " (place ../shared beside the checkout)";
    }
    model_ = sharedTracker();
    if (!model_) GTEST_SKIP() << "dlib landmark model not installed (libdlib-data)";
    renderer_ = cpuRenderer();
    ASSERT_NE(renderer_, nullptr) << "the warp renderer could not start";
  }

  static std::string media(const std::string& relative) { return sharedMedia(relative); }

  Result<JobReport> run(const AnimateRun& request, const JobCallbacks& callbacks = {}) {
    return runWith(request, {renderer_.get()}, callbacks);
  }

  // What `marionette-cli animate` does: build the project, then render it.
  Result<JobReport> runWith(const AnimateRun& request, const std::vector<Renderer*>& renderers,
                            const JobCallbacks& callbacks = {}) {
    auto project = animateProject(request.setup, model_, callbacks);
    if (!project) return project.error();
    auto report = runProjectJob(project->project, request.output, model_, renderers, callbacks, project->portrait);
    if (report)
      for (const std::string& note : project->notes) report->addNote(note);
    return report;
  }

  std::shared_ptr<const FaceAnalyzer> model_;
  std::unique_ptr<Renderer> renderer_;
  TempDir dir_;
};

inline bool hasNote(const JobReport& report, const std::string& fragment) {
  for (const std::string& note : report.notes)
    if (note.find(fragment) != std::string::npos) return true;
  return false;
}

}  // namespace marionette::testing
