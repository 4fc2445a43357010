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
  // Re-run the detector at least this often even when tracking looks fine
  // (on a region around the face; 1 or less: every frame).
  int redetectEveryFrames = 30;
  int faceIndex = 0;  // which face to follow when several are detected at the start
  // Used whenever the whole frame is searched (start, loss, drift).
  DetectOptions detect;
};

struct TrackedFrame {
  // nullopt when the face is lost in this frame. box follows the detector's
  // box convention; detectionScore is that of the detection the track last
  // confirmed against.
  std::optional<FaceObservation> face;
  bool redetected = false;  // the detector ran for this frame
};

// Follows one face through consecutive video frames: reuses the previous
// face region, re-detects only when the track is lost or drifts, and smooths
// landmarks over time. One tracker per video and thread; it keeps the state
// of the previous frame.
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
