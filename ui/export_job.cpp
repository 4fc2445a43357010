#include "ui/export_job.h"

#include <chrono>

namespace marionette::ui {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

Status checkRequest(const ExportJobRequest& request) {
  if (!request.source) return makeError("open a portrait before exporting");
  if (request.endFrame <= request.firstFrame) return makeError("the export range holds no frame");
  if (request.output.path.empty()) return makeError("choose where to save the export");
  return checkExportDestination(request.output);
}

}  // namespace

Result<ExportJobReport> runExportJob(const ExportJobRequest& request, Renderer& renderer,
                                     const std::function<void(const ExportJobProgress&)>& progress,
                                     const std::atomic<bool>* cancel) {
  if (Status ok = checkRequest(request); !ok) return ok.error();
  const Clock::time_point start = Clock::now();
  const Image& portrait = request.source->image;
  Framing framing = chooseFraming(portrait.width, portrait.height, request.source->landmarks, request.framing);
  ExportJobReport report;
  report.notes = framing.notes;
  report.width = framing.view.width;
  report.height = framing.view.height;

  ExportSettings settings = request.output;
  settings.width = framing.view.width;
  settings.height = framing.view.height;
  settings.frameRate = request.frameRate;
  settings.audioSourcePath = request.firstFrame == 0 ? request.audioSourcePath : std::string();
  if (request.firstFrame != 0 && !request.audioSourcePath.empty())
    report.notes.push_back("the sound is left out because the range does not start at the first frame");
  if (!request.audioSourcePath.empty()) settings.inputs.push_back(request.audioSourcePath);

  if (Status ok = renderer.setSource(*request.source); !ok) return ok.error();
  auto sink = openFrameSink(settings);
  if (!sink) return sink.error();

  const int total = request.endFrame - request.firstFrame;
  for (int i = 0; i < total; ++i) {
    if (cancel && cancel->load()) {
      (*sink)->cancel();
      return makeError(kExportCancelled);
    }
    const Motion target = request.motionAt ? request.motionAt(request.firstFrame + i) : request.source->motion;
    auto frame = renderer.render(target, framing.view);
    if (!frame) {
      (*sink)->cancel();
      return makeError("frame " + std::to_string(request.firstFrame + i) + ": " + frame.error().message);
    }
    if (Status written = (*sink)->write(*frame); !written) {
      (*sink)->cancel();
      return written.error();
    }
    if (progress) {
      const double elapsed = secondsSince(start);
      const double remaining = elapsed / (i + 1) * (total - i - 1);
      progress({i + 1, total, elapsed, remaining});
    }
  }
  if (Status finished = (*sink)->finish(); !finished) return finished.error();
  for (const std::string& note : (*sink)->notes()) report.notes.push_back(note);
  report.frames = total;
  report.seconds = secondsSince(start);
  return report;
}

}  // namespace marionette::ui
