#include "core/base/landmarks.h"

namespace marionette {

// Chosen by anatomy (the mesh's silhouette for the jaw, its lid and lip
// contours for eyes and mouth) and checked against dlib's fits on the
// shared portraits (tests/core/neural): left and right are mirror pairs.
const std::array<int, kLandmarkCount>& meshIndicesFor68() {
  static const std::array<int, kLandmarkCount> indices = {
      127, 234, 93,  132, 58,  136, 149, 148, 152, 377, 378, 365, 288, 361, 323, 454, 356,  // jaw
      70,  63,  105, 66,  107, 336, 296, 334, 293, 300,                                     // brows
      168, 197, 5,   4,   75,  97,  2,   326, 305,                                          // nose
      33,  160, 158, 133, 153, 144, 362, 385, 387, 263, 373, 380,                           // eyes
      61,  39,  37,  0,   267, 269, 291, 405, 314, 17,  84,  181,                           // outer lips
      78,  82,  13,  312, 308, 317, 14,  87};                                               // inner lips
  return indices;
}

const std::array<int, kInnerLipRingSize>& meshInnerLipRing() {
  static const std::array<int, kInnerLipRingSize> ring = {78,  191, 80,  81,  82,  13, 312, 311, 310, 415,
                                                          308, 324, 318, 402, 317, 14, 87,  178, 88,  95};
  return ring;
}

Landmarks landmarksFromMesh(const FaceMesh& mesh) {
  Landmarks landmarks{};
  const auto& indices = meshIndicesFor68();
  for (int i = 0; i < kLandmarkCount; ++i) {
    const Vec3& p = mesh.points[static_cast<std::size_t>(indices[static_cast<std::size_t>(i)])];
    landmarks[static_cast<std::size_t>(i)] = {p.x, p.y};
  }
  return landmarks;
}

}  // namespace marionette
