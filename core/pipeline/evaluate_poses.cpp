#include <chrono>
#include <cmath>
#include <limits>

#include "core/motion/motion_extractor.h"
#include "core/pipeline/evaluate_support.h"
#include "core/pipeline/reenactment_evaluation.h"
#include "core/quality/series_statistics.h"

namespace marionette {

using namespace evaluate_detail;

namespace {

constexpr double kMaxLimit = 90;

// The reader's pose of the one face in a still image; none without a face.
std::optional<Motion> readStill(const FaceAnalyzer& reader, const Image& image) {
  const auto faces = reader.detectAll(image);
  if (faces.empty()) return std::nullopt;
  MotionExtractor extractor(reader.landmarkShape());
  auto read = extractor.extract(faces[0].landmarks, {image.width, image.height});
  if (!read) return std::nullopt;
  return read->motion;
}

double largestAxisError(const EulerAngles& read, const EulerAngles& requested) {
  return std::max({std::abs(read.yaw - requested.yaw), std::abs(read.pitch - requested.pitch),
                   std::abs(read.roll - requested.roll)});
}

PoseSweepReport::Axis summarizeAxis(const std::vector<PoseSweepReport::Frame>& frames, double EulerAngles::*axis) {
  PoseSweepReport::Axis out;
  std::vector<double> requested, read;
  double errorSum = 0;
  for (const auto& f : frames) {
    ++out.requested;
    if (!f.read) continue;
    ++out.found;
    requested.push_back(f.requested.*axis);
    read.push_back((*f.read).*axis);
    errorSum += f.error;
    if (out.found == 1 || f.error > out.worstError) out.worstError = f.error, out.worstAt = f.requested.*axis;
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  out.slope = slopeThroughOrigin(requested, read);
  out.meanError = out.found > 0 ? errorSum / out.found : nan;
  if (out.found == 0) out.worstError = nan;
  return out;
}

// -limit, -limit + step, ..., 0, ..., limit (0 always included).
std::vector<double> anglesUpTo(double limit, double step) {
  std::vector<double> angles;
  const int steps = static_cast<int>(std::floor(limit / step + 1e-9));
  for (int i = -steps; i <= steps; ++i) angles.push_back(i * step);
  return angles;
}

}  // namespace

Result<PoseSweepReport> evaluatePoseSweep(const std::string& portraitPath, Renderer& renderer,
                                          const EvaluationModels& models, const PoseSweepOptions& options,
                                          const EvaluateProgress& progress, const FrameObserver& observer) {
  const auto started = std::chrono::steady_clock::now();
  for (double limit : {options.yawLimit, options.pitchLimit})
    if (!(limit >= 0 && limit <= kMaxLimit)) return makeError("a sweep's limits must be between 0 and 90 degrees");
  if (!(options.step > 0 && options.step <= kMaxLimit))
    return makeError("a sweep's step must be between 0 and 90 degrees");
  auto portrait = loadPortrait(portraitPath, models.tracker, 0);
  if (!portrait) return portrait.error();
  const SourceFace& source = *portrait;
  if (auto ready = renderer.setSource(source); !ready) return ready.error();
  const std::optional<Motion> portraitRead = readStill(*models.reader, source.image);
  if (!portraitRead)
    return makeError("the reader (" + models.reader->name() + ") finds no face in '" + portraitPath + "'");

  std::vector<EulerAngles> requests;
  for (double yaw : anglesUpTo(options.yawLimit, options.step)) requests.push_back({yaw, 0, 0});
  const std::size_t yawCount = requests.size();
  for (double pitch : anglesUpTo(options.pitchLimit, options.step)) requests.push_back({0, pitch, 0});

  PoseSweepReport report;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    PoseSweepReport::Frame frame;
    frame.requested = requests[i];
    Motion target = source.motion;
    // Turned in the camera's frame, as retargeting turns a portrait.
    target.pose.rotation = (HeadPose::rotationFromEuler(frame.requested) * source.motion.pose.rotation).normalized();
    const std::optional<Image> image = renderChecked(renderer, target, source.image, report.checks);
    frame.error = std::numeric_limits<double>::quiet_NaN();
    if (image) {
      if (const auto read = readStill(*models.reader, *image)) {
        frame.read = relativeRotation(read->pose.rotation, portraitRead->pose.rotation);
        frame.error = largestAxisError(*frame.read, frame.requested);
      } else {
        ++report.checks.facelessFrames;
      }
      if (observer) observer(static_cast<int>(i), source.image, *image);
    }
    report.frames.push_back(frame);
    if (progress && !progress(EvaluatePhase::Scoring, static_cast<int>(i + 1), std::int64_t(requests.size())))
      return makeError("cancelled");
  }
  const std::vector<PoseSweepReport::Frame> yawFrames(report.frames.begin(), report.frames.begin() + yawCount);
  const std::vector<PoseSweepReport::Frame> pitchFrames(report.frames.begin() + yawCount, report.frames.end());
  report.yaw = summarizeAxis(yawFrames, &EulerAngles::yaw);
  report.pitch = summarizeAxis(pitchFrames, &EulerAngles::pitch);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace marionette
