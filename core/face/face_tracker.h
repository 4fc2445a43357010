#pragma once

#include <memory>
#include <optional>

#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/base/rational.h"
#include "core/face/face_detector.h"

namespace marionette {

struct TrackerOptions {
  // 0 = no smoothing; 1 = strong. Maps onto the one-euro filter's cutoff.
  double smoothing = 0.5;
  // Re-run the detector at least this often even when tracking looks fine.
  int redetectEveryFrames = 30;
  int faceIndex = 0;  // which face to follow when several are detected at the start
};

struct TrackedFrame {
  std::optional<FaceObservation> face;  // nullopt when the face is lost in this frame
  bool redetected = false;              // the detector ran for this frame
};

// Follows one face through consecutive video frames: reuses the previous
// face region, re-detects only when the track is lost or drifts, and smooths
// landmarks over time.
class FaceTracker {
 public:
  FaceTracker(std::shared_ptr<const LandmarkModel> model, TrackerOptions options);
  ~FaceTracker();

  TrackedFrame track(const Image& frame, Rational time);
  void reset();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marionette
