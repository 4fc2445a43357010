// The renderer's thin-plate spline on its own, in the coordinates the
// renderer gives it (face units around the nose tip): exact at its control
// points, exact for an affine motion, zero for no motion, smooth and bounded
// between points, defined for coincident and collinear points, and its
// coarse-grid evaluation close to evaluating every pixel.
#include "core/render/thin_plate_spline.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/motion/canonical_face.h"
#include "core/motion/face_model.h"
#include "core/render/control_points.h"

namespace marionette::render_detail {
namespace {

namespace F = torch::nn::functional;

// Pixels per face unit, to state tolerances in pixels: the face that fills
// liveportrait-s42.jpg (512×512; `marionette-cli inspect` reports 128.3).
constexpr double kPixelsPerUnit = 128;
// The renderer's smoothing (warp_renderer.cpp, kSplineRegularisation).
constexpr double kRendererRegularisation = 1e-4;
const torch::Device kCpu(torch::kCPU);

torch::Tensor pointsTensor(const std::vector<Vec2>& points) {
  auto t = torch::empty({static_cast<long>(points.size()), 2}, torch::kFloat);
  auto a = t.accessor<float, 2>();
  for (std::size_t i = 0; i < points.size(); ++i) a[i][0] = float(points[i].x), a[i][1] = float(points[i].y);
  return t;
}

std::vector<Vec2> evaluateAt(const ThinPlateSpline& spline, const std::vector<Vec2>& points) {
  auto values = spline.evaluate(pointsTensor(points)).to(torch::kDouble).contiguous();
  auto a = values.accessor<double, 2>();
  std::vector<Vec2> out(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) out[i] = {a[i][0], a[i][1]};
  return out;
}

double largestDistance(const std::vector<Vec2>& a, const std::vector<Vec2>& b) {
  double largest = 0;
  for (std::size_t i = 0; i < a.size(); ++i) largest = std::max(largest, (a[i] - b[i]).norm());
  return largest;
}

double largestLength(const std::vector<Vec2>& values) {
  double largest = 0;
  for (Vec2 v : values) largest = std::max(largest, v.norm());
  return largest;
}

bool allFinite(const std::vector<Vec2>& values) {
  return std::all_of(values.begin(), values.end(), [](Vec2 v) { return std::isfinite(v.x) && std::isfinite(v.y); });
}

// A regular grid of points over [lo, hi]².
std::vector<Vec2> grid(double lo, double hi, int n) {
  std::vector<Vec2> points;
  for (int y = 0; y < n; ++y)
    for (int x = 0; x < n; ++x) points.push_back({lo + (hi - lo) * x / (n - 1), lo + (hi - lo) * y / (n - 1)});
  return points;
}

// One frame's warp as the renderer builds it: a portrait framed like
// liveportrait-s42.jpg, turned 15° with the jaw wide open. Control points
// (landmarks, head shell, static ring, window border) in the renderer's
// normalised coordinates; displacements point from the output to the portrait.
struct Warp {
  std::vector<Vec2> targets, displacements;
  Vec2 centre;  // portrait pixels of the normalised origin
  double unit = 0;
};

Warp faceWarp() {
  const ImageFrame frame{512, 512};
  SourceFace source;
  source.motion.pose = HeadPose::fromEuler({-0.6, -0.2, 0.8}, 0.016, 0.516, kPixelsPerUnit);
  source.landmarks = decodeLandmarks(canonicalFace(), source.motion.expression, source.motion.pose, frame);
  Motion target = source.motion;
  target.pose = HeadPose::fromEuler({14.4, -0.2, 0.8}, 0.016, 0.516, kPixelsPerUnit);
  writeChannel(target.expression, ExpressionChannel::JawOpen, 0.8);
  const Landmarks targetLandmarks = decodeLandmarks(canonicalFace(), target.expression, target.pose, frame);
  const ControlPoints cp = buildControlPoints(source, landmarkPairs(source.landmarks, targetLandmarks), target.pose,
                                              frame, faceWindow(source, frame));

  Warp warp;
  warp.unit = source.motion.pose.scale;
  warp.centre = source.landmarks[30];
  for (std::size_t i = 0; i < cp.target.size(); ++i) {
    warp.targets.push_back((cp.target[i] - warp.centre) * (1 / warp.unit));
    warp.displacements.push_back((cp.source[i] - cp.target[i]) * (1 / warp.unit));
  }
  return warp;
}

// Distance (normalised units) from p to the open mouth: the inner-lip
// polygon (landmarks 60..67), 0 inside it.
double distanceToMouth(const Warp& warp, Vec2 p) {
  bool inside = false;
  double nearest = 1e9;
  for (int i = 0; i < 8; ++i) {
    const Vec2 a = warp.targets[60 + i], b = warp.targets[60 + (i + 1) % 8];
    if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x)) inside = !inside;
    const Vec2 ab = b - a;
    const double t = std::clamp(((p - a).x * ab.x + (p - a).y * ab.y) / (ab.x * ab.x + ab.y * ab.y), 0.0, 1.0);
    nearest = std::min(nearest, (p - (a + ab * t)).norm());
  }
  return inside ? 0 : nearest;
}

