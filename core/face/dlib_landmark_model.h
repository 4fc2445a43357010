#pragma once

// Internal to the face adapter: the concrete model behind LandmarkModel. Only
// the adapter's .cpp files include this, so dlib never reaches other layers.

#include <dlib/image_processing/frontal_face_detector.h>

#include <string>
#include <vector>

#include "core/face/fast_shape_predictor.h"
#include "core/face/landmark_model.h"

namespace marionette::face_detail {

class DlibLandmarkModel final : public LandmarkModel {
 public:
  DlibLandmarkModel(std::string path, FastShapePredictor predictor, dlib::frontal_face_detector detector,
                    std::vector<Vec2> meanShape);

  const std::string& path() const override { return path_; }
  std::vector<Vec2> meanShape() const override { return meanShape_; }

  // fit() is const and keeps no state, so one predictor serves every thread.
  const FastShapePredictor& predictor() const { return predictor_; }
  // The detector's scanner keeps per-image buffers, so each user takes its own
  // copy of this prototype instead of sharing it.
  const dlib::frontal_face_detector& detectorPrototype() const { return detector_; }

 private:
  std::string path_;
  FastShapePredictor predictor_;
  dlib::frontal_face_detector detector_;
  std::vector<Vec2> meanShape_;
};

// The dlib model behind `model`; throws std::invalid_argument for any other
// LandmarkModel, since that is a wiring bug rather than an expected failure.
const DlibLandmarkModel& asDlibModel(const std::shared_ptr<const LandmarkModel>& model);

}  // namespace marionette::face_detail
