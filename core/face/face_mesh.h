#pragma once

// The networks that find the dense face (detector, mesh, iris). They live in
// the libtorch module (core/neural); this header is what the rest of the
// program sees of them.

#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/face_mesh.h"
#include "core/base/geometry.h"
#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/base/result.h"

namespace marionette {

// A face the detector found: its box and six key points (the subject's right
// eye, left eye, nose tip, mouth, right ear tragion, left ear tragion).
struct FaceCandidate {
  Rect box;
  std::array<Vec2, 6> keypoints{};
  double score = 0;
};

// The three networks. Stateless once loaded and safe to call from one
// thread at a time per instance.
class FaceMeshNetworks {
 public:
  virtual ~FaceMeshNetworks() = default;
  // Every face BlazeFace finds above `minimumScore`, best first.
  virtual std::vector<FaceCandidate> detect(const Image& frame, double minimumScore = 0.5) const = 0;
  // The mesh inside `region`, with both irises refined when `withIrises`.
  virtual FaceMesh mesh(const Image& frame, const RotatedSquare& region, bool withIrises = true) const = 0;
  // Adds both irises to a mesh found without them (what mesh() does when
  // asked), so a tracker can run it beside the next frame's mesh.
  virtual void addIrises(const Image& frame, FaceMesh& mesh) const = 0;
};

// Where the face models are: MARIONETTE_MODEL_DIR, beside the installed
// program (share/marionette/models), or the source tree's resources/models.
std::string faceModelFolder();
// Checks each model file (present, regular, pinned size and SHA-256) and
// says in one line what is wrong and how to install them.
Status checkFaceModelFiles(const std::string& folder);

}  // namespace marionette
