#pragma once

#include <array>
#include <optional>

#include "core/base/face_mesh.h"
#include "core/base/geometry.h"

namespace marionette {

// The 68-point iBUG/dlib layout: jaw 0-16, brows 17-26, nose 27-35,
// eyes 36-47 (36-41 the subject's right eye, image left), mouth 48-67.
constexpr int kLandmarkCount = 68;
using Landmarks = std::array<Vec2, kLandmarkCount>;

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;
  Vec2 center() const { return {x + width / 2, y + height / 2}; }
  double area() const { return width * height; }
};

// One face seen in one image: where it is and its 68 landmarks in pixels.
struct FaceObservation {
  Rect box;
  Landmarks landmarks{};
  double detectionScore = 0;  // detector confidence; higher is surer
  // The dense mesh the landmarks were read from, when the mesh tracker found
  // the face (dlib's fits have none).
  std::optional<FaceMesh> mesh;
};

// The mesh points that stand for dlib's 68 (jaw, brows, nose, eyes, lips),
// so code written for the 68-point layout reads a mesh too.
const std::array<int, kLandmarkCount>& meshIndicesFor68();
// The mesh's inner lip as a ring: the image-left corner first, the upper lip
// to the other corner (index kInnerLipRingRightCorner), the lower lip back.
constexpr int kInnerLipRingSize = 20, kInnerLipRingRightCorner = 10;
const std::array<int, kInnerLipRingSize>& meshInnerLipRing();
Landmarks landmarksFromMesh(const FaceMesh& mesh);

}  // namespace marionette
