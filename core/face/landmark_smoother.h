#pragma once

// Internal to the face adapter: temporal smoothing of tracked landmarks.

#include <vector>

#include "core/base/landmarks.h"
#include "core/base/one_euro_filter.h"

namespace marionette::face_detail {

// One one-euro filter per landmark coordinate. Coordinates are divided by
// the face size captured when a track segment starts, so the filter's speed
// term (pixels per second would mean something else for a 60-pixel face than
// for a 600-pixel one) acts the same at every face size.
class LandmarkSmoother {
 public:
  // strength in [0, 1]: 0 passes landmarks through untouched.
  explicit LandmarkSmoother(double strength);

  Landmarks apply(const Landmarks& raw, double faceSize, double dtSeconds);
  // The same for any fixed number of coordinates (a mesh's x, y and z).
  void applyInPlace(double* values, std::size_t count, double faceSize, double dtSeconds);
  // Starts a new segment: the next sample passes through and seeds the filters.
  void reset();

 private:
  bool enabled_ = false;
  double minCutoff_ = 0;
  double unit_ = 0;  // face size of the current segment; 0 before its first sample
  std::vector<OneEuroFilter> filters_;
};

}  // namespace marionette::face_detail
