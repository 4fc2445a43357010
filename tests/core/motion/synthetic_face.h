#pragma once

#include <random>

#include "core/motion/canonical_face.h"
#include "core/motion/face_model.h"

namespace marionette::testing {

// Landmarks of the canonical face with a known pose and expression, as a
// camera would see them, optionally with Gaussian pixel noise.
inline Landmarks syntheticLandmarks(const HeadPose& pose, const ExpressionCode& expression, const ImageFrame& frame,
                                    double noisePixels = 0, unsigned seed = 1) {
  Landmarks points = decodeLandmarks(canonicalFace(), expression, pose, frame);
  if (noisePixels > 0) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, noisePixels);
    for (Vec2& p : points) p = p + Vec2{noise(rng), noise(rng)};
  }
  return points;
}

}  // namespace marionette::testing
