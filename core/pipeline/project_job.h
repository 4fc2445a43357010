#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/face/face_analyzer.h"
#include "core/motion/renderer.h"
#include "core/pipeline/frame_sink.h"
#include "core/pipeline/project_media.h"
#include "core/timeline/project.h"
#include "core/timeline/time.h"

namespace marionette {

// Rendering a timeline project to a file: what `marionette-cli render` and
// `animate` and the editor's export all run. The project is the only input
// that says what to render (media, face, tracking, motion, framing, layout,
// encoding); the output says where the result goes.
struct ProjectOutput {
  std::string path;  // a file, or a folder for a PNG sequence
  ExportFormat format = ExportFormat::Mp4;
  bool overwrite = false;
  // Frames [first, end) of the project; end 0 = to its end. The driver's
  // audio is cut to the same span, so ranges joined with concat stay in sync.
  timeline::FrameRange frames;
};

enum class JobStage { Tracking, Rendering };

struct JobProgress {
  JobStage stage = JobStage::Tracking;
  int done = 0;
  std::int64_t total = 0;     // 0 when unknown
  double elapsedSeconds = 0;  // since this stage started
};

struct JobCallbacks {
  // Called from worker threads, after each frame of each stage.
  std::function<void(const JobProgress&)> progress;
  // Raised by the caller (a Cancel button, SIGINT): the job stops between
  // frames and leaves no output.
  const std::atomic<bool>* cancel = nullptr;
};

struct JobReport {
  int frames = 0;
  Rational frameRate;
  int width = 0, height = 0;  // of the written frames
  int faceCount = 0, chosenFace = 0;
  Rect faceBox;
  int lostFrames = 0;          // driver frames without a face (interpolated)
  int referenceFrame = -1;     // driver frame the motion is relative to; -1 without a driver
  bool restReference = false;  // relative to the driver's rest instead
  bool audio = false;          // the output carries the driver's sound
  double trackSeconds = 0, renderSeconds = 0;
  std::string device;
  int renderThreads = 0;
  std::vector<std::string> notes;         // things worth telling the user that are not errors
  void addNote(const std::string& note);  // once each
};

// The project's media analysed: the portrait prepared, and the driver's
// motion tracked when the project did not carry it (its cache was missing
// or stale). What the preview, `render` and the export all start from.
struct ReadyProject {
  timeline::Project project;
  std::shared_ptr<const PreparedPortrait> portrait;
};

// Analyses what `project` lacks. `prepared` is reused when it matches the
// project's portrait (the editor and `animate` have one already).
Result<ReadyProject> readyProject(timeline::Project project, std::shared_ptr<const FaceAnalyzer> model,
                                  const JobCallbacks& callbacks, JobReport& report,
                                  std::shared_ptr<const PreparedPortrait> prepared = nullptr);

// The checks that need no decoding: the media exist and the destination may
// be written. Run first by runProjectJob; callers may run it before loading
// models so that a typo fails at once.
Status checkProjectJob(const timeline::Project& project, const ProjectOutput& output);

// Renders and writes every frame of the range through a decode → render →
// encode pipeline: the output has exactly the project's frame count and frame
// rate, memory stays flat, and a failure or cancel leaves nothing at the
// destination. Frames render on as many threads as there are renderers,
// each used by one thread only (see makeRenderWorkers).
Result<JobReport> runProjectJob(const timeline::Project& project, const ProjectOutput& output,
                                std::shared_ptr<const FaceAnalyzer> model, const std::vector<Renderer*>& renderers,
                                const JobCallbacks& callbacks = {},
                                std::shared_ptr<const PreparedPortrait> prepared = nullptr);

using RendererFactory = std::function<Result<std::unique_ptr<Renderer>>()>;

// The renderers an export runs: on a CPU one single-threaded renderer per
// core (up to `maxWorkers`), since whole frames side by side outrun one
// renderer with a threaded tensor library and no pool spins against the
// encoder; on a GPU one, which already works on the whole frame at once.
Result<std::vector<std::unique_ptr<Renderer>>> makeRenderWorkers(const RendererFactory& factory,
                                                                 unsigned maxWorkers = 4);

}  // namespace marionette
