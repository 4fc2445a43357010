#include "core/render/warp_renderer.h"
#include "core/neural/blas_threads.h"
#include "core/neural/face_mesh_networks.h"

#include <dlfcn.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>

#include "core/motion/canonical_face.h"
#include "core/motion/mesh_motion.h"
#include "core/motion/turn_limits.h"
#include "core/render/control_points.h"
#include "core/render/iris_motion.h"
#include "core/render/mesh_raster.h"
#include "core/render/mouth_cavity.h"
#include "core/render/render_module.h"
#include "core/render/thin_plate_spline.h"
#include "core/render/torch_image.h"

namespace marionette {

namespace F = torch::nn::functional;
using namespace render_detail;

namespace {

bool torchCudaAvailable() { return torch::cuda::is_available(); }

// Smoothing of the spline in face units squared: small enough to follow the
// landmarks to a fraction of a pixel, large enough to absorb coincident targets.
constexpr double kSplineRegularisation = 1e-4;
// The coarse grid on which the spline is evaluated before upsampling: the
// warp is smooth, so one sample per few pixels is plenty. Not fewer: pinned
// to the surface's edge, the spline bends sharply there, and a 16-pixel grid
// (3.3 ms instead of 5.5 of a 512² render on one thread) blurred it enough
// to raise s7's expression error by d20 from 0.31 to 0.40.
constexpr int kGridStepPixels = 10;
constexpr int kMinGrid = 12, kMaxGrid = 64;
// Width of the blend at the render window's edge, as a fraction of its side.
constexpr double kFeatherFraction = 0.06;
// A portrait whose inner lips are this far apart (face units) shows its own
// teeth or mouth interior, which the warp can then reuse.
constexpr double kOpenMouthGap = 0.025;
// An iris's radius over its eye's corner-to-corner width (about 5.9 mm over
// 29 mm), for a portrait whose irises the tracker did not see.
constexpr double kIrisRadiusOverEyeWidth = 0.2;

double innerLipGap(const Landmarks& l) {
  return ((l[66] - l[62]).norm() + (l[67] - l[61]).norm() + (l[65] - l[63]).norm()) / 3;
}

// Output pixel (centre at integer u) -> portrait coordinate, per axis.
struct ViewAxis {
  double origin, step;
  double toPortrait(double u) const { return origin + (u + 0.5) * step - 0.5; }
  double toOutput(double p) const { return (p + 0.5 - origin) / step - 0.5; }
};

struct IntRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int width() const { return x1 - x0; }
  int height() const { return y1 - y0; }
};

// Portrait pixel position -> grid_sample's normalised coordinates (align_corners false).
Vec2 toGridCoordinates(Vec2 p, const ImageFrame& frame) {
  return {(2 * p.x + 1) / frame.width - 1, (2 * p.y + 1) / frame.height - 1};
}

// Which edges of the render window meet unmoved picture in the view.
struct FeatherSides {
  bool left = true, top = true, right = true, bottom = true;
  bool operator==(const FeatherSides&) const = default;
};

bool sameView(const RenderView& a, const RenderView& b) {
  return a.width == b.width && a.height == b.height && a.region.x == b.region.x && a.region.y == b.region.y &&
         a.region.width == b.region.width && a.region.height == b.region.height;
}

class TorchWarpRenderer final : public Renderer {
 public:
  explicit TorchWarpRenderer(torch::Device device) : device_(device) {}

