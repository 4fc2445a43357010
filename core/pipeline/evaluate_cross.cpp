#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "core/base/median.h"
#include "core/media/image_io.h"
#include "core/motion/canonical_face.h"
#include "core/motion/retarget.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/pipeline/evaluate_support.h"
#include "core/pipeline/reenactment_evaluation.h"
#include "core/quality/face_features.h"
#include "core/quality/landmark_metrics.h"
#include "core/quality/series_statistics.h"

namespace marionette {

using namespace evaluate_detail;

namespace {

// One of the three ways each frame is rendered, with its own landmark track.
class Run {
 public:
  Run(const FaceAnalyzer& reader, TrackSource pose, TrackSource expression)
      : probe_(reader), extractor_(reader.landmarkShape()) {
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
    std::optional<FaceFeatures> features;
  };
  Seen render(Renderer& renderer, const SourceFace& source, const MotionTrack& driver, const Motion& reference,
              const VideoFrame& frame, OutputChecks& checks) {
    Seen seen;
    seen.target = retargetFrame(source.motion, driver, reference, int(frame.index), options_);
    seen.image = renderChecked(renderer, seen.target, source.image, checks);
    if (!seen.image) return seen;
    seen.landmarks = probe_.measure(*seen.image, frame.time);
    if (seen.landmarks) {
      auto sample = extractor_.extract(*seen.landmarks, {seen.image->width, seen.image->height});
      if (sample) seen.motion = sample->motion;
      seen.features = measureFaceFeatures(*seen.landmarks, *seen.image);
    }
    if (!seen.motion) ++checks.facelessFrames;
    return seen;
  }

 private:
  RetargetOptions options_;
  LandmarkProbe probe_;
  MotionExtractor extractor_;
};

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
  row.expressionError =
      channelDeviation(full.expression - portrait.expression, driver.expression - driverReference.expression);
  const auto output = readChannels(full.expression - portrait.expression);
  const auto driven = readChannels(driver.expression - driverReference.expression);
  for (std::size_t k = 0; k < output.size(); ++k) {
    row.channelError[k] = std::abs(output[k] - driven[k]);
    row.driverChannelChange[k] = std::abs(driven[k]);
  }
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
  report.expressionError = meanOf(frames, &CrossReenactmentReport::Frame::expressionError);
  report.stillExpressionError = report.driverExpressionChange;
  for (const auto& f : frames) {
    for (std::size_t k = 0; k < f.channelError.size(); ++k) {
      report.channelError[k] += f.channelError[k] / double(frames.size());
      report.stillChannelError[k] += f.driverChannelChange[k] / double(frames.size());
    }
  }
}

// One feature's series, each as a change from its own rest.
FeatureFollowing followFeature(const std::vector<double>& output, const std::vector<double>& driver) {
  FeatureFollowing f;
  f.frames = int(output.size());
  if (output.empty()) {
    f.correlation = f.gain = f.meanError = f.stillError = std::numeric_limits<double>::quiet_NaN();
    return f;
  }
  f.correlation = pearsonCorrelation(output, driver);
  f.gain = slopeThroughOrigin(driver, output);
  double error = 0, still = 0;
  for (std::size_t i = 0; i < output.size(); ++i)
    error += std::abs(output[i] - driver[i]), still += std::abs(driver[i]);
  f.meanError = error / output.size();
  f.stillError = still / output.size();
  return f;
}

// What the reader measured on one driving frame and its full-motion output.
struct ReaderFrame {
  int index = 0;
  std::optional<Motion> driver;
  std::optional<FaceFeatures> driverFeatures;
  std::optional<Motion> full, poseOnly, expressionOnly;
  std::optional<FaceFeatures> fullFeatures;
};

}  // namespace

