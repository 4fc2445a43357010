#pragma once

#include <array>
#include <vector>

#include "core/base/face_mesh.h"
#include "core/base/geometry.h"

namespace marionette {

// The MediaPipe canonical face mesh in canonicalFace()'s frame and units
// (see app/tools/make_canonical_face.cpp).
const std::array<Vec3, kMeshPointCount>& canonicalMesh();

// MediaPipe's weighted rigid landmarks: the mesh points that move with the
// skull, and how much each counts when the head pose is fitted.
struct RigidWeight {
  int index;
  double weight;
};
const std::vector<RigidWeight>& meshRigidWeights();

}  // namespace marionette
