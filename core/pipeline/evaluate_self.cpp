#include <algorithm>
#include <chrono>
#include <optional>

#include "core/motion/retarget.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/pipeline/evaluate_support.h"
#include "core/pipeline/reenactment_evaluation.h"
#include "core/quality/landmark_metrics.h"

namespace marionette {

using namespace evaluate_detail;

namespace {

ScoreSummary summarizeScores(const std::vector<SelfReenactmentReport::Frame>& frames,
                             FrameScores SelfReenactmentReport::Frame::*which) {
  std::vector<double> psnr, ssim, facePsnr, faceSsim, nme;
  for (const auto& f : frames) {
    const FrameScores& s = f.*which;
    psnr.push_back(s.psnr), ssim.push_back(s.ssim), facePsnr.push_back(s.facePsnr);
    faceSsim.push_back(s.faceSsim), nme.push_back(s.nme);
  }
  return {summarize(psnr), summarize(ssim), summarize(facePsnr), summarize(faceSsim), summarize(nme)};
}

// The clip's first frame, decoded in colour: the portrait.
Result<VideoFrame> firstFrame(VideoReader& reader, const std::string& path) {
  auto first = reader.next();
  if (!first) return first.error();
  if (!first->has_value()) return makeError("'" + path + "' contains no video frames");
  return std::move(**first);
}

}  // namespace

Result<SelfReenactmentReport> evaluateSelfReenactment(const std::string& drivingPath, Renderer& renderer,
                                                      const EvaluationModels& models, const EvaluateOptions& options,
                                                      const EvaluateProgress& progress, const FrameObserver& observer) {
  const auto started = std::chrono::steady_clock::now();
  SelfReenactmentReport report;
  auto track = trackDriver(drivingPath, models.tracker, options, progress, report.warnings);
  if (!track) return track.error();
  auto reader = VideoReader::open(drivingPath, PixelLayout::Rgb);
  if (!reader) return reader.error();
  auto first = firstFrame(**reader, drivingPath);
  if (!first) return first.error();

  const Image& portrait = first->image;
  auto analysis = analyzePortrait(portrait, models.tracker, options.tracking.tracker.faceIndex);
  if (!analysis) return makeError("frame 0 of '" + drivingPath + "': " + analysis.error().message);
  const SourceFace source = sourceFaceFrom(portrait, *analysis);
  if (auto ready = renderer.setSource(source); !ready) return ready.error();

  LandmarkProbe realProbe(*models.reader), renderedProbe(*models.reader);
  JitterMeter realMeter, renderedMeter;
  std::optional<Landmarks> stillLandmarks = realProbe.measure(portrait, first->time);
  realMeter.add(stillLandmarks);
  // Frame 0 starts the output's landmark track; it is not scored.
  if (auto own = renderChecked(renderer, source.motion, portrait, report.checks))
    renderedMeter.add(renderedProbe.measure(*own, first->time));

  const RetargetOptions relative;
  auto scoreOne = [&](const VideoFrame& frame) -> Status {
    const int index = int(frame.index);
    const Motion target = retargetFrame(source.motion, *track, 0, index, relative);
    std::optional<Image> rendered = renderChecked(renderer, target, portrait, report.checks);
    const std::optional<Landmarks> real = realProbe.measure(frame.image, frame.time);
    realMeter.add(real);
    if (!rendered) {
      renderedMeter.add(std::nullopt);  // no pair spans a failed frame
      return {};
    }
    const std::optional<Landmarks> seen = renderedProbe.measure(*rendered, frame.time);
    renderedMeter.add(seen);
    if (!seen) ++report.checks.facelessFrames;
    if (!real) ++report.realFacelessFrames;
    report.frames.push_back({index, scoreFrame(*rendered, frame.image, seen, real),
                             scoreFrame(portrait, frame.image, stillLandmarks, real)});
    if (observer) observer(index, frame.image, *rendered);
    return {};
  };
  auto read = forEachSelectedFrame(**reader, options, std::int64_t(track->frames.size()), progress, scoreOne);
  if (!read) return read.error();

  report.framesRead = std::max(1, *read);
  report.framesScored = int(report.frames.size());
  report.rendered = summarizeScores(report.frames, &SelfReenactmentReport::Frame::rendered);
  report.still = summarizeScores(report.frames, &SelfReenactmentReport::Frame::still);
  report.renderedJitter = renderedMeter.jitter(), report.realJitter = realMeter.jitter();
  report.renderedShake = renderedMeter.shake(), report.realShake = realMeter.shake();
  addWarnings(report.warnings, (*reader)->warnings());
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace marionette