  Status setSource(const SourceFace& source) override {
    if (source.image.empty() || (source.image.channels != 3 && source.image.channels != 1))
      return makeError("the portrait image is empty or not RGB");
    if (!(source.motion.pose.scale > 0)) return makeError("the portrait's head pose is missing");
    try {
      torch::NoGradGuard noGrad;
      source_ = source;
      turnLimits_ = turnLimitsFor(source.motion.pose.rotation, source.mesh ? TurnDrawing::Surface : TurnDrawing::Warp);
      portrait_ = imageToTensor(source.image, device_);
      palette_ = mouthPalette(portrait_, source.landmarks);
      sourceLip_ = {};
      if (source.mesh) {
        sourceLip_.rightCorner = kInnerLipRingRightCorner;
        for (int v : meshInnerLipRing())
          sourceLip_.points.push_back({(*source.mesh)[std::size_t(v)].x, (*source.mesh)[std::size_t(v)].y});
      } else {
        for (int i = 60; i < 68; ++i) sourceLip_.points.push_back(source.landmarks[std::size_t(i)]);
      }
      teethSplit_ = ownTeethSplit(source.image, sourceLip_);
      portraitLips_ = lipColour(portrait_, source.landmarks);
      sourceGap_ = innerLipGap(source.landmarks) / source.motion.pose.scale;
      backgroundView_ = {};
      if (source.mesh) {
        const ImageFrame frame{source.image.width, source.image.height};
        for (int v = 0; v < kMeshPointCount; ++v) {
          const Vec3& p = (*source.mesh)[std::size_t(v)];
          sourceMeshInGrid_[std::size_t(v)] = toGridCoordinates({p.x, p.y}, frame);
        }
      }
    } catch (const c10::Error& e) {
      return makeError(std::string("cannot prepare the portrait on ") + device_.str() + ": " +
                       e.what_without_backtrace());
    }
    return {};
  }

  Result<Image> render(const Motion& target, const RenderView& view, const RenderHints& hints) override {
    if (!portrait_.defined()) return makeError("no portrait set for rendering");
    if (view.width <= 0 || view.height <= 0 || view.region.width <= 0 || view.region.height <= 0)
      return makeError("the render view is empty");
    try {
      torch::NoGradGuard noGrad;
      return renderFrame(target, view, hints);
    } catch (const c10::Error& e) {
      return makeError(std::string("rendering failed on ") + device_.str() + ": " + e.what_without_backtrace());
    }
  }

  std::string deviceName() const override { return device_.str(); }

 private:
  Image renderFrame(const Motion& asked, const RenderView& view, const RenderHints& hints) {
    // Big turns stretch what the portrait hid (see TurnLimits): past the knee a turn is drawn smaller.
    Motion target = asked;
    target.pose.rotation = limitTurn(asked.pose.rotation, source_.motion.pose.rotation, turnLimits_);
    const ImageFrame frame{source_.image.width, source_.image.height};
    ViewAxis ax{view.region.x, view.region.width / view.width};
    ViewAxis ay{view.region.y, view.region.height / view.height};
    Image out = background(view);

    Rect face = faceWindow(source_, frame);
    IntRect win{std::max(0, int(std::floor(ax.toOutput(face.x)))), std::max(0, int(std::floor(ay.toOutput(face.y)))),
                std::min(view.width, int(std::ceil(ax.toOutput(face.x + face.width))) + 1),
                std::min(view.height, int(std::ceil(ay.toOutput(face.y + face.height))) + 1)};
    if (win.width() < 4 || win.height() < 4) return out;
    // Where the view cuts the window (the portrait's edge, a zoomed view)
    // nothing unmoved lies beyond it to blend with.
    const FeatherSides sides{ax.toOutput(face.x) >= 0, ay.toOutput(face.y) >= 0,
                             ax.toOutput(face.x + face.width) < view.width,
                             ay.toOutput(face.y + face.height) < view.height};

    std::optional<MeshPoints> targetMesh;
    std::optional<MeshRaster> drawnFace;
    if (source_.mesh) {
      targetMesh = moveMesh(*source_.mesh, source_.motion, target, frame);
      drawnFace = drawMesh(*targetMesh, win, ax, ay);
    }
    Landmarks targetLandmarks = decodeLandmarks(canonicalFace(), target.expression, target.pose, frame);
    if (targetMesh) {
      const auto& indices = meshIndicesFor68();
      for (int i = 0; i < kLandmarkCount; ++i) {
        const Vec3& p = (*targetMesh)[std::size_t(indices[std::size_t(i)])];
        targetLandmarks[std::size_t(i)] = {p.x, p.y};
      }
    }
    ControlPoints facePairs = drawnFace ? visibleEdgePairs(*targetMesh, *drawnFace, target.pose.scale, win, ax, ay)
                                        : landmarkPairs(source_.landmarks, targetLandmarks);
    ControlPoints cp = buildControlPoints(source_, std::move(facePairs), target.pose, frame, face);
    torch::Tensor samples = samplePositions(cp, win, ax, ay, frame);
    if (drawnFace) blendSurface(samples, *drawnFace);

    MouthGeometry mouth;
    mouth.pixelsPerFaceUnit = target.pose.scale / ax.step;
    mouth.newOpening = innerLipGap(targetLandmarks) / target.pose.scale - sourceGap_;
    mouth.sourceOpen = sourceGap_ > kOpenMouthGap;
    // toGridCoordinates as a scale and shift.
    mouth.sampleScale = {2.0 / frame.width, 2.0 / frame.height};
    mouth.sampleShift = {1.0 / frame.width - 1, 1.0 / frame.height - 1};
    auto inWindow = [&](Vec2 p) { return Vec2{ax.toOutput(p.x) - win.x0, ay.toOutput(p.y) - win.y0}; };
    for (int i = 0; i < 8; ++i) mouth.targetInnerLip[i] = inWindow(targetLandmarks[60 + i]);
    mouth.ownTeethSplit = teethSplit_;
    mouth.source = sourceLip_;
    // With a surface, its own inner lip (20 points), so the opening meets the drawn lips exactly.
    mouth.target.rightCorner = sourceLip_.rightCorner;
    if (targetMesh) {
      for (int v : meshInnerLipRing())
        mouth.target.points.push_back(inWindow({(*targetMesh)[std::size_t(v)].x, (*targetMesh)[std::size_t(v)].y}));
    } else {
      mouth.target.points.assign(mouth.targetInnerLip.begin(), mouth.targetInnerLip.end());
    }
    std::optional<torch::Tensor> ownCavity;
    if (mouth.sourceOpen) ownCavity = carryOwnTeeth(samples, mouth);
    auto warped = F::grid_sample(
        portrait_, samples.permute({1, 2, 0}).unsqueeze(0),
        F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kBorder).align_corners(false));
    std::optional<DriverMouth> driver = driverMouth(hints);
    paintMouthCavity(warped, mouth, palette_, driver ? &*driver : nullptr, ownCavity ? &*ownCavity : nullptr);

