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
  const double minCutoff = kLightCutoffHz * std::pow(kHeavyCutoffHz / kLightCutoffHz, strength);
  filters_.assign(2 * kLandmarkCount, OneEuroFilter(minCutoff, kBeta, kDerivativeCutoffHz));
}

Landmarks LandmarkSmoother::apply(const Landmarks& raw, double faceSize, double dtSeconds) {
  if (!enabled_) return raw;
  if (unit_ <= 0) {
    if (faceSize <= 0) return raw;
    unit_ = faceSize;
  }
  Landmarks out;
  for (int i = 0; i < kLandmarkCount; ++i) {
    out[i].x = filters_[2 * i].filter(raw[i].x / unit_, dtSeconds) * unit_;
    out[i].y = filters_[2 * i + 1].filter(raw[i].y / unit_, dtSeconds) * unit_;
  }
  return out;
}

void LandmarkSmoother::reset() {
  unit_ = 0;
  for (OneEuroFilter& f : filters_) f.reset();
}

}  // namespace marionette::face_detail
