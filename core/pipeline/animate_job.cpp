#include "core/pipeline/animate_job.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "core/media/image_io.h"
#include "core/media/video_reader.h"
#include "core/motion/canonical_face.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/pipeline/frame_compose.h"
#include "core/pipeline/frame_pipeline.h"
#include "core/pipeline/motion_plan.h"
#include "core/pipeline/track_video.h"
#include "core/timeline/clip_setup.h"
#include "core/timeline/media_hash.h"

namespace marionette {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string quoted(const std::string& path) { return "'" + path + "'"; }

bool cancelled(const AnimateCallbacks& callbacks) { return callbacks.cancel && callbacks.cancel->load(); }

void reportProgress(const AnimateCallbacks& callbacks, AnimateStage stage, int done, std::int64_t total,
                    Clock::time_point start) {
  if (callbacks.progress) callbacks.progress({stage, done, total, secondsSince(start)});
}

struct Portrait {
  Image image;
  PortraitAnalysis analysis;
};

Result<Portrait> loadPortrait(const AnimateRequest& request, std::shared_ptr<const LandmarkModel> model,
                              AnimateReport& report) {
  auto loaded = loadImage(request.portraitPath);
  if (!loaded) return loaded.error();
  for (const std::string& note : loaded->notes) report.notes.push_back(quoted(request.portraitPath) + ": " + note);
  Portrait portrait;
  portrait.image = std::move(loaded->image);
  if (!portrait.image.alpha.empty()) {
    // Every export format but PNG is opaque, and the warp moves colour only,
    // so the portrait is composited once, before the face is even searched.
    portrait.image = flattenAlpha(portrait.image, 255);
    report.notes.push_back(quoted(request.portraitPath) + " has transparency; it is flattened onto white");
  }
  auto analysis = analyzePortrait(portrait.image, std::move(model), request.faceIndex);
  if (!analysis) return makeError(quoted(request.portraitPath) + ": " + analysis.error().message);
  portrait.analysis = std::move(*analysis);
  report.faceCount = static_cast<int>(portrait.analysis.faces.size());
  report.chosenFace = portrait.analysis.chosenIndex;
  report.faceBox = portrait.analysis.face.box;
  if (report.faceCount > 1) {
    report.notes.push_back(std::to_string(report.faceCount) + " faces in " + quoted(request.portraitPath) +
                           "; animating face " + std::to_string(report.chosenFace) +
                           (report.chosenFace == 0 ? " (the largest)" : "") + "; --face N picks another");
  }
  return portrait;
}

Result<MotionTrack> trackDriver(const std::string& drivingPath, double smoothing,
                                std::shared_ptr<const LandmarkModel> model, const AnimateCallbacks& callbacks,
                                AnimateReport& report) {
  TrackVideoOptions options;
  options.tracker.smoothing = smoothing;
  const Clock::time_point start = Clock::now();
  auto progress = [&](int done, std::int64_t total) {
    reportProgress(callbacks, AnimateStage::Tracking, done, total, start);
    return !cancelled(callbacks);
  };
  TrackVideoReport tracking;
  auto track = trackVideo(drivingPath, std::move(model), options, progress, &tracking);
  if (cancelled(callbacks)) return makeError(kCancelledMessage);
  if (!track) return track.error();
  report.trackSeconds = tracking.seconds;
  report.lostFrames = track->lostFrameCount();
  report.notes.insert(report.notes.end(), tracking.warnings.begin(), tracking.warnings.end());
  if (report.lostFrames > 0) {
    report.notes.push_back("no face in " + std::to_string(report.lostFrames) + " of " +
                           std::to_string(track->frames.size()) + " driving frames; the motion there is " +
                           "interpolated from the neighbouring frames (held at the ends)");
  }
  return track;
}

timeline::RenderSettings renderSettingsOf(const AnimateRequest& request) {
  timeline::RenderSettings r;
  r.width = request.framing.width, r.height = request.framing.height;
  r.cropToFace = request.framing.cropToFace;
  r.sideBySide = request.layout == OutputLayout::SideBySide;
  r.teethFromDriver = request.teethFromDriver;
  r.audio = request.audio;
  r.crf = request.output.crf;
  r.speed = request.output.speed;
  return r;
}

timeline::MediaRef mediaRef(const std::string& path) {
  auto hash = timeline::mediaFingerprint(path);
  return {path, hash ? *hash : 0};
}

// animate's options as a timeline project (the driver tracked first).
Result<timeline::Project> projectFromRequest(const AnimateRequest& request, const Motion& source,
                                             std::shared_ptr<const LandmarkModel> model,
                                             const AnimateCallbacks& callbacks, AnimateReport& report) {
  std::shared_ptr<const MotionTrack> driver;
  if (!request.drivingPath.empty()) {
    auto track = trackDriver(request.drivingPath, request.smoothing, std::move(model), callbacks, report);
    if (!track) return track.error();
    driver = std::make_shared<const MotionTrack>(std::move(*track));
  }
  const timeline::ClipSetup setup{request.retarget, request.referenceFrame, request.presets, request.presetSeconds,
                                  request.presetFrameRate};
  auto project = timeline::projectFromClipSetup(setup, source, std::move(driver));
  if (!project) return project.error();
  project->portrait.file = mediaRef(request.portraitPath);
  project->portrait.faceIndex = request.faceIndex;
  if (project->driver) {
    project->driver->file = mediaRef(request.drivingPath);
    project->driver->trackingSmoothing = request.smoothing;
  }
  project->render = renderSettingsOf(request);
  return project;
}

// A loaded project with whatever its caches lack filled in: the portrait's
// own motion, and the driver's motion when the cache did not have it.
Result<timeline::Project> completeProject(timeline::Project project, const Motion& source,
                                          std::shared_ptr<const LandmarkModel> model, const AnimateCallbacks& callbacks,
                                          AnimateReport& report) {
  if (!project.portrait.motion) project.portrait.motion = source;
  if (project.driver && !project.hasDriverMotion()) {
    auto track =
        trackDriver(project.driver->file.path, project.driver->trackingSmoothing, std::move(model), callbacks, report);
    if (!track) return track.error();
    const auto frames = static_cast<std::int64_t>(track->frames.size());
    if (frames != project.settings.frameCount)
      report.notes.push_back("the driving video now has " + std::to_string(frames) + " frames (the project had " +
                             std::to_string(project.settings.frameCount) + ")");
    project.settings.frameCount = frames;
    project.settings.frameRate = track->frameRate;
    project.driver->motion = std::make_shared<const MotionTrack>(std::move(*track));
  } else if (project.hasDriverMotion()) {
    report.lostFrames = project.driver->motion->lostFrameCount();
  }
  return project;
}

Result<MotionPlan> planMotion(const AnimateRequest& request, const Motion& source,
                              std::shared_ptr<const LandmarkModel> model, const AnimateCallbacks& callbacks,
                              AnimateReport& report) {
  auto project = request.project ? completeProject(*request.project, source, std::move(model), callbacks, report)
                                 : projectFromRequest(request, source, std::move(model), callbacks, report);
  if (!project) return project.error();
  auto plan = MotionPlan::fromProject(std::move(*project), request.frames);
  if (plan) report.referenceFrame = plan->referenceFrame();
  return plan;
}

// The driver's sound goes into video outputs when asked for and present.
Result<std::string> audioSource(const AnimateRequest& request, AnimateReport& report) {
  if (request.drivingPath.empty() || !request.audio) return std::string();
  auto reader = VideoReader::open(request.drivingPath);
  if (!reader) return reader.error();
  if (!(*reader)->info().audio) {
    report.notes.push_back(quoted(request.drivingPath) + " has no audio; the output is silent");
    return std::string();
  }
  if (request.output.format == ExportFormat::PngSequence) {
    report.notes.push_back("a PNG sequence holds no sound; the driving video's audio is left out");
    return std::string();
  }
  report.audio = true;
  return request.drivingPath;
}

// One output frame on its way through the pipeline.
struct FrameWork {
  int index = 0;
  Image driverFrame;  // empty unless the layout or the teeth need the driver's pixels
};

// Decode → render → encode for every frame of the plan.
class FrameRenderer {
 public:
  FrameRenderer(const AnimateRequest& request, const MotionPlan& plan, const Portrait& portrait, const RenderView& view,
                const std::vector<Renderer*>& renderers)
      : request_(request), plan_(plan), view_(view), renderers_(renderers) {
    if (request.layout == OutputLayout::SideBySide)
      portraitPanel_ = resampleRegion(portrait.image, view.region, view.width, view.height);
  }