    auto weight = feather(win.width(), win.height(), sides);
    auto base =
        backgroundTensor_.index({torch::indexing::Slice(), torch::indexing::Slice(),
                                 torch::indexing::Slice(win.y0, win.y1), torch::indexing::Slice(win.x0, win.x1)});
    auto blended = torch::lerp(base, warped, weight);
    writeTensorInto(out, blended, win.x0, win.y0);
    for (const EyeInView& eye : eyesInView(targetLandmarks, target, ax, ay)) moveIris(out, eye);
    return out;
  }

  // Where each eye's iris is after the warp and where the gaze wants it, in
  // output pixels. The warp carries the portrait's iris with its eye, so it
  // is found by moving the portrait's iris with the eye's corners.
  std::array<EyeInView, 2> eyesInView(const Landmarks& targetLandmarks, const Motion& target, const ViewAxis& ax,
                                      const ViewAxis& ay) const {
    const auto& face = canonicalFace();
    auto toView = [&](Vec2 p) { return Vec2{ax.toOutput(p.x), ay.toOutput(p.y)}; };
    // A point of the face model with an expression's displacement, unposed.
    auto canonicalPoint = [&](const ExpressionCode& expression, int i) {
      const Vec2 d = expression.displacement(i);
      return Vec2{face[i].x + d.x, face[i].y + d.y};
    };
    auto canonicalCorner = [&](int i) { return canonicalPoint(target.expression, i); };
    std::array<EyeInView, 2> eyes{};
    for (int e = 0; e < 2; ++e) {
      const int first = e == 0 ? 36 : 42;
      EyeInView& eye = eyes[std::size_t(e)];
      for (int k = 0; k < 6; ++k) eye.opening[std::size_t(k)] = toView(targetLandmarks[first + k]);
      const double canonicalWidth = (canonicalCorner(first + 3) - canonicalCorner(first)).norm();
      const Vec2 sourceA = source_.landmarks[first], sourceB = source_.landmarks[first + 3];
      const Vec2 targetA = targetLandmarks[first], targetB = targetLandmarks[first + 3];
      const Vec2 sourceMid = (sourceA + sourceB) * 0.5, targetMid = (targetA + targetB) * 0.5;
      const double sourceWidth = (sourceB - sourceA).norm(), targetWidth = (targetB - targetA).norm();
      Vec2 irisNow;
      double radius;
      if (source_.irises && sourceWidth > 0) {
        // The iris's place relative to the eye's corners, carried from the
        // portrait's eye to the target's (rotation and size of the corner line).
        const SourceFace::Iris& iris = (*source_.irises)[std::size_t(e)];
        const Vec2 s = sourceB - sourceA, t = targetB - targetA;
        const double scale = targetWidth / sourceWidth;
        const double angle = std::atan2(t.y, t.x) - std::atan2(s.y, s.x);
        const Vec2 r = iris.centre - sourceMid;
        irisNow =
            targetMid +
            Vec2{std::cos(angle) * r.x - std::sin(angle) * r.y, std::sin(angle) * r.x + std::cos(angle) * r.y} * scale;
        radius = iris.radius * scale;
      } else {
        irisNow = targetMid + irisOffset(source_.motion.expression.gaze(), canonicalWidth, target.pose);
        radius = kIrisRadiusOverEyeWidth * targetWidth;
      }
      const Vec2 move = irisOffset(target.expression.gaze(), canonicalWidth, target.pose) -
                        irisOffset(source_.motion.expression.gaze(), canonicalWidth, target.pose);
      // Measured on the face model, unposed: a head bowed towards the camera
      // foreshortens the lids' gap in the image but does not close the eye.
      auto lidGap = [&](const ExpressionCode& expression) {
        auto at = [&](int i) { return canonicalPoint(expression, i); };
        return ((at(first + 5) - at(first + 1)).norm() + (at(first + 4) - at(first + 2)).norm()) / 2;
      };
      const double ownGap = lidGap(source_.motion.expression);
      eye.openness = ownGap > 0 ? lidGap(target.expression) / ownGap : 1;
      eye.irisNow = toView(irisNow);
      eye.irisWanted = toView(irisNow + move);
      eye.irisRadius = radius / ax.step;
    }
    return eyes;
  }

