#pragma once

#include <array>

#include "core/base/geometry.h"
#include "core/base/landmarks.h"

namespace marionette {

// The neutral 68-point face in 3D (see app/tools/make_canonical_face.cpp for
// how it is built). Units: outer eye corners one apart; axes: x image-right,
// y image-down, z away from the camera; origin at the points' centroid.
const std::array<Vec3, kLandmarkCount>& canonicalFace();

// The same for dlib's 68-point fits, whose points follow dlib's own
// conventions (the jaw on the visible outline, inner lips where dlib puts
// them): x and y from its predictor's mean shape, depth from the MediaPipe
// mesh. What the independent reader's landmarks are read against.
const std::array<Vec3, kLandmarkCount>& dlibCanonicalFace();

}  // namespace marionette
