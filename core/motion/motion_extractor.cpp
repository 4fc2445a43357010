#include "core/motion/motion_extractor.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

#include "core/base/linear_solve.h"
#include "core/motion/canonical_face.h"
#include "core/motion/canonical_mesh.h"

namespace marionette {

namespace {

constexpr int kMaxIterations = 30;
// Residual (face units) at which confidence falls to 1/e; a good real fit sits
// well below it, a landmark set that is not a face far above.
constexpr double kResidualScale = 0.06;
// A real face differs from the canonical mesh by its own build (about 0.05
// face units over the rigid points on the shared portraits); a mesh that is
// not a face, by several times that.
constexpr double kMeshResidualScale = 0.1;

struct RigidData {
  std::vector<Vec3> model;
  std::vector<Vec2> image;  // relative to the image centre
};

bool finite(const Landmarks& landmarks) {
  for (const Vec2& p : landmarks)
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
  return true;
}

// Affine camera fit, projected onto the nearest scaled rotation: a start point
// close enough for Gauss-Newton to converge from any head orientation.
bool linearStart(const RigidData& d, HeadPose& pose) {
  const int n = static_cast<int>(d.model.size());
  Vec3 meanX{};
  Vec2 meanP{};
  for (int i = 0; i < n; ++i) meanX = meanX + d.model[i] * (1.0 / n), meanP = meanP + d.image[i] * (1.0 / n);
  std::vector<double> gram(9, 0.0), bx(3, 0.0), by(3, 0.0);
  for (int i = 0; i < n; ++i) {
    Vec3 x = d.model[i] - meanX;
    Vec2 p = d.image[i] - meanP;
    double v[3] = {x.x, x.y, x.z};
    for (int r = 0; r < 3; ++r) {
      for (int c = 0; c < 3; ++c) gram[r * 3 + c] += v[r] * v[c];
      bx[r] += v[r] * p.x;
      by[r] += v[r] * p.y;
    }
  }
  if (!solveLinearSystem(gram, bx, 3) || !solveLinearSystem(gram, by, 3)) return false;
  Vec3 row0{bx[0], bx[1], bx[2]}, row1{by[0], by[1], by[2]};
  double n0 = row0.norm(), n1 = row1.norm();
  if (n0 < 1e-9 || n1 < 1e-9) return false;
  Vec3 u = row0 * (1 / n0);
  Vec3 v = row1 - u * row1.dot(u);
  if (v.norm() < 1e-9) return false;
  v = v * (1 / v.norm());
  Vec3 w = u.cross(v);
  Mat3 r;
  r.m = {u.x, u.y, u.z, v.x, v.y, v.z, w.x, w.y, w.z};
  pose.rotation = Quaternion::fromMatrix(r);
  pose.scale = (n0 + n1) / 2;
  Vec3 rm = r * meanX;
  pose.tx = meanP.x / pose.scale - rm.x;
  pose.ty = meanP.y / pose.scale - rm.y;
  return true;
}

// Sum of squared image residuals (pixels^2).
double refine(const RigidData& d, HeadPose& pose) {
  const int n = static_cast<int>(d.model.size());
  double cost = 0;
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    Mat3 r = pose.rotation.toMatrix();
    std::vector<double> jtj(36, 0.0), jtr(6, 0.0);
    cost = 0;
    for (int i = 0; i < n; ++i) {
      Vec3 y = r * d.model[i];
      double res[2] = {pose.scale * (y.x + pose.tx) - d.image[i].x, pose.scale * (y.y + pose.ty) - d.image[i].y};
      double jac[2][6] = {
          {0, pose.scale * y.z, -pose.scale * y.y, y.x + pose.tx, pose.scale, 0},
          {-pose.scale * y.z, 0, pose.scale * y.x, y.y + pose.ty, 0, pose.scale},
      };
      for (int k = 0; k < 2; ++k) {
        cost += res[k] * res[k];
        for (int a = 0; a < 6; ++a) {
          jtr[a] -= jac[k][a] * res[k];
          for (int b = 0; b < 6; ++b) jtj[a * 6 + b] += jac[k][a] * jac[k][b];
        }
      }
    }
    for (int a = 0; a < 6; ++a) jtj[a * 6 + a] *= 1.0 + 1e-9;
    if (!solveLinearSystem(jtj, jtr, 6)) break;
    pose.rotation = (Quaternion::fromRotationVector({jtr[0], jtr[1], jtr[2]}) * pose.rotation).normalized();
    pose.scale += jtr[3];
    pose.tx += jtr[4];
    pose.ty += jtr[5];
    double step = std::abs(jtr[0]) + std::abs(jtr[1]) + std::abs(jtr[2]) + std::abs(jtr[3]) / pose.scale +
                  std::abs(jtr[4]) + std::abs(jtr[5]);
    if (step < 1e-10) break;
  }
  return cost;
}

// The eigenvector of a symmetric 4x4 matrix with the largest eigenvalue
// (cyclic Jacobi rotations; the matrix is tiny and well conditioned).
std::array<double, 4> largestEigenvector(std::array<double, 16> a) {
  std::array<double, 16> v{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
  for (int sweep = 0; sweep < 50; ++sweep) {
    double off = 0;
    for (int p = 0; p < 4; ++p)
      for (int q = p + 1; q < 4; ++q) off += a[p * 4 + q] * a[p * 4 + q];
    if (off < 1e-24) break;
    for (int p = 0; p < 4; ++p)
      for (int q = p + 1; q < 4; ++q) {
        if (std::abs(a[p * 4 + q]) < 1e-300) continue;
        const double theta = (a[q * 4 + q] - a[p * 4 + p]) / (2 * a[p * 4 + q]);
        const double t = (theta >= 0 ? 1 : -1) / (std::abs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(t * t + 1), s = t * c;
        for (int k = 0; k < 4; ++k) {
          const double akp = a[k * 4 + p], akq = a[k * 4 + q];
          a[k * 4 + p] = c * akp - s * akq, a[k * 4 + q] = s * akp + c * akq;
        }
        for (int k = 0; k < 4; ++k) {
          const double apk = a[p * 4 + k], aqk = a[q * 4 + k];
          a[p * 4 + k] = c * apk - s * aqk, a[q * 4 + k] = s * apk + c * aqk;
        }
        for (int k = 0; k < 4; ++k) {
          const double vkp = v[k * 4 + p], vkq = v[k * 4 + q];
          v[k * 4 + p] = c * vkp - s * vkq, v[k * 4 + q] = s * vkp + c * vkq;
        }
      }
  }
  int best = 0;
  for (int i = 1; i < 4; ++i)
    if (a[i * 4 + i] > a[best * 4 + best]) best = i;
  return {v[0 * 4 + best], v[1 * 4 + best], v[2 * 4 + best], v[3 * 4 + best]};
}

struct Similarity {
  Mat3 rotation;
  Quaternion quaternion;
  double scale = 1;
  Vec3 translation;
};

// Weighted least-squares similarity taking `from` onto `to` (Horn's
// closed form with unit quaternions): no start point, no iterations to stall.
std::optional<Similarity> fitSimilarity(const std::vector<Vec3>& from, const std::vector<Vec3>& to,
                                        const std::vector<double>& weights) {
  double total = 0;
  Vec3 meanFrom{}, meanTo{};
  for (std::size_t i = 0; i < from.size(); ++i) {
    total += weights[i];
    meanFrom = meanFrom + from[i] * weights[i];
    meanTo = meanTo + to[i] * weights[i];
  }
  if (!(total > 0)) return std::nullopt;
  meanFrom = meanFrom * (1 / total), meanTo = meanTo * (1 / total);
  double s[3][3] = {};
  double spread = 0;
  for (std::size_t i = 0; i < from.size(); ++i) {
    const Vec3 a = from[i] - meanFrom, b = to[i] - meanTo;
    const double pa[3] = {a.x, a.y, a.z}, pb[3] = {b.x, b.y, b.z};
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) s[r][c] += weights[i] * pa[r] * pb[c];
    spread += weights[i] * a.dot(a);
  }
  if (!(spread > 0)) return std::nullopt;
  const std::array<double, 16> n = {
      s[0][0] + s[1][1] + s[2][2], s[1][2] - s[2][1], s[2][0] - s[0][2], s[0][1] - s[1][0], s[1][2] - s[2][1],
      s[0][0] - s[1][1] - s[2][2], s[0][1] + s[1][0], s[2][0] + s[0][2], s[2][0] - s[0][2], s[0][1] + s[1][0],
      s[1][1] - s[0][0] - s[2][2], s[1][2] + s[2][1], s[0][1] - s[1][0], s[2][0] + s[0][2], s[1][2] + s[2][1],
      s[2][2] - s[0][0] - s[1][1]};
  const auto q = largestEigenvector(n);
  Similarity fit;
  fit.quaternion = Quaternion{q[0], q[1], q[2], q[3]}.normalized();
  fit.rotation = fit.quaternion.toMatrix();
  double along = 0;
  for (std::size_t i = 0; i < from.size(); ++i) {
    along += weights[i] * (to[i] - meanTo).dot(fit.rotation * (from[i] - meanFrom));
  }
  fit.scale = along / spread;
  if (!(fit.scale > 0)) return std::nullopt;
  fit.translation = meanTo - (fit.rotation * meanFrom) * fit.scale;
  return fit;
}

}  // namespace

MotionExtractor::MotionExtractor(const FaceShape3D& model) : model_(model) {}
MotionExtractor::MotionExtractor() : model_(canonicalFace()) {}

Result<HeadPose> MotionExtractor::fitPose(const Landmarks& landmarks, const ImageFrame& frame) const {
  if (!finite(landmarks)) return makeError("landmarks contain non-finite coordinates");
  RigidData data;
  Vec2 c = frame.centre();
  for (int i : rigidLandmarks()) {
    data.model.push_back(model_[i]);
    data.image.push_back(landmarks[i] - c);
  }
  HeadPose pose;
  if (!linearStart(data, pose) || !(pose.scale > 0))
    return makeError("landmarks are degenerate: no head pose fits them");
  refine(data, pose);
  if (!(pose.scale > 0) || !std::isfinite(pose.tx) || !std::isfinite(pose.ty))
    return makeError("landmarks are degenerate: no head pose fits them");
  return pose;
}

ExpressionCode MotionExtractor::expressionFor(const Landmarks& landmarks, const HeadPose& pose,
                                              const ImageFrame& frame) const {
  Mat3 r = pose.rotation.toMatrix();
  // In-plane displacement d solves A d = q - (R X).xy with A the rotation's
  // upper-left 2x2 block; a tiny ridge keeps it finite for a face seen edge-on.
  double a00 = r(0, 0), a01 = r(0, 1), a10 = r(1, 0), a11 = r(1, 1);
  double n00 = a00 * a00 + a10 * a10 + 1e-6, n01 = a00 * a01 + a10 * a11, n11 = a01 * a01 + a11 * a11 + 1e-6;
  double det = n00 * n11 - n01 * n01;
  Vec2 c = frame.centre();
  ExpressionCode code;
  for (int i = 0; i < kLandmarkCount; ++i) {
    Vec3 y = r * model_[i];
    double qx = (landmarks[i].x - c.x) / pose.scale - pose.tx - y.x;
    double qy = (landmarks[i].y - c.y) / pose.scale - pose.ty - y.y;
    double bx = a00 * qx + a10 * qy, by = a01 * qx + a11 * qy;
    code.setDisplacement(i, {(n11 * bx - n01 * by) / det, (n00 * by - n01 * bx) / det});
  }
  return code;
}

Result<MotionSample> MotionExtractor::extract(const FaceObservation& face, const ImageFrame& frame) const {
  if (!face.mesh) return extract(face.landmarks, frame);
  const FaceMesh& mesh = *face.mesh;
  const Vec2 c = frame.centre();
  auto observed = [&](int index) {
    const Vec3& p = mesh.points[static_cast<std::size_t>(index)];
    return Vec3{p.x - c.x, p.y - c.y, p.z};
  };
  std::vector<Vec3> model, seen;
  std::vector<double> weights;
  for (const RigidWeight& rigid : meshRigidWeights()) {
    model.push_back(canonicalMesh()[static_cast<std::size_t>(rigid.index)]);
    seen.push_back(observed(rigid.index));
    weights.push_back(rigid.weight);
  }
  for (const Vec3& p : seen)
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
      return makeError("the face mesh contains non-finite coordinates");
  const auto fit = fitSimilarity(model, seen, weights);
  if (!fit) return makeError("the face mesh is degenerate: no head pose fits it");

  MotionSample sample;
  HeadPose& pose = sample.motion.pose;
  pose.rotation = fit->quaternion;
  pose.scale = fit->scale;
  pose.tx = fit->translation.x / fit->scale;
  pose.ty = fit->translation.y / fit->scale;
  const Mat3 undo = fit->rotation.transposed();
  auto canonical = [&](Vec3 p) { return undo * ((p - fit->translation) * (1 / fit->scale)); };

  const auto& indices = meshIndicesFor68();
  for (int i = 0; i < kLandmarkCount; ++i) {
    const Vec3 p = canonical(observed(indices[static_cast<std::size_t>(i)]));
    sample.motion.expression.setDisplacement(i, {p.x - model_[i].x, p.y - model_[i].y});
  }
  if (mesh.hasIrises) {
    const int corners[2][2] = {{mesh_index::kRightEyeOuter, mesh_index::kRightEyeInner},
                               {mesh_index::kLeftEyeInner, mesh_index::kLeftEyeOuter}};
    Vec2 gaze{};
    for (int eye = 0; eye < 2; ++eye) {
      const Vec3 a = canonical(observed(corners[eye][0])), b = canonical(observed(corners[eye][1]));
      const Vec3& irisPoint = mesh.irises[static_cast<std::size_t>(eye)][0];
      const Vec3 iris = canonical({irisPoint.x - c.x, irisPoint.y - c.y, irisPoint.z});
      const double radius = kEyeballRadiusOverEyeWidth * std::hypot(b.x - a.x, b.y - a.y);
      if (!(radius > 0)) continue;
      auto angle = [&](double offset) { return std::asin(std::clamp(offset / radius, -1.0, 1.0)) * 180 / M_PI; };
      gaze = gaze + Vec2{angle(iris.x - (a.x + b.x) / 2), angle(iris.y - (a.y + b.y) / 2)} * 0.5;
    }
    sample.motion.expression.setGaze(gaze);
  }
  double residual = 0, total = 0;
  for (std::size_t i = 0; i < model.size(); ++i) {
    const Vec3 e = canonical(seen[i]) - model[i];
    residual += weights[i] * e.dot(e);
    total += weights[i];
  }
  sample.rigidResidual = std::sqrt(residual / total);
  const double ratio = sample.rigidResidual / kMeshResidualScale;
  sample.confidence = std::exp(-ratio * ratio);
  return sample;
}

Result<MotionSample> MotionExtractor::extract(const Landmarks& landmarks, const ImageFrame& frame) const {
  auto pose = fitPose(landmarks, frame);
  if (!pose) return pose.error();
  MotionSample sample;
  sample.motion.pose = *pose;
  sample.motion.expression = expressionFor(landmarks, *pose, frame);
  double sum = 0;
  int count = 0;
  for (int i : rigidLandmarks()) {
    Vec2 p = projectPoint(model_[i], *pose, frame);
    Vec2 e = p - landmarks[i];
    sum += e.x * e.x + e.y * e.y;
    ++count;
  }
  sample.rigidResidual = std::sqrt(sum / count) / pose->scale;
  double ratio = sample.rigidResidual / kResidualScale;
  sample.confidence = std::exp(-ratio * ratio);
  return sample;
}

}  // namespace marionette
