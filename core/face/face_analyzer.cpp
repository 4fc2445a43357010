#include "core/face/face_analyzer.h"

#include "core/face/face_detector.h"
#include "core/face/mesh_tracker.h"
#include "core/motion/canonical_face.h"

namespace marionette {

namespace {

template <class Tracker>
class TrackerAdapter final : public VideoFaceTracker {
 public:
  template <class Model>
  TrackerAdapter(Model model, const TrackerOptions& options) : tracker_(std::move(model), options) {}
  TrackedFrame track(const Image& frame, Rational time) override { return tracker_.track(frame, time); }
  FinishFrame trackInTwo(const Image& frame, Rational time) override {
    if constexpr (std::is_same_v<Tracker, MeshTracker>) return tracker_.trackInTwo(frame, time);
    return VideoFaceTracker::trackInTwo(frame, time);
  }

 private:
  Tracker tracker_;
};

class MeshFaceAnalyzer final : public FaceAnalyzer {
 public:
  explicit MeshFaceAnalyzer(std::shared_ptr<const FaceMeshNetworks> networks) : networks_(std::move(networks)) {}
  std::vector<FaceObservation> detectAll(const Image& image) const override {
    return detectMeshFaces(*networks_, image);
  }
  std::unique_ptr<VideoFaceTracker> startTracking(const TrackerOptions& options) const override {
    return std::make_unique<TrackerAdapter<MeshTracker>>(networks_, options);
  }
  std::string name() const override { return "MediaPipe face mesh"; }
  const FaceShape3D& landmarkShape() const override { return canonicalFace(); }

 private:
  std::shared_ptr<const FaceMeshNetworks> networks_;
};

class DlibFaceAnalyzer final : public FaceAnalyzer {
 public:
  explicit DlibFaceAnalyzer(std::shared_ptr<const LandmarkModel> model) : model_(std::move(model)) {}
  std::vector<FaceObservation> detectAll(const Image& image) const override {
    return FaceDetector(model_).detectAll(image);
  }
  std::unique_ptr<VideoFaceTracker> startTracking(const TrackerOptions& options) const override {
    return std::make_unique<TrackerAdapter<FaceTracker>>(model_, options);
  }
  std::string name() const override { return "dlib 68-point"; }
  const FaceShape3D& landmarkShape() const override { return dlibCanonicalFace(); }

 private:
  std::shared_ptr<const LandmarkModel> model_;
};

}  // namespace

std::shared_ptr<const FaceAnalyzer> meshFaceAnalyzer(std::shared_ptr<const FaceMeshNetworks> networks) {
  return std::make_shared<MeshFaceAnalyzer>(std::move(networks));
}

std::shared_ptr<const FaceAnalyzer> dlibFaceAnalyzer(std::shared_ptr<const LandmarkModel> model) {
  return std::make_shared<DlibFaceAnalyzer>(std::move(model));
}

}  // namespace marionette
