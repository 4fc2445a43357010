#include <algorithm>
#include <chrono>

#include "core/media/image_io.h"
#include "core/motion/canonical_face.h"
#include "core/motion/retarget.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/pipeline/reenactment_evaluation.h"
#include "core/pipeline/evaluate_support.h"
#include "core/quality/landmark_metrics.h"

namespace marionette {

using namespace evaluate_detail;

namespace {

// One of the three ways each frame is rendered, with its own landmark track.
class Run {
 public:
  Run(std::shared_ptr<const LandmarkModel> model, TrackSource pose, TrackSource expression) : probe_(std::move(model)) {
    options_.pose.source = pose;
    options_.expression.source = expression;
  }

  // Renders driver frame `index` and reads its landmarks and motion back;
  // nullopt motion when the output has no measurable face.
  struct Seen {
    Motion target;
    std::optional<Image> image;
    std::optional<Landmarks> landmarks;
    std::optional<Motion> motion;
  };
  Seen render(Renderer& renderer, const SourceFace& source, const MotionTrack& driver, int reference,
              const VideoFrame& frame, OutputChecks& checks) {
    Seen seen;
    seen.target = retargetFrame(source.motion, driver, reference, int(frame.index), options_);
    seen.image = renderChecked(renderer, seen.target, source.image, checks);
    if (!seen.image) return seen;
    seen.landmarks = probe_.measure(*seen.image, frame.time);
    if (seen.landmarks) {
      auto sample = extractor_.extract(*seen.landmarks, {seen.image->width, seen.image->height});
      if (sample) seen.motion = sample->motion;
    }
    if (!seen.motion) ++checks.facelessFrames;
    return seen;
  }

