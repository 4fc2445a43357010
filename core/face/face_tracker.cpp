#include "core/face/face_tracker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "core/face/detection_pipeline.h"
#include "core/face/dlib_landmark_model.h"
#include "core/face/landmark_smoother.h"
#include "core/face/track_checks.h"

namespace marionette {

namespace {

using face_detail::Detection;

// Per-frame health limits, with wide margins over what the driving clips
// show. There the landmark box changes size by at most 5% between frames; a
// fit that grows or shrinks by a quarter has slipped off the face.
constexpr double kMaxSizeChange = 1.25;
constexpr double kMaxOutsideImage = 0.1;  // in face sizes
// Consecutive thumbnails of a tracked face correlate at 0.92 or more, even
// through blinks, a wide-open mouth and fast turns; a cut to another shot or a
// fit on the background falls well below.
constexpr double kMinPatchCorrelation = 0.7;
// The periodic check searches a region this many box sides wide around the face.
constexpr double kVerifyRegion = 1.8;
constexpr double kConfirmOverlap = 0.3;
// A detection whose centre is within this many box sides of the track's but
// that overlaps it less than kConfirmOverlap is the same face, badly fitted.
constexpr double kDriftDistance = 0.5;
// A re-detection that moves the landmarks further than this (in face sizes)
// is a jump, and smoothing across it would only drag the old position along.
constexpr double kJumpDistance = 0.1;

// The shape predictor expects the detector's box, not the landmarks' bounding
// box. Their relation (a scale and an offset) is measured on each detection
// and reused while tracking. The box stays square like the detector's, so the
// predictor's start shape is not squashed when a head turn narrows the
// landmark box; sizing it by the geometric mean of that box's sides lets such
// a turn shrink it by only the square root of the narrowing.
class BoxCalibration {
 public:
  void measure(const Rect& detection, const Rect& bounds) {
    const double unit = size(bounds);
    if (unit <= 0) return;
    scale_ = std::sqrt(detection.area()) / unit;
    offset_ = (detection.center() - bounds.center()) * (1.0 / unit);
  }
  Rect boxFor(const Rect& bounds) const {
    const double unit = size(bounds);
    const double side = scale_ * unit;
    const Vec2 centre = bounds.center() + offset_ * unit;
    return {centre.x - side / 2, centre.y - side / 2, side, side};
  }
  static double size(const Rect& bounds) { return std::sqrt(std::max(0.0, bounds.width * bounds.height)); }

 private:
  double scale_ = 1.3;  // replaced by the first detection
  Vec2 offset_;
};

double meanDistance(const Landmarks& a, const Landmarks& b) {
  double sum = 0;
  for (int i = 0; i < kLandmarkCount; ++i) sum += (a[i] - b[i]).norm();
  return sum / kLandmarkCount;
}

}  // namespace

struct FaceTracker::Impl {
  Impl(std::shared_ptr<const LandmarkModel> m, TrackerOptions o)
      : model(std::move(m)),
        dlibModel(face_detail::asDlibModel(model)),
        options(o),
        finder(dlibModel.detectorPrototype()),
        smoother(o.smoothing) {}

  TrackedFrame track(const Image& frame, Rational time);
  std::optional<Landmarks> follow(const cv::Mat& gray);
  std::optional<Landmarks> verify(const cv::Mat& gray, const Landmarks& tracked);
  std::optional<Landmarks> acquire(const cv::Mat& gray, int width, int height);
  Landmarks startFrom(const cv::Mat& gray, const Detection& detection);
  void loseTrack();
  void reset();

  std::shared_ptr<const LandmarkModel> model;  // keeps dlibModel alive
  const face_detail::DlibLandmarkModel& dlibModel;
  TrackerOptions options;
  face_detail::HogFaceFinder finder;
  face_detail::GrayFrame gray;
  face_detail::LandmarkSmoother smoother;
  BoxCalibration calibration;

