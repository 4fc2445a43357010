#include "core/pipeline/project_job.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/base/file_check.h"
#include "core/media/constant_rate_frames.h"
#include "core/media/render_part.h"
#include "core/media/video_reader.h"
#include "core/pipeline/frame_compose.h"
#include "core/pipeline/frame_pipeline.h"
#include "core/pipeline/project_frame.h"
#include "core/timeline/project_file.h"

namespace marionette {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string quoted(const std::string& path) { return "'" + path + "'"; }

bool cancelled(const JobCallbacks& callbacks) { return callbacks.cancel && callbacks.cancel->load(); }

void reportProgress(const JobCallbacks& callbacks, JobStage stage, int done, std::int64_t total,
                    Clock::time_point start) {
  if (callbacks.progress) callbacks.progress({stage, done, total, secondsSince(start)});
}

std::string drivingPath(const timeline::Project& project) {
  return project.driver ? project.driver->file.path : std::string();
}

// The range the job writes, checked against the project.
Result<timeline::FrameRange> rangeOf(const timeline::Project& project, timeline::FrameRange frames) {
  const std::int64_t count = project.settings.frameCount;
  if (frames.end == 0) frames.end = count;
  if (frames.first < 0 || frames.first >= frames.end || frames.end > count)
    return makeError("frames " + std::to_string(frames.first) + ":" + std::to_string(frames.end) +
                     " are not inside the clip (0:" + std::to_string(count) + ")");
  return frames;
}

// The driver's sound goes into video outputs when asked for and present.
Result<std::string> audioSource(const timeline::Project& project, const ProjectOutput& output, JobReport& report) {
  const std::string driver = drivingPath(project);
  if (driver.empty() || !project.render.audio) return std::string();
  auto reader = VideoReader::open(driver);
  if (!reader) return reader.error();
  if (!(*reader)->info().audio) {
    report.addNote(quoted(driver) + " has no audio; the output is silent");
    return std::string();
  }
  if (output.format == ExportFormat::PngSequence) {
    report.addNote("a PNG sequence holds no sound; the driving video's audio is left out");
    return std::string();
  }
  report.audio = true;
  return driver;
}

bool sideBySide(const timeline::Project& project) { return project.render.sideBySide; }

int panelCount(const timeline::Project& project) {
  if (!sideBySide(project)) return 1;
  return project.driver ? 3 : 2;
}

// One output frame on its way through the pipeline.
struct FrameWork {
  timeline::FrameIndex frame = 0;
  Image driverFrame;  // empty unless the layout or the teeth need the driver's pixels
};

// Decode → render → compose for every frame of the range.
class FrameRenderer {
 public:
  FrameRenderer(const ReadyProject& ready, timeline::FrameRange range, const RenderView& view,
                const std::vector<Renderer*>& renderers)
      : project_(ready.project), range_(range), view_(view), renderers_(renderers), next_(range.first) {
    if (sideBySide(project_))
      portraitPanel_ = resampleRegion(ready.portrait->source.image, view.region, view.width, view.height);
  }

  bool needsDriverPixels() const {
    return project_.hasDriverMotion() && (sideBySide(project_) || rendersWithDriverPixels(project_));
  }

  Status openDriver() {
    // Read at the project's rate: a variable-rate driver shows the same
    // picture per frame as its resampled motion.
    auto frames = ConstantRateFrames::open(drivingPath(project_), project_.settings.frameRate);
    if (!frames) return frames.error();
    driverFrames_ = std::move(*frames);
    return {};
  }

  Result<std::optional<FrameWork>> produce() {
    if (next_ >= range_.end) return std::optional<FrameWork>();
    FrameWork work{next_++, {}};
    if (driverFrames_) {
      // Should the file end early, its last picture stands in rather than
      // dropping output frames.
      auto frame = driverFrames_->frameAt(work.frame);
      if (!frame) return frame.error();
      work.driverFrame = std::move(*frame);
    }
    return std::optional<FrameWork>(std::move(work));
  }

