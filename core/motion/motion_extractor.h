#pragma once

#include "core/base/landmarks.h"
#include "core/base/result.h"
#include "core/motion/expression_code.h"
#include "core/motion/face_model.h"
#include "core/motion/head_pose.h"
#include "core/motion/motion.h"

namespace marionette {

struct MotionSample {
  Motion motion;
  // 0..1: how well the rigid landmarks agree with a rigid head (1 = exactly).
  double confidence = 0;
  double rigidResidual = 0;  // RMS misfit of the rigid landmarks, face units
};

// Fits the head pose to the rigid landmarks (scaled orthographic camera,
// Gauss-Newton from a linear start), then reads the expression as each
// landmark's in-plane displacement with the pose undone.
class MotionExtractor {
 public:
  explicit MotionExtractor(const FaceShape3D& model);
  MotionExtractor();  // uses the canonical face

  Result<MotionSample> extract(const Landmarks& landmarks, const ImageFrame& frame) const;
  // A face with a dense mesh is read in 3D: the head pose is a weighted
  // similarity fitted to MediaPipe's rigid mesh points (depth included), the
  // expression each of the 68 points' offset once that pose is undone, and
  // the gaze where each iris sits between its eye's corners. A face without
  // one (a dlib fit) is read from its 68 landmarks as above.
  Result<MotionSample> extract(const FaceObservation& face, const ImageFrame& frame) const;
  Result<HeadPose> fitPose(const Landmarks& landmarks, const ImageFrame& frame) const;
  ExpressionCode expressionFor(const Landmarks& landmarks, const HeadPose& pose, const ImageFrame& frame) const;

  const FaceShape3D& model() const { return model_; }

 private:
  FaceShape3D model_;
};

}  // namespace marionette
