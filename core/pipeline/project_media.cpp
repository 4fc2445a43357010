#include "core/pipeline/project_media.h"

#include <cstdio>

#include "core/media/image_io.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/pipeline/frame_compose.h"
#include "core/pipeline/track_video.h"
#include "core/timeline/media_hash.h"

namespace marionette {

namespace {

std::string quoted(const std::string& path) { return "'" + path + "'"; }

std::string rateText(Rational rate) {
  if (rate.den() == 1) return std::to_string(rate.num());
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", rate.toDouble());
  return text;
}

}  // namespace

PortraitKey portraitKey(const timeline::PortraitMedia& portrait) {
  return {portrait.file.path, portrait.file.contentHash, portrait.faceIndex};
}

DriverKey driverKey(const timeline::DriverMedia& driver) {
  return {driver.file.path, driver.file.contentHash, driver.trackingSmoothing};
}

timeline::MediaRef mediaRefFor(const std::string& path) {
  auto hash = timeline::mediaFingerprint(path);
  return {path, hash ? *hash : 0};
}

Result<PreparedPortrait> preparePortrait(const timeline::PortraitMedia& portrait,
                                         std::shared_ptr<const FaceAnalyzer> model) {
  const std::string& path = portrait.file.path;
  if (path.empty()) return makeError("the project has no portrait");
  auto loaded = loadImage(path);
  if (!loaded) return loaded.error();
  PreparedPortrait prepared;
  prepared.key = portraitKey(portrait);
  for (const std::string& note : loaded->notes) prepared.notes.push_back(quoted(path) + ": " + note);
  Image image = std::move(loaded->image);
  if (!image.alpha.empty()) {
    image = flattenAlpha(image, 255);
    prepared.notes.push_back(quoted(path) + " has transparency; it is flattened onto white");
  }
  auto analysis = analyzePortrait(image, std::move(model), portrait.faceIndex);
  if (!analysis) return makeError(quoted(path) + ": " + analysis.error().message);
  prepared.faceCount = static_cast<int>(analysis->faces.size());
  prepared.faceBox = analysis->face.box;
  if (prepared.faceCount > 1) {
    prepared.notes.push_back(std::to_string(prepared.faceCount) + " faces in " + quoted(path) + "; animating face " +
                             std::to_string(portrait.faceIndex) + (portrait.faceIndex == 0 ? " (the largest)" : "") +
                             "; --face N picks another");
  }
  if (auto problem = surfaceProblem(*analysis, {image.width, image.height}))
    prepared.notes.push_back(quoted(path) + ": " + *problem + "; its face is warped instead, with smaller turns");
  prepared.source = sourceFaceFrom(std::move(image), *analysis);
  if (portrait.motion) prepared.source.motion = *portrait.motion;
  return prepared;
}

Result<DriverTracking> trackDriver(const timeline::DriverMedia& driver, std::shared_ptr<const FaceAnalyzer> model,
                                   const TrackingProgress& progress) {
  TrackVideoOptions options;
  options.tracker.smoothing = driver.trackingSmoothing;
  TrackVideoReport report;
  auto track = trackVideo(driver.file.path, std::move(model), options, progress, &report);
  if (!track) return track.error();
  DriverTracking tracking;
  tracking.seconds = report.seconds;
  tracking.notes = report.warnings;
  if (const auto constant = constantRateFor(*track)) {
    char text[160];
    std::snprintf(text, sizeof text, "%.3g to %.3g frames/s", constant->slowest, constant->fastest);
    tracking.notes.push_back(quoted(driver.file.path) + " has a variable frame rate (" + text +
                             "); it is resampled to a constant " + rateText(constant->rate) +
                             " frames/s so the picture keeps in step with its sound");
    *track = resampledAt(*track, constant->rate);
  }
  if (const int lost = track->lostFrameCount(); lost > 0) {
    tracking.notes.push_back("no face in " + std::to_string(lost) + " of " + std::to_string(track->frames.size()) +
                             " driving frames; the motion there is interpolated from the neighbouring frames (held "
                             "at the ends)");
  }
  tracking.motion = std::make_shared<const MotionTrack>(std::move(*track));
  return tracking;
}

std::vector<std::string> adoptDriverMotion(timeline::Project& project, std::shared_ptr<const MotionTrack> motion) {
  std::vector<std::string> notes;
  if (!project.driver || !motion) return notes;
  const auto frames = std::max<std::int64_t>(1, static_cast<std::int64_t>(motion->frames.size()));
  if (project.settings.frameCount > 0 && frames != project.settings.frameCount)
    notes.push_back("the driving video now has " + std::to_string(frames) + " frames (the project had " +
                    std::to_string(project.settings.frameCount) + ")");
  project.settings.frameCount = frames;
  project.settings.frameRate = motion->frameRate;
  project.settings.referenceFrame = std::min(project.settings.referenceFrame, frames - 1);
  project.driver->motion = std::move(motion);
  return notes;
}

}  // namespace marionette