  // The face's surface in the window: per pixel, where in the portrait
  // (grid_sample's coordinates) the nearest visible triangle takes it from,
  // and how much it counts against the warp around it (0 on the outline).
  // A turned face hides what goes behind the nose and cheek instead of
  // folding it.
  MeshRaster drawMesh(const MeshPoints& targetMesh, const IntRect& win, const ViewAxis& ax, const ViewAxis& ay) const {
    const MeshSurface& surface = meshSurface();
    std::vector<RasterVertex> vertices(kMeshPointCount);
    for (int v = 0; v < kMeshPointCount; ++v) {
      const Vec3& to = targetMesh[std::size_t(v)];
      const Vec2 grid = sourceMeshInGrid_[std::size_t(v)];
      vertices[std::size_t(v)] = {{ax.toOutput(to.x) - win.x0, ay.toOutput(to.y) - win.y0, to.z},
                                  {float(grid.x), float(grid.y), float(surface.inwardness[std::size_t(v)])}};
    }
    return rasterise(vertices, surface.triangles, win.width(), win.height());
  }

  // The surface's samples over the warp's, by the surface's weight. On the
  // CPU only the covered pixels are touched (a face is a small part of the
  // window); elsewhere the planes go to the device and blend there.
  void blendSurface(torch::Tensor& samples, const MeshRaster& drawn) const {
    if (drawn.pixels() == 0) return;
    const int windowWidth = int(samples.size(2)), windowHeight = int(samples.size(1));
    if (samples.device().is_cpu()) {
      samples = samples.contiguous();
      float* x = samples.data_ptr<float>();
      float* y = x + std::size_t(windowWidth) * std::size_t(windowHeight);
      for (int row = 0; row < drawn.height; ++row)
        for (int column = 0; column < drawn.width; ++column) {
          const std::size_t i = std::size_t(row) * std::size_t(drawn.width) + std::size_t(column);
          if (!drawn.covered[i]) continue;
          const std::size_t at =
              std::size_t(drawn.y0 + row) * std::size_t(windowWidth) + std::size_t(drawn.x0 + column);
          const float weight = drawn.attribute(2, i);
          x[at] += weight * (drawn.attribute(0, i) - x[at]);
          y[at] += weight * (drawn.attribute(1, i) - y[at]);
        }
      return;
    }
    auto planes = torch::from_blob(const_cast<float*>(drawn.attributes.data()),
                                   {kRasterAttributes, drawn.height, drawn.width}, torch::kFloat)
                      .to(device_);
    auto box = samples.narrow(1, drawn.y0, drawn.height).narrow(2, drawn.x0, drawn.width);
    box.copy_(torch::lerp(box, planes.narrow(0, 0, 2), planes.narrow(0, 2, 1)));
  }

