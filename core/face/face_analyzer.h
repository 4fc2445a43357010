#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/base/rational.h"
#include "core/face/face_mesh.h"
#include "core/face/face_tracker.h"
#include "core/face/landmark_model.h"
#include "core/motion/face_model.h"

namespace marionette {

// Follows one face through consecutive frames of one video.
class VideoFaceTracker {
 public:
  virtual ~VideoFaceTracker() = default;
  virtual TrackedFrame track(const Image& frame, Rational time) = 0;

  // The same split in two: the part the next frame depends on runs now; the
  // returned rest may run on another thread beside the next frame's first
  // part. Rests must be run in frame order, each before the next is started.
  using FinishFrame = std::function<TrackedFrame()>;
  virtual FinishFrame trackInTwo(const Image& frame, Rational time) {
    TrackedFrame done = track(frame, time);
    return [done] { return done; };
  }
};

// What finds faces in stills and follows them in videos. The pipeline uses
// the MediaPipe mesh; dlib's 68-point model stays only as the independent
// reader that `evaluate` judges outputs with, so a judge never shares a model
// with what it judges.
class FaceAnalyzer {
 public:
  virtual ~FaceAnalyzer() = default;
  // Every face, preferred first (largest and most central).
  virtual std::vector<FaceObservation> detectAll(const Image& image) const = 0;
  virtual std::unique_ptr<VideoFaceTracker> startTracking(const TrackerOptions& options) const = 0;
  virtual std::string name() const = 0;
  // The neutral 3D face its 68 landmarks are read against (the points of
  // one model mean slightly different things from the other's).
  virtual const FaceShape3D& landmarkShape() const = 0;
};

std::shared_ptr<const FaceAnalyzer> meshFaceAnalyzer(std::shared_ptr<const FaceMeshNetworks> networks);
std::shared_ptr<const FaceAnalyzer> dlibFaceAnalyzer(std::shared_ptr<const LandmarkModel> model);

}  // namespace marionette