  Result<Image> render(FrameWork&& work, int worker) {
    const Image* driverFrame = work.driverFrame.empty() ? nullptr : &work.driverFrame;
    auto frame = renderProjectFrame(*renderers_[worker], project_, work.frame, view_, driverFrame);
    if (!frame || !sideBySide(project_)) return frame;
    if (!driverFrame) return placeSideBySide({&portraitPanel_, &*frame});
    const Image driverPanel = letterbox(work.driverFrame, view_.width, view_.height);
    return placeSideBySide({&portraitPanel_, &driverPanel, &*frame});
  }

 private:
  const timeline::Project& project_;
  timeline::FrameRange range_;
  RenderView view_;
  const std::vector<Renderer*>& renderers_;
  Image portraitPanel_;
  std::unique_ptr<ConstantRateFrames> driverFrames_;
  timeline::FrameIndex next_ = 0;
};

std::vector<std::string> jobInputs(const timeline::Project& project) {
  std::vector<std::string> inputs{project.portrait.file.path};
  if (project.driver) inputs.push_back(project.driver->file.path);
  return inputs;
}

ExportSettings exportSettings(const timeline::Project& project, const ProjectOutput& output) {
  ExportSettings settings;
  settings.format = output.format;
  settings.path = output.path;
  settings.overwrite = output.overwrite;
  settings.crf = project.render.crf;
  settings.speed = project.render.speed;
  settings.inputs = jobInputs(project);
  return settings;
}

Status renderAndWrite(const ReadyProject& ready, const ProjectOutput& output, timeline::FrameRange range,
                      const Framing& framing, const std::vector<Renderer*>& renderers, const JobCallbacks& callbacks,
                      JobReport& report) {
  const timeline::Project& project = ready.project;
  ExportSettings settings = exportSettings(project, output);
  settings.width = framing.view.width * panelCount(project);
  settings.height = framing.view.height;
  settings.frameRate = project.settings.frameRate;
  auto audio = audioSource(project, output, report);
  if (!audio) return audio.error();
  settings.audioSourcePath = *audio;
  // A range from mid-clip starts the driver's sound at its first frame.
  settings.audioStart = timeline::frameTime(range.first, project.settings.frameRate);
  // Files of a PNG sequence are named by project frame; a video says which
  // frames of which project it holds, so concat can check the parts.
  settings.firstFrame = range.first;
  settings.metadata =
      renderPartTags({timeline::renderFingerprint(project), range.first, range.end, project.settings.frameCount});

  FrameRenderer frames(ready, range, framing.view, renderers);
  if (frames.needsDriverPixels()) {
    if (Status opened = frames.openDriver(); !opened) return opened;
  }
  auto sink = openFrameSink(settings);
  if (!sink) return sink.error();
  const Clock::time_point start = Clock::now();
  int written = 0;
  FramePipelineStages<FrameWork, Image> stages{
      [&] { return frames.produce(); },
      [&](FrameWork&& work, int worker) { return frames.render(std::move(work), worker); },
      [&](Image&& frame) -> Status {
        if (Status ok = (*sink)->write(frame); !ok) return ok;
        reportProgress(callbacks, JobStage::Rendering, ++written, range.count(), start);
        return {};
      },
      static_cast<int>(renderers.size())};
  if (Status ran = runFramePipeline(stages, callbacks.cancel); !ran) {
    (*sink)->cancel();
    return ran;
  }
  if (Status finished = (*sink)->finish(); !finished) return finished;
  for (const std::string& note : (*sink)->notes()) report.addNote(note);
  report.frames = written;
  report.frameRate = project.settings.frameRate;
  report.width = settings.width;
  report.height = settings.height;
  report.renderSeconds = secondsSince(start);
  return {};
}

}  // namespace

