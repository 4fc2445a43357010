#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/base/result.h"
#include "core/face/landmark_model.h"

namespace marionette {

struct DetectOptions {
  // Faces smaller than this (pixels, box side) trigger a 2x pyramid_up pass.
  int minFaceSize = 80;
  // Added to the HOG detector's decision threshold: below 0 finds harder
  // faces (strong turns, paintings) at the price of more false positives.
  double threshold = 0.0;
};

// Finds every face in a still image and fits 68 landmarks to each.
// One instance may be shared between threads (calls are serialised inside);
// give each thread its own instance for parallel detection.
class FaceDetector {
 public:
  explicit FaceDetector(std::shared_ptr<const LandmarkModel> model);
  ~FaceDetector();

  // All faces, ordered by preference: largest and most central first.
  // An image with no face gives an empty vector, not an error.
  std::vector<FaceObservation> detectAll(const Image& image, const DetectOptions& options = {}) const;

  // Landmarks inside a known box (no detection); used by the tracker.
  Landmarks fitLandmarks(const Image& image, const Rect& box) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Picks face `index` (0 = preferred) or explains why it cannot.
Result<FaceObservation> chooseFace(const std::vector<FaceObservation>& faces, int index);

}  // namespace marionette
