#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/base/rational.h"
#include "core/face/face_mesh.h"
#include "core/face/face_tracker.h"

namespace marionette {

// Every face in a still image with its dense mesh and irises, its 68
// landmarks read from the mesh, preferred first (largest and most central).
std::vector<FaceObservation> detectMeshFaces(const FaceMeshNetworks& networks, const Image& image);

// Follows one face through a video as MediaPipe does: the detector runs on
// the first frame and whenever the mesh network's own confidence drops; in
// between, each frame's region comes from the previous frame's mesh. Mesh and
// irises are smoothed over time with a one-euro filter scaled to the face.
class MeshTracker {
 public:
  MeshTracker(std::shared_ptr<const FaceMeshNetworks> networks, TrackerOptions options);
  ~MeshTracker();

  TrackedFrame track(const Image& frame, Rational time);
  // track() in two: the mesh and the next frame's region now; the irises,
  // smoothing and landmarks in the returned function (see VideoFaceTracker).
  std::function<TrackedFrame()> trackInTwo(const Image& frame, Rational time);
  void reset();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marionette
