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

// MediaPipe's triangles over the mesh's vertices (0-based), as its canonical
// model lists them: one surface whose only edge is the face's outline.
const std::vector<std::array<int, 3>>& meshTriangles();

}  // namespace marionette
