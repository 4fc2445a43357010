#include "core/face/mesh_tracker.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/face/detection_pipeline.h"
#include "core/face/landmark_smoother.h"

namespace marionette {

using face_detail::landmarkBounds;
using face_detail::preferenceScore;
using face_detail::sortByPreference;

namespace {

// The mesh network was trained on face regions about this much larger than
// the face itself (MediaPipe's landmark-to-region transform).
constexpr double kRegionScale = 1.5;
// Below this mesh confidence the region has lost the face: detect again.
constexpr double kMinimumMeshConfidence = 0.5;

double angleBetween(Vec2 from, Vec2 to) { return std::atan2(to.y - from.y, to.x - from.x); }

// A region for the mesh network from a detection: square on the box, turned
// so the eyes lie level.
RotatedSquare regionFromDetection(const FaceCandidate& face) {
  return {face.box.center(), std::max(face.box.width, face.box.height) * kRegionScale,
          angleBetween(face.keypoints[0], face.keypoints[1])};
}

// The next frame's region from this frame's mesh: the mesh's extent measured
// along the line through the outer eye corners.
RotatedSquare regionFromMesh(const FaceMesh& mesh) {
  const Vec3& right = mesh.points[mesh_index::kRightEyeOuter];
  const Vec3& left = mesh.points[mesh_index::kLeftEyeOuter];
  const double rotation = angleBetween({right.x, right.y}, {left.x, left.y});
  const double c = std::cos(rotation), s = std::sin(rotation);
  double minU = 1e300, maxU = -1e300, minV = 1e300, maxV = -1e300;
  for (const Vec3& p : mesh.points) {
    const double u = c * p.x + s * p.y, v = -s * p.x + c * p.y;
    minU = std::min(minU, u), maxU = std::max(maxU, u), minV = std::min(minV, v), maxV = std::max(maxV, v);
  }
  const double u = (minU + maxU) / 2, v = (minV + maxV) / 2;
  return {{c * u - s * v, s * u + c * v}, std::max(maxU - minU, maxV - minV) * kRegionScale, rotation};
}

FaceObservation observationFrom(const FaceMesh& mesh, double detectionScore) {
  FaceObservation face;
  face.landmarks = landmarksFromMesh(mesh);
  face.box = landmarkBounds(face.landmarks);
  face.detectionScore = detectionScore;
  face.mesh = mesh;
  return face;
}

double faceSize(const FaceMesh& mesh) {
  const Vec3& a = mesh.points[mesh_index::kRightEyeOuter];
  const Vec3& b = mesh.points[mesh_index::kLeftEyeOuter];
  return std::hypot(a.x - b.x, a.y - b.y);
}

// The detector's box is coarser than the region a mesh gives, and its key
// points misjudge a strongly tilted face: a few passes, each looking where the
// previous mesh was, settle the region as the tracker's steady state sees it.
std::optional<FaceMesh> settledMesh(const FaceMeshNetworks& networks, const Image& image, RotatedSquare region) {
  constexpr int kPasses = 4;
  for (int pass = 0; pass < kPasses; ++pass) {
    FaceMesh mesh = networks.mesh(image, region, pass == kPasses - 1);
    if (mesh.confidence < kMinimumMeshConfidence) return std::nullopt;
    if (pass == kPasses - 1) return mesh;
    region = regionFromMesh(mesh);
  }
  return std::nullopt;
}

}  // namespace

std::vector<FaceObservation> detectMeshFaces(const FaceMeshNetworks& networks, const Image& image) {
  std::vector<FaceObservation> faces;
  for (const FaceCandidate& candidate : networks.detect(image)) {
    if (auto mesh = settledMesh(networks, image, regionFromDetection(candidate))) {
      faces.push_back(observationFrom(*mesh, candidate.score));
    }
  }
  sortByPreference(faces, image.width, image.height);
  return faces;
}

struct MeshTracker::Impl {
  std::shared_ptr<const FaceMeshNetworks> networks;
  TrackerOptions options;
  std::optional<RotatedSquare> region;
  double detectionScore = 0;
  face_detail::LandmarkSmoother smoother, irisSmoother;
  std::optional<Rational> previousTime;
  bool started = false;