  // The warp around the face is pinned to where the drawn surface ends,
  // each pair pulling from where that vertex lies in the portrait, so the
  // warp and the surface agree along their border: vertices on a facing
  // triangle with nothing drawn just outside them (the outline, and on a
  // big turn the far cheek's silhouette). Outline vertices behind nearer
  // surface are left out (a turn would make them cross the visible ones and
  // fold the warp), and inner ones closer than a few pixels to a chosen one.
  ControlPoints visibleEdgePairs(const MeshPoints& targetMesh, const MeshRaster& drawn, double targetScale,
                                 const IntRect& win, const ViewAxis& ax, const ViewAxis& ay) const {
    const MeshSurface& surface = meshSurface();
    std::array<bool, kMeshPointCount> facing{};
    for (const auto& t : surface.triangles) {
      auto at = [&](int i) { return Vec2{targetMesh[std::size_t(i)].x, targetMesh[std::size_t(i)].y}; };
      if (facingArea(at(t[0]), at(t[1]), at(t[2])) > 0)
        for (int corner : t) facing[std::size_t(corner)] = true;
    }
    Vec2 centre;
    for (const Vec3& p : targetMesh) centre = centre + Vec2{p.x, p.y} * (1.0 / kMeshPointCount);
    constexpr double kStepOutPixels = 2, kMinSpacingPixels = 3;
    ControlPoints pairs;
    std::vector<Vec2> chosen;
    auto add = [&](int v) {
      const Vec3& to = targetMesh[std::size_t(v)];
      const Vec3& from = (*source_.mesh)[std::size_t(v)];
      chosen.push_back({ax.toOutput(to.x) - win.x0, ay.toOutput(to.y) - win.y0});
      pairs.target.push_back({to.x, to.y});
      pairs.source.push_back({from.x, from.y});
    };
    // A vertex hides behind nearer surface (the nose, the near cheek) when
    // the drawn depth at its pixel is well in front of its own.
    const double hiddenBehind = 0.05 * targetScale;
    auto hidden = [&](int v) {
      const Vec3& to = targetMesh[std::size_t(v)];
      const int px = int(std::lround(ax.toOutput(to.x) - win.x0)), py = int(std::lround(ay.toOutput(to.y) - win.y0));
      const auto i = drawn.entry(px, py);
      return i && drawn.covered[*i] && drawn.depth[*i] < to.z - hiddenBehind;
    };
    // Nothing drawn just outside the vertex, away from the face's centre.
    auto onTheEdge = [&](int v) {
      const Vec3& to = targetMesh[std::size_t(v)];
      const Vec2 inView{ax.toOutput(to.x) - win.x0, ay.toOutput(to.y) - win.y0};
      const Vec2 outward{to.x - centre.x, to.y - centre.y};
      const double length = outward.norm();
      if (length <= 0) return false;
      const Vec2 probe = inView + outward * (kStepOutPixels / length);
      return !drawn.coveredAt(int(std::lround(probe.x)), int(std::lround(probe.y)));
    };
    for (int v = 0; v < kMeshPointCount; ++v)
      if (surface.inwardness[std::size_t(v)] == 0 && facing[std::size_t(v)] && !hidden(v) && onTheEdge(v)) add(v);
    for (int v = 0; v < kMeshPointCount; ++v) {
      if (surface.inwardness[std::size_t(v)] == 0 || !facing[std::size_t(v)] || !onTheEdge(v)) continue;
      const Vec3& to = targetMesh[std::size_t(v)];
      const Vec2 inView{ax.toOutput(to.x) - win.x0, ay.toOutput(to.y) - win.y0};
      bool crowded = false;
      for (const Vec2& c : chosen) crowded = crowded || (c - inView).norm() < kMinSpacingPixels;
      if (!crowded) add(v);
    }
    return pairs;
  }

