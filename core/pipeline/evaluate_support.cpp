#include "core/pipeline/evaluate_support.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/media/image_io.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/quality/landmark_metrics.h"

namespace marionette::evaluate_detail {

namespace {

constexpr double kFaceBoxMargin = 0.2;
// More new black than a mouth cavity could ever add (about 1% of a face-filling frame).
constexpr double kMaxNewlyDark = 0.05;

TrackerOptions unsmoothed() {
  TrackerOptions options;
  options.smoothing = 0;
  return options;
}

}  // namespace

LandmarkProbe::LandmarkProbe(const FaceAnalyzer& reader) : tracker_(reader.startTracking(unsmoothed())) {}

std::optional<Landmarks> LandmarkProbe::measure(const Image& frame, Rational time) {
  TrackedFrame tracked = tracker_->track(frame, time);
  if (!tracked.face) return std::nullopt;
  return tracked.face->landmarks;
}

PixelBox faceBox(const Landmarks& landmarks, int width, int height) {
  double x0 = landmarks[0].x, x1 = x0, y0 = landmarks[0].y, y1 = y0;
  for (const Vec2& p : landmarks) {
    x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
    y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
  }
  const double mx = kFaceBoxMargin * (x1 - x0), my = kFaceBoxMargin * (y1 - y0);
  PixelBox box{int(std::floor(x0 - mx)), int(std::floor(y0 - my)), int(std::ceil(x1 + mx)), int(std::ceil(y1 + my))};
  box.x0 = std::clamp(box.x0, 0, width), box.x1 = std::clamp(box.x1, box.x0, width);
  box.y0 = std::clamp(box.y0, 0, height), box.y1 = std::clamp(box.y1, box.y0, height);
  return box;
}

FrameScores scoreFrame(const Image& image, const Image& real, const std::optional<Landmarks>& imageLandmarks,
                       const std::optional<Landmarks>& realLandmarks) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  FrameScores s;
  s.psnr = psnr(image, real);
  s.ssim = meanSsim(image, real);
  s.facePsnr = s.faceSsim = s.nme = kNaN;
  if (realLandmarks) {
    const PixelBox box = faceBox(*realLandmarks, real.width, real.height);
    if (box.width() > 0 && box.height() > 0) {
      s.facePsnr = psnr(image, real, box);
      s.faceSsim = meanSsim(image, real, box);
    }
    if (imageLandmarks) s.nme = normalizedMeanError(*imageLandmarks, *realLandmarks);
  }
  return s;
}

double channelDeviation(const ExpressionCode& a, const ExpressionCode& b) {
  const auto ca = readChannels(a), cb = readChannels(b);
  double sum = 0;
  int count = 0;
  for (int k = 0; k < kExpressionChannelCount; ++k) {
    // Gaze is in degrees and the 68-point reader cannot see it: reported apart.
    const auto channel = static_cast<ExpressionChannel>(k);
    if (channel == ExpressionChannel::GazeX || channel == ExpressionChannel::GazeY) continue;
    sum += std::abs(ca[k] - cb[k]);
    ++count;
  }
  return sum / count;
}

std::optional<Image> renderChecked(Renderer& renderer, const Motion& target, const Image& portrait,
                                   OutputChecks& checks) {
  auto frame = renderer.render(target, RenderView::wholeImage(portrait));
  if (!frame) {
    ++checks.renderFailures;
    return std::nullopt;
  }
  if (newlyDarkFraction(*frame, portrait) > kMaxNewlyDark) ++checks.darkFrames;
  return std::move(*frame);
}

Result<MotionTrack> trackDriver(const std::string& path, std::shared_ptr<const FaceAnalyzer> model,
                                const EvaluateOptions& options, const EvaluateProgress& progress,
                                std::vector<std::string>& warnings) {
  TrackVideoReport report;
  auto tracking = [&](int done, std::int64_t total) {
    return !progress || progress(EvaluatePhase::Tracking, done, total);
  };
  auto track = trackVideo(path, std::move(model), options.tracking, tracking, &report);
  if (!track) return track.error();
  warnings.insert(warnings.end(), report.warnings.begin(), report.warnings.end());
  if (report.framesWithoutFace > 0)
    warnings.push_back(std::to_string(report.framesWithoutFace) +
                       " driving frames had no face (filled from neighbours)");
  return track;
}

void addWarnings(std::vector<std::string>& into, const std::vector<std::string>& more) {
  for (const std::string& warning : more)
    if (std::find(into.begin(), into.end(), warning) == into.end()) into.push_back(warning);
}

Result<int> forEachSelectedFrame(VideoReader& reader, const EvaluateOptions& options, std::int64_t trackFrames,
                                 const EvaluateProgress& progress, const FrameVisitor& visit) {
  const int every = std::max(1, options.every);
  const std::int64_t limit =
      options.maxFrames > 0 ? std::min<std::int64_t>(options.maxFrames, trackFrames) : trackFrames;
  const std::int64_t expected = (limit + every - 1) / every;
  int read = 0, visited = 0;
  while (true) {
    auto next = reader.next();
    if (!next) return next.error();
    if (!next->has_value()) break;
    const VideoFrame& frame = **next;
    if (frame.index >= limit) break;
    read = int(frame.index) + 1;
    if (frame.index % every != 0) continue;
    if (auto status = visit(frame); !status) return status.error();
    ++visited;
    if (progress && !progress(EvaluatePhase::Scoring, visited, expected)) return makeError("cancelled");
  }
  return read;
}

Result<SourceFace> loadPortrait(const std::string& path, std::shared_ptr<const FaceAnalyzer> model, int faceIndex) {
  auto loaded = loadImage(path);
  if (!loaded) return loaded.error();
  auto analysis = analyzePortrait(loaded->image, std::move(model), faceIndex);
  if (!analysis) return makeError("'" + path + "': " + analysis.error().message);
  return sourceFaceFrom(std::move(loaded->image), *analysis);
}

}  // namespace marionette::evaluate_detail
