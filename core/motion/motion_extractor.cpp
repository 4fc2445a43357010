#include "core/motion/motion_extractor.h"

#include <cmath>
#include <vector>

#include "core/base/linear_solve.h"
#include "core/motion/canonical_face.h"

namespace marionette {

namespace {

constexpr int kMaxIterations = 30;
// Residual (face units) at which confidence falls to 1/e; a good real fit sits
// well below it, a landmark set that is not a face far above.
constexpr double kResidualScale = 0.06;

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
