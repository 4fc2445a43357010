#include "app/cli/job_runner.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>

#include "app/cli/commands.h"
#include "app/cli/model_loading.h"
#include "app/cli/stale_partials.h"

namespace marionette::cli {

namespace {

std::string clock(double seconds) {
  const long s = std::lround(std::max(0.0, seconds));
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
  return text;
}

// "\rrendering: 120/354 frames (34%), 41.0 frames/s, 0:05 left" on a terminal,
// at most ten times a second.
class ProgressLine {
 public:
  explicit ProgressLine(bool terminal) : terminal_(terminal) {}
  ~ProgressLine() { end(); }

  void operator()(const JobProgress& p) {
    if (!terminal_) return;
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (p.done != p.total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const char* stage = p.stage == JobStage::Tracking ? "tracking" : "rendering";
    const double rate = p.elapsedSeconds > 0 ? p.done / p.elapsedSeconds : 0;
    if (p.total > 0) {
      const std::string left = rate > 0 ? clock((p.total - p.done) / rate) : std::string("?");
      std::fprintf(stderr, "\r%s: %d/%lld frames (%d%%), %.1f frames/s, %s left   ", stage, p.done,
                   static_cast<long long>(p.total), static_cast<int>(100.0 * p.done / p.total), rate, left.c_str());
    } else {
      std::fprintf(stderr, "\r%s: %d frames, %.1f frames/s   ", stage, p.done, rate);
    }
    shown_ = true;
  }

  // Moves off the progress line so the next message starts on its own.
  void end() {
    std::lock_guard lock(mutex_);
    if (shown_) std::fprintf(stderr, "\n");
    shown_ = false;
  }

 private:
  bool terminal_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_{};
  bool shown_ = false;
};

void printSummary(const timeline::Project& project, const ProjectOutput& output, const JobReport& report) {
  for (const std::string& note : report.notes) std::printf("note: %s\n", note.c_str());
  std::printf("%s", project.portrait.file.path.c_str());
  if (project.driver) std::printf(" + %s", project.driver->file.path.c_str());
  std::printf(" -> %s: %d frames at %lld/%lld fps, %dx%d%s\n", output.path.c_str(), report.frames,
              static_cast<long long>(report.frameRate.num()), static_cast<long long>(report.frameRate.den()),
              report.width, report.height, report.audio ? ", with the driver's audio" : "");
  std::printf("face %d of %d (box %.0f,%.0f %.0fx%.0f)", report.chosenFace, report.faceCount, report.faceBox.x,
              report.faceBox.y, report.faceBox.width, report.faceBox.height);
  if (report.restReference)
    std::printf("; reference: the driver's rest (its calm face over the clip); %d driving frames without a face",
                report.lostFrames);
  else if (report.referenceFrame >= 0)
    std::printf("; reference frame %d; %d driving frames without a face", report.referenceFrame, report.lostFrames);
  std::printf("\nrendered %.1f frames/s on %s (%d render thread%s)",
              report.renderSeconds > 0 ? report.frames / report.renderSeconds : 0.0, report.device.c_str(),
              report.renderThreads, report.renderThreads == 1 ? "" : "s");
  if (report.trackSeconds > 0) std::printf("; tracking took %.2f s", report.trackSeconds);
  std::printf("\n");
}

}  // namespace

int runProjectJobCommand(const timeline::Project& outline, const ProjectSource& source, const ProjectOutput& output,
                         const WarpRendererOptions& rendererOptions, const std::optional<std::string>& modelPath,
                         const StopSignals& stop, const std::function<Status(const timeline::Project&)>& onSuccess) {
  if (Status ok = checkProjectJob(outline, output); !ok) return fail(kExitFailure, ok.error().message);
  removeStalePartialsOf(output.path,
                        output.format == ExportFormat::PngSequence ? PartialKind::Folder : PartialKind::File);
  // The face models load while the render module starts up: two
  // half-second waits on different cores become one. The main thread only
  // waits, so a stop signal is acted on at once.
  auto pendingModel = startLoadingTracker(stop, modelPath);
  WarpRendererOptions single = rendererOptions;
  single.threads = 1;
  BackgroundWork pendingRenderers(
      stop, [single] { return makeRenderWorkers([single] { return createWarpRenderer(single); }); });
  auto renderers = pendingRenderers.get();
  if (!renderers) return stop.reportStopped();
  if (!*renderers) return fail(kExitFailure, renderers->error().message);
  std::vector<Renderer*> threads;
  for (const auto& renderer : **renderers) threads.push_back(renderer.get());
  auto model = pendingModel.get();
  if (!model) return stop.reportStopped();
  if (!*model) return fail(kExitFailure, model->error().message);
  ProgressLine progress(isatty(STDERR_FILENO) != 0);
  JobCallbacks callbacks{[&progress](const JobProgress& p) { progress(p); }, &stop.flag()};
  auto failed = [&](const Error& error) {
    progress.end();
    // A stop that arrives after the output was committed changes nothing.
    if (stop.requested()) return stop.reportStopped();
    return fail(kExitFailure, error.message);
  };
  auto project = source(**model, callbacks);
  if (!project) return failed(project.error());
  auto report = runProjectJob(project->project, output, **model, threads, callbacks, project->portrait);
  if (!report) return failed(report.error());
  progress.end();
  if (onSuccess)
    if (Status ok = onSuccess(project->project); !ok) return fail(kExitFailure, ok.error().message);
  if (project->trackSeconds > 0) report->trackSeconds = project->trackSeconds;
  std::vector<std::string> notes = project->notes;  // tracking came first
  for (const std::string& note : report->notes)
    if (std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
  report->notes = std::move(notes);
  printSummary(project->project, output, *report);
  return kExitOk;
}

}  // namespace marionette::cli