TEST(ThinPlateSpline, InterpolatesItsControlPoints) {
  const Warp warp = faceWarp();
  ASSERT_GT(warp.targets.size(), 100u);
  ASSERT_GT(largestLength(warp.displacements) * kPixelsPerUnit, 20) << "a real warp moves pixels";
  const auto spline = ThinPlateSpline::fit(warp.targets, warp.displacements, 0, kCpu);
  // The solve is in double (exact to ~1e-11 px here); the weights and the
  // evaluation are float, whose rounding over ~130 kernel terms leaves
  // 0.0025 px at the control points. 1e-4 px is out of float's reach.
  EXPECT_LT(largestDistance(evaluateAt(spline, warp.targets), warp.displacements) * kPixelsPerUnit, 0.01);
  // The renderer's smoothing gives up a little of that (here 0.019 px).
  const auto smoothed = ThinPlateSpline::fit(warp.targets, warp.displacements, kRendererRegularisation, kCpu);
  EXPECT_LT(largestDistance(evaluateAt(smoothed, warp.targets), warp.displacements) * kPixelsPerUnit, 0.1);
}

TEST(ThinPlateSpline, ReproducesAnAffineMotionEverywhere) {
  const Warp warp = faceWarp();
  // A small rotation, stretch and shift (face units).
  auto affine = [](Vec2 p) { return Vec2{0.03 * p.x - 0.05 * p.y + 0.02, 0.04 * p.x + 0.02 * p.y - 0.01}; };
  std::vector<Vec2> displacements;
  for (Vec2 t : warp.targets) displacements.push_back(affine(t));
  // Among the control points and well beyond them.
  const std::vector<Vec2> points = grid(-4, 4, 41);
  std::vector<Vec2> expected;
  for (Vec2 p : points) expected.push_back(affine(p));
  for (double regularisation : {0.0, kRendererRegularisation}) {
    const auto spline = ThinPlateSpline::fit(warp.targets, displacements, regularisation, kCpu);
    EXPECT_LT(largestDistance(evaluateAt(spline, points), expected) * kPixelsPerUnit, 1e-4)
        << "regularisation " << regularisation;
  }
}

TEST(ThinPlateSpline, IsZeroEverywhereWhenNothingMoves) {
  const Warp warp = faceWarp();
  const std::vector<Vec2> still(warp.targets.size(), Vec2{0, 0});
  for (double regularisation : {0.0, kRendererRegularisation}) {
    const auto spline = ThinPlateSpline::fit(warp.targets, still, regularisation, kCpu);
    EXPECT_EQ(largestLength(evaluateAt(spline, grid(-4, 4, 41))), 0.0) << "regularisation " << regularisation;
  }
}

