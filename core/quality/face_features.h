#pragma once

// What an independent reader sees of a face in one frame, from its 68
// landmarks (dlib's layout) and the picture: how open the mouth and eyes are
// and where the pupils sit. Scale-free, so two different faces compare.

#include <optional>

#include "core/base/image.h"
#include "core/base/landmarks.h"

namespace marionette {

struct FaceFeatures {
  double mouthOpening = 0;  // inner-lip gap over the outer-eye-corner distance
  double eyeOpening = 0;    // lid gap over eye width, both eyes averaged
  // Pupil position within the eye, horizontal, as a share of the eye's width
  // (0 centred, > 0 towards the image's right); none when the eyes are too
  // small or closed to find a pupil.
  std::optional<double> gaze;
};

FaceFeatures measureFaceFeatures(const Landmarks& landmarks, const Image& image);

}  // namespace marionette