Result<CrossReenactmentReport> evaluateCrossReenactment(const std::string& portraitPath, const std::string& drivingPath,
                                                        Renderer& renderer, const EvaluationModels& models,
                                                        const EvaluateOptions& options,
                                                        const EvaluateProgress& progress,
                                                        const FrameObserver& observer) {
  const auto started = std::chrono::steady_clock::now();
  CrossReenactmentReport report;
  auto portrait = loadPortrait(portraitPath, models.tracker, 0);
  if (!portrait) return portrait.error();
  auto track = trackDriver(drivingPath, models.tracker, options, progress, report.warnings);
  if (!track) return track.error();
  if (options.referenceFrame && (*options.referenceFrame < 0 || *options.referenceFrame >= int(track->frames.size())))
    return makeError("reference frame " + std::to_string(*options.referenceFrame) + " is outside the driving clip (" +
                     std::to_string(track->frames.size()) + " frames)");
  const Motion reference = options.referenceFrame ? track->frames[std::size_t(*options.referenceFrame)].motion
                                                  : track->rest.value_or(restMotion(*track));
  const SourceFace& source = *portrait;
  if (auto ready = renderer.setSource(source); !ready) return ready.error();
  auto reader = VideoReader::open(drivingPath, PixelLayout::Rgb);
  if (!reader) return reader.error();

  // The reader's view of the portrait: the rest its outputs are compared from.
  const auto portraitFaces = models.reader->detectAll(source.image);
  if (portraitFaces.empty())
    return makeError("the reader (" + models.reader->name() + ") finds no face in '" + portraitPath + "'");
  MotionExtractor readerExtractor(models.reader->landmarkShape());
  const ImageFrame portraitFrame{source.image.width, source.image.height};
  auto portraitRead = readerExtractor.extract(portraitFaces[0].landmarks, portraitFrame);
  if (!portraitRead) return makeError("'" + portraitPath + "': " + portraitRead.error().message);
  const Motion portraitMotion = portraitRead->motion;
  const FaceFeatures portraitFeatures = measureFaceFeatures(portraitFaces[0].landmarks, source.image);

  LandmarkProbe driverProbe(*models.reader);
  Run full(*models.reader, TrackSource::Driving, TrackSource::Driving);
  Run poseOnly(*models.reader, TrackSource::Driving, TrackSource::Source);
  Run expressionOnly(*models.reader, TrackSource::Source, TrackSource::Driving);
  JitterMeter driverMeter, renderedMeter, requestedMeter;
  std::vector<ReaderFrame> seen;

  auto scoreOne = [&](const VideoFrame& frame) -> Status {
    ReaderFrame row;
    row.index = int(frame.index);
    const std::optional<Landmarks> driverLandmarks = driverProbe.measure(frame.image, frame.time);
    driverMeter.add(driverLandmarks);
    if (driverLandmarks) {
      if (auto read = readerExtractor.extract(*driverLandmarks, {frame.image.width, frame.image.height}))
        row.driver = read->motion;
      row.driverFeatures = measureFaceFeatures(*driverLandmarks, frame.image);
    }
    const Run::Seen f = full.render(renderer, source, *track, reference, frame, report.checks);
    const Run::Seen p = poseOnly.render(renderer, source, *track, reference, frame, report.checks);
    const Run::Seen e = expressionOnly.render(renderer, source, *track, reference, frame, report.checks);
    renderedMeter.add(f.landmarks);
    requestedMeter.add(decodeLandmarks(canonicalFace(), f.target.expression, f.target.pose, portraitFrame));
    if (observer && f.image) observer(int(frame.index), frame.image, *f.image);
    row.full = f.motion, row.poseOnly = p.motion, row.expressionOnly = e.motion;
    row.fullFeatures = f.features;
    seen.push_back(std::move(row));
    return {};
  };
  auto read = forEachSelectedFrame(**reader, options, std::int64_t(track->frames.size()), progress, scoreOne);
  if (!read) return read.error();

  // The driver's reference as the reader saw it: the same choice as the
  // product's (its rest over the scored frames, or the reference frame, else
  // the nearest frame the reader measured).
  MotionTrack readerTrack;
  std::vector<FaceFeatures> readerFeatures;
  const ReaderFrame* nearest = nullptr;
  for (const ReaderFrame& row : seen) {
    if (!row.driver) continue;
    readerTrack.frames.push_back({Rational(row.index), *row.driver, 1, false});
    readerFeatures.push_back(*row.driverFeatures);
    const int wanted = options.referenceFrame.value_or(0);
    if (!nearest || std::abs(row.index - wanted) < std::abs(nearest->index - wanted)) nearest = &row;
  }
  if (!nearest) return makeError("the reader (" + models.reader->name() + ") finds no face in '" + drivingPath + "'");
  Motion driverReference = *nearest->driver;
  FaceFeatures driverRest = *nearest->driverFeatures;
  if (!options.referenceFrame) {
    // The features rest on the same calm frames as the motion: a median over
    // the whole clip would take a performer who smiles through most of it as
    // resting with the mouth apart, and score the output against that.
    driverReference = restMotion(readerTrack);
    std::vector<double> mouths, eyes, gazes;
    for (std::size_t i : restFrameIndices(readerTrack)) {
      const FaceFeatures& f = readerFeatures[i];
      mouths.push_back(f.mouthOpening);
      eyes.push_back(f.eyeOpening);
      if (f.gaze) gazes.push_back(*f.gaze);
    }
    driverRest.mouthOpening = median(mouths);
    driverRest.eyeOpening = median(eyes);
    if (!gazes.empty()) driverRest.gaze = median(gazes);
  }
  std::vector<double> mouthOut, mouthDriver, eyesOut, eyesDriver, gazeOut, gazeDriver;
  for (const ReaderFrame& row : seen) {
    if (!row.driver || !row.full || !row.poseOnly || !row.expressionOnly) continue;
    report.frames.push_back(scoreRow(row.index, portraitMotion, *row.driver, driverReference, *row.full, *row.poseOnly,
                                     *row.expressionOnly));
    const FaceFeatures& out = *row.fullFeatures;
    const FaceFeatures& driver = *row.driverFeatures;
    mouthOut.push_back(out.mouthOpening - portraitFeatures.mouthOpening);
    mouthDriver.push_back(driver.mouthOpening - driverRest.mouthOpening);
    eyesOut.push_back(out.eyeOpening - portraitFeatures.eyeOpening);
    eyesDriver.push_back(driver.eyeOpening - driverRest.eyeOpening);
    if (out.gaze && driver.gaze && portraitFeatures.gaze && driverRest.gaze) {
      gazeOut.push_back(*out.gaze - *portraitFeatures.gaze);
      gazeDriver.push_back(*driver.gaze - *driverRest.gaze);
    }
  }
  report.mouthOpening = followFeature(mouthOut, mouthDriver);
  report.eyeOpening = followFeature(eyesOut, eyesDriver);
  report.gaze = followFeature(gazeOut, gazeDriver);

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