TEST(ThinPlateSpline, IsSmoothAndBoundedBetweenItsPoints) {
  const Warp warp = faceWarp();
  const auto spline = ThinPlateSpline::fit(warp.targets, warp.displacements, kRendererRegularisation, kCpu);
  // Every pixel of the 512×512 portrait around the nose (±2 face units).
  const int n = 513;
  const double step = 4.0 / (n - 1);  // one pixel
  const std::vector<Vec2> points = grid(-2, 2, n);
  const std::vector<Vec2> values = evaluateAt(spline, points);
  ASSERT_TRUE(allFinite(values));
  // Nothing moves further than the control points ask for (here 33 px at
  // most for 31 px).
  EXPECT_LE(largestLength(values), 1.2 * largestLength(warp.displacements));
  double slope = 0, leastDeterminant = 1;
  for (int y = 0; y + 1 < n; ++y)
    for (int x = 0; x + 1 < n; ++x) {
      const std::size_t i = std::size_t(y) * n + x;
      const Vec2 alongX = (values[i + 1] - values[i]) * (1 / step), alongY = (values[i + n] - values[i]) * (1 / step);
      slope = std::max({slope, alongX.norm(), alongY.norm()});
      // The backward map p -> p + d(p) keeps its orientation (does not fold)
      // wherever its Jacobian's determinant is positive. Inside the opening
      // mouth it folds by design: the cavity is painted over it.
      if (distanceToMouth(warp, points[i]) > 0)
        leastDeterminant = std::min(leastDeterminant, (1 + alongX.x) * (1 + alongY.y) - alongY.x * alongX.y);
    }
  EXPECT_LT(slope, 2.0) << "neighbouring pixels move by nearly the same amount (here at most 1.3 px apart)";
  EXPECT_GT(leastDeterminant, 0.0) << "the warp folds outside the mouth (here it stays above 0.17)";
}

TEST(ThinPlateSpline, CoincidentTargetsTakeTheMeanOfTheirDisplacements) {
  // A closed mouth: two lip points at one place, asked to move apart. The
  // regularisation keeps the system solvable (thin_plate_spline.h); without it
  // the system is singular and the result meaningless.
  const Warp warp = faceWarp();
  std::vector<Vec2> targets = warp.targets, displacements = warp.displacements;
  const Vec2 lip = warp.targets[62];
  targets.push_back(lip);
  displacements.push_back(warp.displacements[62] + Vec2{0, 0.02});
  const Vec2 mean = warp.displacements[62] + Vec2{0, 0.01};
  const auto spline = ThinPlateSpline::fit(targets, displacements, kRendererRegularisation, kCpu);
  const std::vector<Vec2> values = evaluateAt(spline, grid(-3, 3, 61));
  EXPECT_TRUE(allFinite(values));
  EXPECT_LE(largestLength(values), 1.2 * largestLength(displacements));
  EXPECT_LT((evaluateAt(spline, {lip})[0] - mean).norm() * kPixelsPerUnit, 0.05) << "here 0.009 px";
}

TEST(ThinPlateSpline, CollinearTargetsNeedAPointOffTheirLine) {
  // Targets on one line (a closed mouth's seam) leave the spline's tilt across
  // the line undetermined: its values off the line are arbitrary (millions of
  // pixels here). They never reach the renderer alone: its static ring and
  // window border surround every face, and with such anchors the seam is well
  // posed.
  std::vector<Vec2> targets, displacements;
  for (int i = 0; i < 9; ++i) {
    const double x = -0.5 + 0.125 * i;
    targets.push_back({x, 0.5 * x + 0.4});
    displacements.push_back({0.01 * std::sin(3 * x), 0.02 * x * x + 0.01});
  }
  // Alone: no NaN, whatever the smoothing (a singular system could also be
  // refused with c10::Error, which the renderer reports as a failed render),
  // but nothing sensible off the line either.
  for (double regularisation : {0.0, kRendererRegularisation}) {
    try {
      const auto alone = ThinPlateSpline::fit(targets, displacements, regularisation, kCpu);
      EXPECT_TRUE(allFinite(evaluateAt(alone, grid(-2, 2, 21)))) << "regularisation " << regularisation;
    } catch (const c10::Error&) {
    }
  }
  std::vector<Vec2> anchored = targets, anchoredDisplacements = displacements;
  for (int k = 0; k < 20; ++k) {
    const double angle = 2 * kPi * k / 20;
    anchored.push_back({2.6 * std::cos(angle), 2.6 * std::sin(angle)});
    anchoredDisplacements.push_back({0, 0});
  }
  const auto spline = ThinPlateSpline::fit(anchored, anchoredDisplacements, 0, kCpu);
  const std::vector<Vec2> values = evaluateAt(spline, grid(-2.6, 2.6, 53));
  EXPECT_TRUE(allFinite(values));
  EXPECT_LE(largestLength(values), 1.2 * largestLength(displacements));
  EXPECT_LT(largestDistance(evaluateAt(spline, anchored), anchoredDisplacements) * kPixelsPerUnit, 0.01);
}

