#pragma once

// The portrait's own mesh moved to a target pose and expression, and the
// surface the renderer draws it as.

#include <array>
#include <vector>

#include "core/base/face_mesh.h"
#include "core/base/geometry.h"
#include "core/motion/face_model.h"
#include "core/motion/motion.h"

namespace marionette {

using MeshPoints = std::array<Vec3, kMeshPointCount>;

// MediaPipe's triangles (they span the eyes and the mouth too: an opening
// mouth stretches the triangles between the lips, where the renderer paints
// the mouth's inside), every triangle wound so that it faces the camera when
// its signed image area is positive, and how far inside the outline each
// vertex lies.
struct MeshSurface {
  std::vector<std::array<int, 3>> triangles;
  // 0 on the face's outline, 1 from two edges in: where the mesh's picture
  // gives way to the warp around it.
  std::array<double, kMeshPointCount> inwardness{};
};
const MeshSurface& meshSurface();

// Signed area of a triangle in image coordinates (x right, y down); positive
// when it faces the camera in MeshSurface's winding.
double facingArea(Vec2 a, Vec2 b, Vec2 c);

// How far the mesh's skull-fixed points lie from the canonical face's once
// the pose is taken out (weighted RMS, face units): small for a face the
// tracker fitted well, large where occlusion or an extreme view bent it.
double rigidFitError(const MeshPoints& mesh, const HeadPose& pose, const ImageFrame& frame);

// Where each vertex of `sourceMesh` (the portrait's mesh in its own image:
// pixels, z in pixels growing away from the camera) goes when the face takes
// `target`'s pose and expression instead of `source`'s: x, y in image pixels
// and z a depth in pixels (smaller is nearer). The expression's change at the
// 68 points is spread over the vertices by a thin-plate spline laid on the
// canonical mesh, whose open lips keep the upper and lower lip apart.
MeshPoints moveMesh(const MeshPoints& sourceMesh, const Motion& source, const Motion& target, const ImageFrame& frame);

}  // namespace marionette
