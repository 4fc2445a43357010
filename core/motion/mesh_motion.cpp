#include "core/motion/mesh_motion.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "core/base/landmarks.h"
#include "core/base/linear_solve.h"
#include "core/motion/canonical_mesh.h"

namespace marionette {

namespace {

using Edge = std::pair<int, int>;

MeshSurface buildSurface() {
  MeshSurface surface;
  const auto& mesh = canonicalMesh();
  surface.triangles = meshTriangles();
  // Wind every triangle to face the camera in the frontal canonical view.
  for (auto& t : surface.triangles) {
    auto at = [&](int i) { return Vec2{mesh[std::size_t(i)].x, mesh[std::size_t(i)].y}; };
    if (facingArea(at(t[0]), at(t[1]), at(t[2])) < 0) std::swap(t[1], t[2]);
  }
  // The outline: vertices on an edge that only one triangle uses.
  std::map<Edge, int> uses;
  for (const auto& t : surface.triangles)
    for (int k = 0; k < 3; ++k) {
      const int a = t[std::size_t(k)], b = t[std::size_t((k + 1) % 3)];
      ++uses[{std::min(a, b), std::max(a, b)}];
    }
  // Edge steps from the outline, by breadth-first search.
  std::vector<std::vector<int>> neighbours(kMeshPointCount);
  for (const auto& t : surface.triangles)
    for (int k = 0; k < 3; ++k) neighbours[std::size_t(t[std::size_t(k)])].push_back(t[std::size_t((k + 1) % 3)]);
  std::vector<int> steps(kMeshPointCount, -1), queue;
  for (const auto& [edge, count] : uses)
    if (count == 1)
      for (int v : {edge.first, edge.second})
        if (steps[std::size_t(v)] < 0) steps[std::size_t(v)] = 0, queue.push_back(v);
  for (std::size_t q = 0; q < queue.size(); ++q)
    for (int n : neighbours[std::size_t(queue[q])])
      if (steps[std::size_t(n)] < 0) {
        steps[std::size_t(n)] = steps[std::size_t(queue[q])] + 1;
        queue.push_back(n);
      }
  for (int v = 0; v < kMeshPointCount; ++v)
    surface.inwardness[std::size_t(v)] = steps[std::size_t(v)] < 0 ? 1.0 : std::min(1.0, steps[std::size_t(v)] / 2.0);
  return surface;
}

double splineKernel(double r2) { return r2 > 0 ? 0.5 * r2 * std::log(r2) : 0; }

// weights[v][k]: how much of landmark k's displacement vertex v takes, from a
// thin-plate spline through the 68 points on the canonical mesh's face plane.
// The inner lip's vertices between two of the 68 nodes move as the nodes on
// either side do, in proportion to where they lie along the lip. The spline
// alone let them bulge between nodes when the mouth opened wide (a "W" of a
// lower lip on s7 talking), and the drawn opening follows these vertices.
void followLipNodes(std::vector<std::array<double, kLandmarkCount>>& weights) {
  const auto& mesh = canonicalMesh();
  const auto& ring = meshInnerLipRing();
  const auto& indices = meshIndicesFor68();
  auto nodeOf = [&](int vertex) {
    for (int k = 60; k < 68; ++k)
      if (indices[std::size_t(k)] == vertex) return k;
    return -1;
  };
  const int n = kInnerLipRingSize;
  for (int start = 0; start < n; ++start) {
    const int from = nodeOf(ring[std::size_t(start)]);
    if (from < 0) continue;
    // The run of vertices up to the next node along the ring.
    int end = start + 1;
    while (nodeOf(ring[std::size_t(end % n)]) < 0) ++end;
    const int to = nodeOf(ring[std::size_t(end % n)]);
    std::vector<double> along{0};
    for (int i = start + 1; i <= end; ++i) {
      const Vec3 a = mesh[std::size_t(ring[std::size_t((i - 1) % n)])], b = mesh[std::size_t(ring[std::size_t(i % n)])];
      along.push_back(along.back() + std::hypot(b.x - a.x, b.y - a.y));
    }
    for (int i = start + 1; i < end; ++i) {
      const double t = along.back() > 0 ? along[std::size_t(i - start)] / along.back() : 0.5;
      auto& row = weights[std::size_t(ring[std::size_t(i % n)])];
      row.fill(0);
      row[std::size_t(from)] = 1 - t;
      row[std::size_t(to)] = t;
    }
  }
}

const std::vector<std::array<double, kLandmarkCount>>& spreadWeights() {
  static const std::vector<std::array<double, kLandmarkCount>> weights = [] {
    const auto& mesh = canonicalMesh();
    const auto& indices = meshIndicesFor68();
    constexpr int n = kLandmarkCount, size = kLandmarkCount + 3;
    auto node = [&](int k) { return mesh[std::size_t(indices[std::size_t(k)])]; };
    std::vector<double> system(size * size, 0.0);
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        const double dx = node(i).x - node(j).x, dy = node(i).y - node(j).y;
        system[std::size_t(i * size + j)] = splineKernel(dx * dx + dy * dy);
      }
      system[std::size_t(i * size + i)] += 1e-6;
      const double affine[3] = {1, node(i).x, node(i).y};
      for (int a = 0; a < 3; ++a) {
        system[std::size_t(i * size + n + a)] = affine[a];
        system[std::size_t((n + a) * size + i)] = affine[a];
      }
    }
    // Column k of the inverse: the spline's coefficients for a unit value at node k.
    std::vector<std::vector<double>> inverse(n);
    for (int k = 0; k < n; ++k) {
      std::vector<double> column(size, 0.0);
      column[std::size_t(k)] = 1;
      solveLinearSystem(system, column, size);
      inverse[std::size_t(k)] = std::move(column);
    }
    std::vector<std::array<double, kLandmarkCount>> out(kMeshPointCount);
    for (int v = 0; v < kMeshPointCount; ++v) {
      const Vec3& p = mesh[std::size_t(v)];
      std::array<double, n + 3> basis{};
      for (int j = 0; j < n; ++j) {
        const double dx = p.x - node(j).x, dy = p.y - node(j).y;
        basis[std::size_t(j)] = splineKernel(dx * dx + dy * dy);
      }
      basis[n] = 1, basis[n + 1] = p.x, basis[n + 2] = p.y;
      for (int k = 0; k < n; ++k) {
        double w = 0;
        for (int j = 0; j < size; ++j) w += basis[std::size_t(j)] * inverse[std::size_t(k)][std::size_t(j)];
        out[std::size_t(v)][std::size_t(k)] = w;
      }
    }
    followLipNodes(out);
    return out;
  }();
  return weights;
}

}  // namespace

