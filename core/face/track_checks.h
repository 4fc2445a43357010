#pragma once

// Internal to the face adapter: cheap per-frame tests that tell the tracker
// whether landmarks predicted from the previous frame still sit on a face.

#include <opencv2/core.hpp>

#include "core/base/landmarks.h"

namespace marionette::face_detail {

// Eyes apart, nose below the eyes, mouth below the nose, measured along the
// face's own axes so head roll does not matter; false when the shape has
// folded or collapsed, which is how the predictor fails off a face.
bool plausibleGeometry(const Landmarks& landmarks);

// False when some landmark lies further than `margin` (in face sizes) outside
// a width x height image: the predictor guesses there, and the guess drifts.
bool insideImage(const Landmarks& landmarks, int width, int height, double margin);

// A small zero-mean, unit-variance thumbnail of the face region, or an empty
// Mat when the region is flat (a blank frame has no face to follow).
cv::Mat facePatch(const cv::Mat& gray, const Landmarks& landmarks);

// Normalised cross-correlation of two patches from facePatch, in [-1, 1].
double patchCorrelation(const cv::Mat& a, const cv::Mat& b);

}  // namespace marionette::face_detail
