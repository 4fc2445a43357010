#pragma once

#include <array>

#include "core/base/geometry.h"
#include "core/base/landmarks.h"

namespace marionette {

// The neutral 68-point face in 3D (see app/tools/make_canonical_face.cpp for
// how it is built). Units: outer eye corners one apart; axes: x image-right,
// y image-down, z away from the camera; origin at the points' centroid.
const std::array<Vec3, kLandmarkCount>& canonicalFace();

}  // namespace marionette
