#include "core/face/face_detector.h"

#include <mutex>
#include <string>
#include <utility>

#include "core/face/detection_pipeline.h"
#include "core/face/dlib_landmark_model.h"

namespace marionette {

struct FaceDetector::Impl {
  explicit Impl(std::shared_ptr<const LandmarkModel> m)
      : model(std::move(m)), dlibModel(face_detail::asDlibModel(model)), finder(dlibModel.detectorPrototype()) {}

  std::shared_ptr<const LandmarkModel> model;  // keeps dlibModel alive
  const face_detail::DlibLandmarkModel& dlibModel;
  std::mutex mutex;  // guards the finder's reusable buffers
  face_detail::HogFaceFinder finder;
};

FaceDetector::FaceDetector(std::shared_ptr<const LandmarkModel> model)
    : impl_(std::make_unique<Impl>(std::move(model))) {}

FaceDetector::~FaceDetector() = default;

std::vector<FaceObservation> FaceDetector::detectAll(const Image& image, const DetectOptions& options) const {
  face_detail::GrayFrame gray;
  const cv::Mat& mat = gray.update(image);
  if (mat.empty()) return {};

  std::vector<face_detail::Detection> detections;
  {
    const std::lock_guard lock(impl_->mutex);
    detections = impl_->finder.findAll(mat, options);
  }
  std::vector<FaceObservation> faces;
  faces.reserve(detections.size());
  for (const face_detail::Detection& d : detections) {
    faces.push_back({d.box, impl_->dlibModel.predictor().fit(mat, d.box), d.score});
  }
  face_detail::sortByPreference(faces, image.width, image.height);
  return faces;
}

Landmarks FaceDetector::fitLandmarks(const Image& image, const Rect& box) const {
  face_detail::GrayFrame gray;
  return impl_->dlibModel.predictor().fit(gray.update(image), box);
}

Result<FaceObservation> chooseFace(const std::vector<FaceObservation>& faces, int index) {
  if (faces.empty()) return makeError("no face found in the image");
  const int count = static_cast<int>(faces.size());
  if (index < 0 || index >= count) {
    return makeError("face index " + std::to_string(index) + " out of range: " + std::to_string(count) +
                     (count == 1 ? " face found (0-0)" : " faces found (0-" + std::to_string(count - 1) + ")"));
  }
  return faces[static_cast<std::size_t>(index)];
}

}  // namespace marionette