  bool needsDriverPixels() const {
    return plan_.hasDriver() && (request_.layout == OutputLayout::SideBySide || request_.teethFromDriver);
  }

  Status openDriver() {
    auto reader = VideoReader::open(request_.drivingPath);
    if (!reader) return reader.error();
    reader_ = std::move(*reader);
    if (plan_.firstFrame() > 0) return reader_->seek(timeline::frameTime(plan_.firstFrame(), plan_.frameRate()));
    return {};
  }

  Result<std::optional<FrameWork>> produce() {
    if (next_ >= plan_.frameCount()) return std::optional<FrameWork>();
    FrameWork work{next_++, {}};
    if (reader_) {
      auto frame = reader_->next();
      if (!frame) return frame.error();
      // Both passes decode the same file; should this one end early, the
      // last picture stands in rather than dropping output frames.
      if (frame->has_value()) lastDriverFrame_ = std::move((*frame)->image);
      work.driverFrame = lastDriverFrame_;
    }
    return std::optional<FrameWork>(std::move(work));
  }

  Result<Image> render(FrameWork&& work, int worker) {
    RenderHints hints;
    Landmarks driverLandmarks{};
    if (request_.teethFromDriver && !work.driverFrame.empty()) {
      const MotionTrack& track = plan_.driver();
      const Motion& driven = track.frames[static_cast<std::size_t>(plan_.firstFrame() + work.index)].motion;
      driverLandmarks =
          decodeLandmarks(canonicalFace(), driven.expression, driven.pose, ImageFrame{track.width, track.height});
      hints.driverFrame = &work.driverFrame;
      hints.driverLandmarks = &driverLandmarks;
    }
    auto frame = renderers_[worker]->render(plan_.target(work.index), view_, hints);
    if (!frame) return makeError("frame " + std::to_string(work.index) + ": " + frame.error().message);
    if (frame->width != view_.width || frame->height != view_.height || frame->channels != 3)
      return makeError("the renderer returned a frame of the wrong size");
    if (request_.layout != OutputLayout::SideBySide) return frame;
    if (work.driverFrame.empty()) return placeSideBySide({&portraitPanel_, &*frame});
    const Image driverPanel = letterbox(work.driverFrame, view_.width, view_.height);
    return placeSideBySide({&portraitPanel_, &driverPanel, &*frame});
  }