void JobReport::addNote(const std::string& note) {
  if (std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
}

Result<ReadyProject> readyProject(timeline::Project project, std::shared_ptr<const FaceAnalyzer> model,
                                  const JobCallbacks& callbacks, JobReport& report,
                                  std::shared_ptr<const PreparedPortrait> prepared) {
  if (!prepared || !(prepared->key == portraitKey(project.portrait))) {
    auto analysed = preparePortrait(project.portrait, model);
    if (!analysed) return analysed.error();
    prepared = std::make_shared<const PreparedPortrait>(std::move(*analysed));
  }
  report.faceCount = prepared->faceCount;
  report.chosenFace = project.portrait.faceIndex;
  report.faceBox = prepared->faceBox;
  for (const std::string& note : prepared->notes) report.addNote(note);
  if (!project.portrait.motion) project.portrait.motion = prepared->source.motion;
  if (cancelled(callbacks)) return makeError(kCancelledMessage);

  if (project.driver && !project.hasDriverMotion()) {
    const Clock::time_point start = Clock::now();
    auto progress = [&](int done, std::int64_t total) {
      reportProgress(callbacks, JobStage::Tracking, done, total, start);
      return !cancelled(callbacks);
    };
    auto tracking = trackDriver(*project.driver, model, progress);
    if (cancelled(callbacks)) return makeError(kCancelledMessage);
    if (!tracking) return tracking.error();
    report.trackSeconds = tracking->seconds;
    for (const std::string& note : tracking->notes) report.addNote(note);
    for (const std::string& note : adoptDriverMotion(project, tracking->motion)) report.addNote(note);
  }
  if (project.hasDriverMotion()) {
    report.lostFrames = project.driver->motion->lostFrameCount();
    report.referenceFrame = static_cast<int>(project.settings.referenceFrame);
    report.restReference = project.settings.restReference && project.driver->motion->rest.has_value();
  }
  return ReadyProject{std::move(project), std::move(prepared)};
}

Status checkProjectJob(const timeline::Project& project, const ProjectOutput& output) {
  if (project.portrait.file.path.empty()) return makeError("the project has no portrait");
  if (output.path.empty()) return makeError("no output file given");
  ExportSettings settings = exportSettings(project, output);
  // Missing, or a pipe, a device or a folder where a file should be.
  if (auto portrait = checkRegularFile(project.portrait.file.path, "an image"); !portrait) return portrait.error();
  if (project.driver)
    if (auto driver = checkRegularFile(project.driver->file.path, "a video"); !driver) return driver.error();
  return checkExportDestination(settings);
}

Result<JobReport> runProjectJob(const timeline::Project& project, const ProjectOutput& output,
                                std::shared_ptr<const FaceAnalyzer> model, const std::vector<Renderer*>& renderers,
                                const JobCallbacks& callbacks, std::shared_ptr<const PreparedPortrait> prepared) {
  if (renderers.empty()) return makeError("no renderer to animate with");
  // Refused destinations fail before minutes of tracking, not after.
  if (Status ok = checkProjectJob(project, output); !ok) return ok.error();
  JobReport report;
  report.device = renderers.front()->deviceName();
  report.renderThreads = static_cast<int>(renderers.size());
  auto ready = readyProject(project, model, callbacks, report, std::move(prepared));
  if (!ready) return ready.error();
  if (Status valid = timeline::validateProject(ready->project); !valid) return valid.error();
  auto range = rangeOf(ready->project, output.frames);
  if (!range) return range.error();
  for (Renderer* renderer : renderers)
    if (Status ok = renderer->setSource(ready->portrait->source); !ok) return ok.error();
  if (cancelled(callbacks)) return makeError(kCancelledMessage);
  const Framing framing = projectFraming(ready->project, *ready->portrait);
  for (const std::string& note : framing.notes) report.addNote(note);
  if (Status done = renderAndWrite(*ready, output, *range, framing, renderers, callbacks, report); !done)
    return done.error();
  return report;
}

Result<std::vector<std::unique_ptr<Renderer>>> makeRenderWorkers(const RendererFactory& factory, unsigned maxWorkers) {
  std::vector<std::unique_ptr<Renderer>> renderers;
  const auto cores = static_cast<std::size_t>(std::clamp(std::thread::hardware_concurrency(), 1u, maxWorkers));
  do {
    auto renderer = factory();
    if (!renderer) return renderer.error();
    renderers.push_back(std::move(*renderer));
  } while (renderers.front()->deviceName() == "cpu" && renderers.size() < cores);
  return renderers;
}

}  // namespace marionette