  std::optional<DriverMouth> driverMouth(const RenderHints& hints) {
    if (!hints.driverFrame || !hints.driverLandmarks || hints.driverFrame->empty()) return std::nullopt;
    DriverMouth driver;
    driver.frame = imageToTensor(*hints.driverFrame, device_).narrow(1, 0, 3);
    for (int i = 0; i < 8; ++i) driver.innerLip[i] = (*hints.driverLandmarks)[60 + i];
    driver.colourGain =
        (portraitLips_ / lipColour(driver.frame, *hints.driverLandmarks).clamp_min(0.02)).clamp(0.6, 1.6);
    return driver;
  }

  // Where each output pixel of the window takes its colour from, in
  // grid_sample's coordinates (-1..1 across the portrait): [2, h, w]. The
  // spline is solved on a coarse grid and upsampled; the mapping to
  // grid_sample's coordinates is affine, so it is applied on the coarse grid.
  torch::Tensor samplePositions(const ControlPoints& cp, const IntRect& win, const ViewAxis& ax, const ViewAxis& ay,
                                const ImageFrame& frame) {
    const double unit = source_.motion.pose.scale;
    const Vec2 centre = source_.landmarks[30];
    std::vector<Vec2> targets, displacements;
    for (std::size_t i = 0; i < cp.target.size(); ++i) {
      targets.push_back((cp.target[i] - centre) * (1 / unit));
      displacements.push_back((cp.source[i] - cp.target[i]) * (1 / unit));
    }
    auto spline = ThinPlateSpline::fit(targets, displacements, kSplineRegularisation, device_);

    int gw = std::clamp(win.width() / kGridStepPixels + 1, kMinGrid, kMaxGrid);
    int gh = std::clamp(win.height() / kGridStepPixels + 1, kMinGrid, kMaxGrid);
    auto options = torch::TensorOptions().dtype(torch::kFloat).device(device_);
    auto px = torch::linspace(ax.toPortrait(win.x0), ax.toPortrait(win.x1 - 1), gw, options);
    auto py = torch::linspace(ay.toPortrait(win.y0), ay.toPortrait(win.y1 - 1), gh, options);
    auto coarse = torch::stack({px.view({1, -1}).expand({gh, gw}), py.view({-1, 1}).expand({gh, gw})}, -1);
    auto normalised = (coarse.view({-1, 2}) - torch::tensor({centre.x, centre.y}, options)) / unit;
    auto displacement = spline.evaluate(normalised).mul(unit).view({gh, gw, 2});
    auto gridScale = torch::tensor({2.0 / frame.width, 2.0 / frame.height}, options);
    auto gridShift = torch::tensor({1.0 / frame.width - 1, 1.0 / frame.height - 1}, options);
    auto sources = ((coarse + displacement) * gridScale + gridShift).permute({2, 0, 1}).unsqueeze(0);
    auto fine = F::interpolate(sources, F::InterpolateFuncOptions()
                                            .size(std::vector<int64_t>{win.height(), win.width()})
                                            .mode(torch::kBilinear)
                                            .align_corners(true));
    return fine[0];
  }