 private:
  const AnimateRequest& request_;
  const MotionPlan& plan_;
  RenderView view_;
  const std::vector<Renderer*>& renderers_;
  Image portraitPanel_;
  std::unique_ptr<VideoReader> reader_;
  Image lastDriverFrame_;
  int next_ = 0;
};

std::vector<std::string> jobInputs(const AnimateRequest& request) {
  std::vector<std::string> inputs{request.portraitPath};
  if (!request.drivingPath.empty()) inputs.push_back(request.drivingPath);
  return inputs;
}

int panelCount(const AnimateRequest& request) {
  if (request.layout != OutputLayout::SideBySide) return 1;
  return request.drivingPath.empty() ? 2 : 3;
}

Status renderAndWrite(const AnimateRequest& request, const MotionPlan& plan, const Portrait& portrait,
                      const Framing& framing, const std::vector<Renderer*>& renderers,
                      const AnimateCallbacks& callbacks, AnimateReport& report) {
  ExportSettings settings = request.output;
  settings.width = framing.view.width * panelCount(request);
  settings.height = framing.view.height;
  settings.frameRate = plan.frameRate();
  settings.inputs = jobInputs(request);
  auto audio = audioSource(request, report);
  if (!audio) return audio.error();
  settings.audioSourcePath = *audio;
  // A range from mid-clip starts the driver's sound at its first frame.
  settings.audioStart = timeline::frameTime(plan.firstFrame(), plan.frameRate());

  FrameRenderer frames(request, plan, portrait, framing.view, renderers);
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
        reportProgress(callbacks, AnimateStage::Rendering, ++written, plan.frameCount(), start);
        return {};
      },
      static_cast<int>(renderers.size())};
  if (Status ran = runFramePipeline(stages, callbacks.cancel); !ran) {
    (*sink)->cancel();
    return ran;
  }
  if (Status finished = (*sink)->finish(); !finished) return finished;
  for (const std::string& note : (*sink)->notes())
    if (std::find(report.notes.begin(), report.notes.end(), note) == report.notes.end()) report.notes.push_back(note);
  report.frames = written;
  report.frameRate = plan.frameRate();
  report.width = settings.width;
  report.height = settings.height;
  report.renderSeconds = secondsSince(start);
  return {};
}

}  // namespace