const MeshSurface& meshSurface() {
  static const MeshSurface surface = buildSurface();
  return surface;
}

double facingArea(Vec2 a, Vec2 b, Vec2 c) { return 0.5 * ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)); }

namespace {

// The tracker's depth has its own origin: the offset (face units) that
// matches the rigid points' mean depth to the canonical mesh's seen in `pose`.
double depthOrigin(const MeshPoints& mesh, const Mat3& rotation, double scale) {
  double offset = 0, weightSum = 0;
  for (const RigidWeight& rigid : meshRigidWeights()) {
    const double canonicalDepth = (rotation * canonicalMesh()[std::size_t(rigid.index)]).z;
    offset += rigid.weight * (mesh[std::size_t(rigid.index)].z / scale - canonicalDepth);
    weightSum += rigid.weight;
  }
  return weightSum > 0 ? offset / weightSum : 0;
}

// A tracked vertex in the face's own frame: pose and image placement taken out.
Vec3 unposed(const Vec3& p, const HeadPose& pose, const Mat3& unrotate, double depthOffset, const ImageFrame& frame) {
  const Vec2 centre = frame.centre();
  return unrotate * Vec3{(p.x - centre.x) / pose.scale - pose.tx, (p.y - centre.y) / pose.scale - pose.ty,
                         p.z / pose.scale - depthOffset};
}

}  // namespace

double rigidFitError(const MeshPoints& mesh, const HeadPose& pose, const ImageFrame& frame) {
  if (!(pose.scale > 0)) return 1e9;
  const Mat3 rotation = pose.rotation.toMatrix();
  const Mat3 unrotate = rotation.transposed();
  const double offset = depthOrigin(mesh, rotation, pose.scale);
  double sum = 0, weightSum = 0;
  for (const RigidWeight& rigid : meshRigidWeights()) {
    const Vec3 d = unposed(mesh[std::size_t(rigid.index)], pose, unrotate, offset, frame) -
                   canonicalMesh()[std::size_t(rigid.index)];
    sum += rigid.weight * d.dot(d);
    weightSum += rigid.weight;
  }
  return weightSum > 0 ? std::sqrt(sum / weightSum) : 1e9;
}

MeshPoints moveMesh(const MeshPoints& sourceMesh, const Motion& source, const Motion& target, const ImageFrame& frame) {
  const Mat3 sourceRotation = source.pose.rotation.toMatrix();
  const Mat3 unrotate = sourceRotation.transposed();
  const double depthOffset = depthOrigin(sourceMesh, sourceRotation, source.pose.scale);

  std::array<Vec2, kLandmarkCount> change{};
  for (int k = 0; k < kLandmarkCount; ++k)
    change[std::size_t(k)] = target.expression.displacement(k) - source.expression.displacement(k);
  const auto& weights = spreadWeights();

  MeshPoints moved{};
  for (int v = 0; v < kMeshPointCount; ++v) {
    Vec3 model = unposed(sourceMesh[std::size_t(v)], source.pose, unrotate, depthOffset, frame);
    for (int k = 0; k < kLandmarkCount; ++k) {
      const double w = weights[std::size_t(v)][std::size_t(k)];
      model.x += w * change[std::size_t(k)].x;
      model.y += w * change[std::size_t(k)].y;
    }
    moved[std::size_t(v)] = posePoint(model, target.pose, frame);
  }
  return moved;
}

}  // namespace marionette