  // The view of the unmoving portrait, computed once per view.
  const Image& background(const RenderView& view) {
    if (backgroundImage_.empty() || !sameView(view, backgroundView_)) {
      const bool identity = view.region.x == 0 && view.region.y == 0 && view.width == source_.image.width &&
                            view.height == source_.image.height && view.region.width == view.width &&
                            view.region.height == view.height;
      if (identity) {
        backgroundTensor_ = portrait_;
      } else {
        ViewAxis ax{view.region.x, view.region.width / view.width};
        ViewAxis ay{view.region.y, view.region.height / view.height};
        auto options = torch::TensorOptions().dtype(torch::kFloat).device(device_);
        const double w = source_.image.width, h = source_.image.height;
        auto gx = torch::linspace(ax.toPortrait(0), ax.toPortrait(view.width - 1), view.width, options)
                      .mul(2 / w)
                      .add(1 / w - 1);
        auto gy = torch::linspace(ay.toPortrait(0), ay.toPortrait(view.height - 1), view.height, options)
                      .mul(2 / h)
                      .add(1 / h - 1);
        auto grid = torch::stack({gx.view({1, -1}).expand({view.height, view.width}),
                                  gy.view({-1, 1}).expand({view.height, view.width})},
                                 -1)
                        .unsqueeze(0);
        backgroundTensor_ = F::grid_sample(
            portrait_, grid,
            F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kBorder).align_corners(false));
      }
      backgroundImage_ = tensorToImage(backgroundTensor_);
      backgroundView_ = view;
    }
    return backgroundImage_;
  }

  // Blend weight for the window: 1 inside, easing to 0 at the edges that
  // meet unmoved picture, so the pasted crop cannot show a seam even where
  // the warp has not quite settled. An edge the view cuts is drawn as warped:
  // easing there would show the unmoved portrait beside the moved one (a
  // second hairline above a head that moved down).
  torch::Tensor feather(int w, int h, const FeatherSides& sides) {
    if (!featherWeight_.defined() || featherWeight_.size(2) != h || featherWeight_.size(3) != w ||
        !(sides == featherSides_)) {
      auto options = torch::TensorOptions().dtype(torch::kFloat).device(device_);
      const double band = std::max(2.0, kFeatherFraction * std::min(w, h));
      auto ramp = [&](int n, bool fromStart, bool toEnd) {
        auto i = torch::arange(n, options);
        auto distance = torch::full({n}, double(n), options);
        if (fromStart) distance = torch::minimum(distance, i);
        if (toEnd) distance = torch::minimum(distance, (n - 1) - i);
        return distance.div(band).clamp(0, 1);
      };
      auto weight = torch::minimum(ramp(h, sides.top, sides.bottom).view({-1, 1}),
                                   ramp(w, sides.left, sides.right).view({1, -1}));
      featherWeight_ = (weight * weight * (3 - 2 * weight)).view({1, 1, h, w});
      featherSides_ = sides;
    }
    return featherWeight_;
  }

  torch::Device device_;
  SourceFace source_;
  TurnLimits turnLimits_;
  torch::Tensor portraitLips_;
  torch::Tensor portrait_;
  MouthPalette palette_;
  double sourceGap_ = 0;
  LipRing sourceLip_;  // the portrait's inner lip, portrait pixels
  double teethSplit_ = 0.5;
  // The portrait's mesh in grid_sample's coordinates: where each vertex takes its pixels from.
  std::array<Vec2, kMeshPointCount> sourceMeshInGrid_{};
  RenderView backgroundView_;
  torch::Tensor backgroundTensor_;
  Image backgroundImage_;
  torch::Tensor featherWeight_;
  FeatherSides featherSides_;
};

Result<std::unique_ptr<Renderer>> createTorchWarpRenderer(const WarpRendererOptions& options) {
  bool cuda = torchCudaAvailable();
  if (options.device == DeviceChoice::Cuda && !cuda)
    return makeError("CUDA was requested but libtorch sees no CUDA device on this machine (use --device cpu or auto)");
  if (options.threads > 0) at::set_num_threads(options.threads);
  keepBlasSingleThreaded();
  torch::Device device =
      (options.device != DeviceChoice::Cpu && cuda) ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
  return std::unique_ptr<Renderer>(std::make_unique<TorchWarpRenderer>(device));
}

}  // namespace

}  // namespace marionette

extern "C" const marionette::RenderModuleEntry* marionette_render_module() {
  static const marionette::RenderModuleEntry entry{marionette::kRenderModuleVersion,
                                                   &marionette::createTorchWarpRenderer,
                                                   &marionette::torchCudaAvailable, &marionette::loadFaceMeshNetworks};
  return &entry;
}