 private:
  RetargetOptions options_;
  LandmarkProbe probe_;
  MotionExtractor extractor_;
};

Result<SourceFace> loadPortrait(const std::string& path, std::shared_ptr<const LandmarkModel> model, int faceIndex) {
  auto loaded = loadImage(path);
  if (!loaded) return loaded.error();
  auto analysis = analyzePortrait(loaded->image, std::move(model), faceIndex);
  if (!analysis) return makeError("'" + path + "': " + analysis.error().message);
  return SourceFace{std::move(loaded->image), analysis->face.landmarks, analysis->motion.motion};
}

double meanOf(const std::vector<CrossReenactmentReport::Frame>& frames, double CrossReenactmentReport::Frame::*member) {
  std::vector<double> values;
  for (const auto& f : frames) values.push_back(f.*member);
  return summarize(values).mean;
}

std::vector<EulerAngles> posesOf(const std::vector<CrossReenactmentReport::Frame>& frames,
                                 EulerAngles CrossReenactmentReport::Frame::*member) {
  std::vector<EulerAngles> values;
  for (const auto& f : frames) values.push_back(f.*member);
  return values;
}

// One frame's numbers, from the motion asked for and the motion read back
// from the full, pose-only and expression-only outputs.
CrossReenactmentReport::Frame scoreRow(int index, const Motion& portrait, const Motion& driver,
                                       const Motion& driverReference, const Motion& full, const Motion& poseOnly,
                                       const Motion& expressionOnly) {
  CrossReenactmentReport::Frame row;
  row.index = index;
  row.driverPose = relativeRotation(driver.pose.rotation, driverReference.pose.rotation);
  row.renderedPose = relativeRotation(full.pose.rotation, portrait.pose.rotation);
  row.expressionOnlyPose = relativeRotation(expressionOnly.pose.rotation, portrait.pose.rotation);
  row.poseOnlyExpressionDrift = channelDeviation(poseOnly.expression, portrait.expression);
  row.renderedExpressionChange = channelDeviation(full.expression, portrait.expression);
  row.driverExpressionChange = channelDeviation(driver.expression, driverReference.expression);
  return row;
}

void summarizeFrames(CrossReenactmentReport& report) {
  const auto& frames = report.frames;
  const auto driver = posesOf(frames, &CrossReenactmentReport::Frame::driverPose);
  report.framesScored = int(frames.size());
  report.poseFollowing = comparePoses(posesOf(frames, &CrossReenactmentReport::Frame::renderedPose), driver);
  report.stillPoseError = meanAbsoluteAngles(driver);
  report.expressionOnlyPoseDrift =
      meanAbsoluteAngles(posesOf(frames, &CrossReenactmentReport::Frame::expressionOnlyPose));
  report.poseOnlyExpressionDrift = meanOf(frames, &CrossReenactmentReport::Frame::poseOnlyExpressionDrift);
  report.renderedExpressionChange = meanOf(frames, &CrossReenactmentReport::Frame::renderedExpressionChange);
  report.driverExpressionChange = meanOf(frames, &CrossReenactmentReport::Frame::driverExpressionChange);
}

}  // namespace

Result<CrossReenactmentReport> evaluateCrossReenactment(const std::string& portraitPath, const std::string& drivingPath,
                                                        Renderer& renderer, std::shared_ptr<const LandmarkModel> model,
                                                        const EvaluateOptions& options,
                                                        const EvaluateProgress& progress,
                                                        const FrameObserver& observer) {
  const auto started = std::chrono::steady_clock::now();
  CrossReenactmentReport report;
  auto portrait = loadPortrait(portraitPath, model, 0);
  if (!portrait) return portrait.error();
  auto track = trackDriver(drivingPath, model, options, progress, report.warnings);
  if (!track) return track.error();
  const int reference = options.referenceFrame;
  if (reference < 0 || reference >= int(track->frames.size()))
    return makeError("reference frame " + std::to_string(reference) + " is outside the driving clip (" +
                     std::to_string(track->frames.size()) + " frames)");
  const SourceFace& source = *portrait;
  if (auto ready = renderer.setSource(source); !ready) return ready.error();
  auto reader = VideoReader::open(drivingPath, PixelLayout::Rgb);
  if (!reader) return reader.error();

  LandmarkProbe driverProbe(model);
  Run full(model, TrackSource::Driving, TrackSource::Driving);
  Run poseOnly(model, TrackSource::Driving, TrackSource::Source);
  Run expressionOnly(model, TrackSource::Source, TrackSource::Driving);
  JitterMeter driverMeter, renderedMeter, requestedMeter;
  const ImageFrame portraitFrame{source.image.width, source.image.height};
  const Motion& driverReference = track->frames[reference].motion;

  auto scoreOne = [&](const VideoFrame& frame) -> Status {
    driverMeter.add(driverProbe.measure(frame.image, frame.time));
    const Run::Seen f = full.render(renderer, source, *track, reference, frame, report.checks);
    const Run::Seen p = poseOnly.render(renderer, source, *track, reference, frame, report.checks);
    const Run::Seen e = expressionOnly.render(renderer, source, *track, reference, frame, report.checks);
    renderedMeter.add(f.landmarks);
    requestedMeter.add(decodeLandmarks(canonicalFace(), f.target.expression, f.target.pose, portraitFrame));
    if (observer && f.image) observer(int(frame.index), frame.image, *f.image);
    const MotionFrame& driver = track->frames[std::min<std::size_t>(frame.index, track->frames.size() - 1)];
    if (driver.faceLost || !f.motion || !p.motion || !e.motion) return {};
    report.frames.push_back(
        scoreRow(int(frame.index), source.motion, driver.motion, driverReference, *f.motion, *p.motion, *e.motion));
    return {};
  };
  auto read = forEachSelectedFrame(**reader, options, std::int64_t(track->frames.size()), progress, scoreOne);
  if (!read) return read.error();

  report.framesRead = *read;
  summarizeFrames(report);
  report.renderedJitter = renderedMeter.jitter(), report.driverJitter = driverMeter.jitter();
  report.renderedShake = renderedMeter.shake(), report.driverShake = driverMeter.shake();
  report.requestedJitter = requestedMeter.jitter(), report.requestedShake = requestedMeter.shake();
  addWarnings(report.warnings, (*reader)->warnings());
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace marionette