Status checkAnimateRequest(const AnimateRequest& request) {
  ExportSettings settings = request.output;
  settings.inputs = jobInputs(request);
  for (const std::string& input : settings.inputs) {
    std::error_code ec;
    if (!std::filesystem::exists(input, ec)) return makeError("cannot open " + quoted(input) + ": no such file");
  }
  return checkExportDestination(settings);
}

AnimateRequest animateRequestFromProject(const timeline::Project& project) {
  AnimateRequest request;
  request.portraitPath = project.portrait.file.path;
  request.faceIndex = project.portrait.faceIndex;
  if (project.driver) {
    request.drivingPath = project.driver->file.path;
    request.smoothing = project.driver->trackingSmoothing;
  }
  const timeline::RenderSettings& r = project.render;
  request.framing = {r.width, r.height, r.cropToFace};
  request.layout = r.sideBySide ? OutputLayout::SideBySide : OutputLayout::Result;
  request.teethFromDriver = r.teethFromDriver;
  request.audio = r.audio;
  request.output.crf = r.crf;
  request.output.speed = r.speed;
  request.project = project;
  return request;
}

Result<AnimateReport> runAnimateJob(const AnimateRequest& request, std::shared_ptr<const LandmarkModel> model,
                                    const std::vector<Renderer*>& renderers, const AnimateCallbacks& callbacks) {
  if (renderers.empty()) return makeError("no renderer to animate with");
  // Refused destinations fail before minutes of tracking, not after.
  if (Status ok = checkAnimateRequest(request); !ok) return ok.error();
  AnimateReport report;
  report.device = renderers.front()->deviceName();
  report.renderThreads = static_cast<int>(renderers.size());
  auto portrait = loadPortrait(request, model, report);
  if (!portrait) return portrait.error();
  const PortraitAnalysis& analysis = portrait->analysis;
  const SourceFace source{portrait->image, analysis.face.landmarks, analysis.motion.motion};
  for (Renderer* renderer : renderers)
    if (Status ok = renderer->setSource(source); !ok) return ok.error();
  if (cancelled(callbacks)) return makeError(kCancelledMessage);
  auto plan = planMotion(request, analysis.motion.motion, model, callbacks, report);
  if (!plan) return plan.error();
  Framing framing =
      chooseFraming(portrait->image.width, portrait->image.height, analysis.face.landmarks, request.framing);
  report.notes.insert(report.notes.end(), framing.notes.begin(), framing.notes.end());
  if (Status done = renderAndWrite(request, *plan, *portrait, framing, renderers, callbacks, report); !done)
    return done.error();
  if (request.projectReady)
    if (Status saved = request.projectReady(plan->project()); !saved) return saved.error();
  return report;
}

}  // namespace marionette