  Impl(std::shared_ptr<const FaceMeshNetworks> n, TrackerOptions o)
      : networks(std::move(n)), options(o), smoother(o.smoothing), irisSmoother(o.smoothing) {}

  // Detects and picks the face to follow: at the start the one the options
  // name; after a loss the one nearest where the face was.
  std::optional<RotatedSquare> detect(const Image& frame) {
    std::vector<FaceCandidate> found = networks->detect(frame);
    if (found.empty()) return std::nullopt;
    std::size_t chosen = 0;
    if (!started) {
      std::vector<std::size_t> order(found.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return preferenceScore(found[a].box, frame.width, frame.height) >
               preferenceScore(found[b].box, frame.width, frame.height);
      });
      const auto index = static_cast<std::size_t>(std::max(0, options.faceIndex));
      if (index >= order.size()) return std::nullopt;
      chosen = order[index];
    } else if (region) {
      double best = 1e300;
      for (std::size_t i = 0; i < found.size(); ++i) {
        const double d = (found[i].box.center() - region->center).norm();
        if (d < best) best = d, chosen = i;
      }
    }
    detectionScore = found[chosen].score;
    return regionFromDetection(found[chosen]);
  }
};

MeshTracker::MeshTracker(std::shared_ptr<const FaceMeshNetworks> networks, TrackerOptions options)
    : impl_(std::make_unique<Impl>(std::move(networks), options)) {}
MeshTracker::~MeshTracker() = default;

void MeshTracker::reset() {
  impl_->region.reset();
  impl_->smoother.reset();
  impl_->irisSmoother.reset();
  impl_->previousTime.reset();
  impl_->started = false;
}

TrackedFrame MeshTracker::track(const Image& frame, Rational time) { return trackInTwo(frame, time)(); }

std::function<TrackedFrame()> MeshTracker::trackInTwo(const Image& frame, Rational time) {
  Impl& s = *impl_;
  TrackedFrame result;
  std::optional<FaceMesh> mesh;
  if (s.region) {
    FaceMesh candidate = s.networks->mesh(frame, *s.region, false);
    if (candidate.confidence >= kMinimumMeshConfidence) mesh = candidate;
  }
  bool restart = false;
  if (!mesh) {
    result.redetected = true;
    if (auto region = s.detect(frame)) mesh = settledMesh(*s.networks, frame, *region);
    restart = true;
  }
  if (!mesh) {
    s.region.reset();
    return [result, impl = impl_.get()] {
      impl->smoother.reset();
      impl->irisSmoother.reset();
      impl->previousTime.reset();
      return result;
    };
  }
  s.started = true;
  s.region = regionFromMesh(*mesh);
  // What follows touches only the smoothing state, which the next frame's
  // first part never reads.
  return [result, restart, time, score = s.detectionScore, image = frame, found = *mesh, impl = impl_.get()]() mutable {
    Impl& state = *impl;
    if (restart) {
      state.smoother.reset();
      state.irisSmoother.reset();
      state.previousTime.reset();
    }
    if (!found.hasIrises) state.networks->addIrises(image, found);
    const double dt = state.previousTime ? (time - *state.previousTime).toDouble() : 0.0;
    state.previousTime = time;
    static_assert(sizeof(Vec3) == 3 * sizeof(double), "mesh points are filtered as one run of coordinates");
    state.smoother.applyInPlace(&found.points[0].x, 3 * kMeshPointCount, faceSize(found), dt);
    state.irisSmoother.applyInPlace(&found.irises[0][0].x, 3 * 2 * kIrisPointCount, faceSize(found), dt);
    result.face = observationFrom(found, score);
    return result;
  };
}

}  // namespace marionette