// The renderer (warp_renderer.cpp, samplePositions) evaluates the spline on a
// grid of one sample per kGridStepPixels, 12 to 64 a side, across the face
// window and upsamples it bilinearly (align_corners) to every pixel. These
// mirror its constants.
constexpr int kGridStepPixels = 10;
constexpr int kMinGrid = 12, kMaxGrid = 64;

TEST(ThinPlateSpline, CoarseGridIsCloseToEvaluatingEveryPixel) {
  const Warp warp = faceWarp();
  const auto spline = ThinPlateSpline::fit(warp.targets, warp.displacements, kRendererRegularisation, kCpu);
  // The face window of this portrait is the whole 512×512 image.
  const int width = 512, height = 512;
  const int gw = std::clamp(width / kGridStepPixels + 1, kMinGrid, kMaxGrid);
  const int gh = std::clamp(height / kGridStepPixels + 1, kMinGrid, kMaxGrid);
  auto pixelGrid = [&](int w, int h) {
    auto px = torch::linspace(0, width - 1, w, torch::kFloat);
    auto py = torch::linspace(0, height - 1, h, torch::kFloat);
    return torch::stack({px.view({1, -1}).expand({h, w}), py.view({-1, 1}).expand({h, w})}, -1).reshape({-1, 2});
  };
  // Pixels in, pixels out, through the normalised coordinates.
  auto displacementAt = [&](const torch::Tensor& pixels) {
    const auto centre = torch::tensor({warp.centre.x, warp.centre.y}, torch::kFloat);
    return spline.evaluate((pixels - centre) / warp.unit).mul(warp.unit);
  };
  auto coarse = displacementAt(pixelGrid(gw, gh)).view({gh, gw, 2}).permute({2, 0, 1}).unsqueeze(0);
  auto upsampled = F::interpolate(coarse, F::InterpolateFuncOptions()
                                              .size(std::vector<int64_t>{height, width})
                                              .mode(torch::kBilinear)
                                              .align_corners(true))[0]
                       .permute({1, 2, 0})
                       .reshape({-1, 2});
  const auto pixels = pixelGrid(width, height);
  const auto direct = displacementAt(pixels);
  ASSERT_TRUE(torch::isfinite(direct).all().item<bool>());

  // The batched evaluation is the per-point one: each pixel alone gives the
  // same displacement.
  for (long i = 0; i < pixels.size(0); i += 4099) {
    const auto alone = displacementAt(pixels.narrow(0, i, 1));
    EXPECT_LT((alone - direct.narrow(0, i, 1)).norm().item<double>(), 1e-3) << "pixel " << i;
  }

  // Where the warp bends sharply (the lips, the nose as the head turns) the
  // bilinear grid is off by up to 1.5 px; almost everywhere else by far less.
  const auto error = (upsampled - direct).norm(2, {1});
  const auto sorted = std::get<0>(error.sort());
  const double largest = sorted[-1].item<double>(), mean = error.mean().item<double>();
  const double p99 = sorted[long(0.99 * double(sorted.size(0)))].item<double>();
  EXPECT_LT(largest, 2.0) << "here 1.52 px, at the lower lip";
  EXPECT_LT(p99, 0.5) << "here 0.38 px";
  EXPECT_LT(mean, 0.1) << "here 0.044 px";
}

}  // namespace
}  // namespace marionette::render_detail