  std::optional<Landmarks> previous;  // unsmoothed: smoothing lag must not steer the next fit
  cv::Mat previousPatch;
  std::optional<Vec2> lastCentre;  // survives a loss, so re-detection can prefer the same face
  std::optional<Rational> lastTime;
  int framesSinceDetection = 0;
  double lastScore = 0;
  int width = 0, height = 0;
};

TrackedFrame FaceTracker::Impl::track(const Image& frame, Rational time) {
  TrackedFrame out;
  const double dt = lastTime ? (time - *lastTime).toDouble() : 0.0;
  lastTime = time;
  // A jump back in time is a seek: the filters' history no longer applies.
  if (dt <= 0) smoother.reset();
  const cv::Mat& mat = gray.update(frame);
  if (mat.empty()) {
    loseTrack();
    return out;
  }
  if (frame.width != width || frame.height != height) {
    // A different frame size is a different video: positions no longer carry over.
    reset();
    lastTime = time;
    width = frame.width, height = frame.height;
  }

  std::optional<Landmarks> raw;
  if (previous) {
    raw = follow(mat);
    if (raw && ++framesSinceDetection >= options.redetectEveryFrames) {
      out.redetected = true;
      raw = verify(mat, *raw);
    }
  }
  if (!raw) {
    out.redetected = true;
    raw = acquire(mat, frame.width, frame.height);
  }
  if (!raw) {
    loseTrack();
    return out;
  }

  previous = *raw;
  const Rect bounds = face_detail::landmarkBounds(*raw);
  lastCentre = bounds.center();
  const Landmarks smooth = smoother.apply(*raw, BoxCalibration::size(bounds), dt);
  out.face = FaceObservation{calibration.boxFor(face_detail::landmarkBounds(smooth)), smooth, lastScore};
  return out;
}

// Fits in the box implied by the previous landmarks and accepts the result
// only if it still looks like the same face.
std::optional<Landmarks> FaceTracker::Impl::follow(const cv::Mat& mat) {
  const Rect before = face_detail::landmarkBounds(*previous);
  const Landmarks fitted = dlibModel.predictor().fit(mat, calibration.boxFor(before));
  const Rect after = face_detail::landmarkBounds(fitted);

  const double growth = BoxCalibration::size(after) / std::max(1e-9, BoxCalibration::size(before));
  if (growth > kMaxSizeChange || growth < 1 / kMaxSizeChange) return std::nullopt;
  if (!face_detail::insideImage(fitted, mat.cols, mat.rows, kMaxOutsideImage)) return std::nullopt;
  if (!face_detail::plausibleGeometry(fitted)) return std::nullopt;
  cv::Mat patch = face_detail::facePatch(mat, fitted);
  if (face_detail::patchCorrelation(patch, previousPatch) < kMinPatchCorrelation) return std::nullopt;
  previousPatch = std::move(patch);
  return fitted;
}

// The periodic check, run on a region around the face rather than the whole
// frame. The frontal HOG detector misses strongly turned or pitched heads, so
// its silence alone does not end a track that passes the per-frame checks.
// A detection close to the track but not on it means the fit slid off the
// face and restarts from the detection; one further away is someone else.
std::optional<Landmarks> FaceTracker::Impl::verify(const cv::Mat& mat, const Landmarks& tracked) {
  framesSinceDetection = 0;
  const Rect box = calibration.boxFor(face_detail::landmarkBounds(tracked));
  const double grow = (kVerifyRegion - 1) / 2;
  const Rect region{box.x - grow * box.width, box.y - grow * box.height, box.width * kVerifyRegion,
                    box.height * kVerifyRegion};
  const std::vector<Detection> found = finder.findNear(mat, region, box.width, options.detect.threshold);
  const auto distance = [&](const Detection& d) { return (d.box.center() - box.center()).norm(); };
  const auto nearest = std::min_element(
      found.begin(), found.end(), [&](const Detection& a, const Detection& b) { return distance(a) < distance(b); });
  if (nearest == found.end()) return tracked;
  if (face_detail::overlap(nearest->box, box) >= kConfirmOverlap) {
    lastScore = nearest->score;
    return tracked;
  }
  if (distance(*nearest) < kDriftDistance * box.width) return startFrom(mat, *nearest);
  return tracked;
}

// Full-frame detection: at the start it takes options.faceIndex in the usual
// preference order; later it takes the face nearest the last known position.
std::optional<Landmarks> FaceTracker::Impl::acquire(const cv::Mat& mat, int frameWidth, int frameHeight) {
  std::vector<Detection> found = finder.findAll(mat, options.detect);
  if (found.empty()) return std::nullopt;

  const Detection* chosen = nullptr;
  if (lastCentre) {
    double nearest = std::numeric_limits<double>::infinity();
    for (const Detection& d : found) {
      const double distance = (d.box.center() - *lastCentre).norm();
      if (distance < nearest) nearest = distance, chosen = &d;
    }
  } else {
    std::stable_sort(found.begin(), found.end(), [&](const Detection& a, const Detection& b) {
      return face_detail::preferenceScore(a.box, frameWidth, frameHeight) >
             face_detail::preferenceScore(b.box, frameWidth, frameHeight);
    });
    if (options.faceIndex < 0 || options.faceIndex >= static_cast<int>(found.size())) return std::nullopt;
    chosen = &found[static_cast<std::size_t>(options.faceIndex)];
  }
  return startFrom(mat, *chosen);
}

Landmarks FaceTracker::Impl::startFrom(const cv::Mat& mat, const Detection& detection) {
  const Landmarks fitted = dlibModel.predictor().fit(mat, detection.box);
  const Rect bounds = face_detail::landmarkBounds(fitted);
  calibration.measure(detection.box, bounds);
  if (!previous || meanDistance(*previous, fitted) > kJumpDistance * BoxCalibration::size(bounds)) smoother.reset();
  previousPatch = face_detail::facePatch(mat, fitted);
  framesSinceDetection = 0;
  lastScore = detection.score;
  return fitted;
}

void FaceTracker::Impl::loseTrack() {
  previous.reset();
  previousPatch.release();
  smoother.reset();
}

void FaceTracker::Impl::reset() {
  loseTrack();
  lastCentre.reset();
  lastTime.reset();
  framesSinceDetection = 0;
  lastScore = 0;
  width = height = 0;
}

FaceTracker::FaceTracker(std::shared_ptr<const LandmarkModel> model, TrackerOptions options)
    : impl_(std::make_unique<Impl>(std::move(model), options)) {}

FaceTracker::~FaceTracker() = default;

TrackedFrame FaceTracker::track(const Image& frame, Rational time) { return impl_->track(frame, time); }

void FaceTracker::reset() { impl_->reset(); }

}  // namespace marionette
