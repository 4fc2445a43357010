#include "core/face/landmark_smoother.h"

#include <algorithm>
#include <cmath>

namespace marionette::face_detail {

namespace {

// Strength 0..1 moves the resting cutoff from barely filtering (about 0.6 of
// each new sample kept at 30 fps) to heavy filtering of a still face.
constexpr double kLightCutoffHz = 8.0;
constexpr double kHeavyCutoffHz = 0.3;
// Speed response in face sizes per second: a head turning at half a face per
// second raises the cutoff by 10 Hz, so real motion is not left behind, while
// the jitter of a still face barely moves it. Blinks are the fastest motion
// that matters; on the driving clips 20 keeps a blink's eye opening within
// ~6% of the inter-ocular distance of the unsmoothed value at full strength
// (12 leaves a still face ~25% steadier but damps blinks by ~9%).
constexpr double kBeta = 20.0;
constexpr double kDerivativeCutoffHz = 1.0;

}  // namespace

LandmarkSmoother::LandmarkSmoother(double strength) {
  strength = std::clamp(std::isfinite(strength) ? strength : 0.0, 0.0, 1.0);
  enabled_ = strength > 0;
  // Geometric interpolation: perceived smoothness follows the cutoff's ratio.
  minCutoff_ = kLightCutoffHz * std::pow(kHeavyCutoffHz / kLightCutoffHz, strength);
}

static_assert(sizeof(Vec2) == 2 * sizeof(double), "landmarks are filtered as one run of coordinates");

Landmarks LandmarkSmoother::apply(const Landmarks& raw, double faceSize, double dtSeconds) {
  Landmarks out = raw;
  applyInPlace(&out[0].x, 2 * kLandmarkCount, faceSize, dtSeconds);
  return out;
}

void LandmarkSmoother::applyInPlace(double* values, std::size_t count, double faceSize, double dtSeconds) {
  if (!enabled_) return;
  if (unit_ <= 0) {
    if (faceSize <= 0) return;
    unit_ = faceSize;
  }
  if (filters_.size() != count) filters_.assign(count, OneEuroFilter(minCutoff_, kBeta, kDerivativeCutoffHz));
  for (std::size_t i = 0; i < count; ++i) values[i] = filters_[i].filter(values[i] / unit_, dtSeconds) * unit_;
}

void LandmarkSmoother::reset() {
  unit_ = 0;
  for (OneEuroFilter& f : filters_) f.reset();
}

}  // namespace marionette::face_detail
