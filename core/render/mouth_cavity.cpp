#include "core/render/mouth_cavity.h"

#include <algorithm>
#include <cmath>

namespace marionette::render_detail {

namespace {

namespace F = torch::nn::functional;
using torch::indexing::Slice;

// The opening (face units) over which the cavity fades in: below it the
// warp's stretched lips are left alone.
constexpr double kFadeInOpening = 0.04;
// Teeth show once the mouth opens this much, occupying the top of the cavity.
constexpr double kTeethOpening = 0.05;
constexpr double kTeethBandFraction = 0.32;
// Teeth fade out over this share of the mouth's width at each corner.
constexpr double kToothlessCorner = 0.3;

// Crossing-number inside test for a polygon, evaluated for every pixel of a
// grid at once.
torch::Tensor insidePolygon(const torch::Tensor& xs, const torch::Tensor& ys, const std::vector<Vec2>& polygon) {
  auto inside = torch::zeros_like(xs, torch::kBool);
  for (std::size_t i = 0; i < polygon.size(); ++i) {
    Vec2 a = polygon[i], b = polygon[(i + 1) % polygon.size()];
    if (a.y == b.y) continue;
    auto straddles = (ys >= std::min(a.y, b.y)) & (ys < std::max(a.y, b.y));
    auto crossX = a.x + (ys - a.y) * ((b.x - a.x) / (b.y - a.y));
    inside = inside ^ (straddles & (xs < crossX));
  }
  return inside;
}

torch::Tensor meanColourAt(const torch::Tensor& portrait, const Landmarks& landmarks, int first, int last) {
  const long h = portrait.size(2), w = portrait.size(3);
  auto sum = torch::zeros({3}, portrait.options());
  for (int i = first; i <= last; ++i) {
    long x = std::clamp<long>(std::lround(landmarks[i].x), 0, w - 1);
    long y = std::clamp<long>(std::lround(landmarks[i].y), 0, h - 1);
    sum += portrait.index({0, Slice(0, 3), y, x});
  }
  return sum / double(last - first + 1);
}

// Least-squares affine map taking `from` points onto `to` points: x' = a.x*x + a.y*y + a.z.
std::array<Vec3, 2> fitAffine(const std::array<Vec2, 8>& from, const std::array<Vec2, 8>& to) {
  double sxx = 0, sxy = 0, sx = 0, syy = 0, sy = 0, n = 0;
  double bx[3] = {0, 0, 0}, by[3] = {0, 0, 0};
  for (std::size_t i = 0; i < from.size(); ++i) {
    double x = from[i].x, y = from[i].y;
    sxx += x * x, sxy += x * y, sx += x, syy += y * y, sy += y, n += 1;
    double row[3] = {x, y, 1};
    for (int k = 0; k < 3; ++k) bx[k] += row[k] * to[i].x, by[k] += row[k] * to[i].y;
  }
  // A closed mouth makes the system degenerate vertically; a small ridge
  // keeps the map defined (it then leans on the horizontal spread).
  double m[3][3] = {{sxx + 1e-3, sxy, sx}, {sxy, syy + 1e-3, sy}, {sx, sy, n}};
  auto solve = [&m](const double* b) {
    double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
                 m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    auto cramer = [&](int col) {
      double c[3][3];
      for (int r = 0; r < 3; ++r)
        for (int k = 0; k < 3; ++k) c[r][k] = k == col ? b[r] : m[r][k];
      return (c[0][0] * (c[1][1] * c[2][2] - c[1][2] * c[2][1]) - c[0][1] * (c[1][0] * c[2][2] - c[1][2] * c[2][0]) +
              c[0][2] * (c[1][0] * c[2][1] - c[1][1] * c[2][0])) /
             det;
    };
    return Vec3{cramer(0), cramer(1), cramer(2)};
  };
  return {solve(bx), solve(by)};
}

torch::Tensor sampleDriverMouth(const DriverMouth& driver, const std::array<Vec2, 8>& targetLip,
                                const torch::Tensor& xs, const torch::Tensor& ys) {
  auto map = fitAffine(targetLip, driver.innerLip);
  const double w = driver.frame.size(3), h = driver.frame.size(2);
  auto dx = xs * map[0].x + ys * map[0].y + map[0].z;
  auto dy = xs * map[1].x + ys * map[1].y + map[1].z;
  auto grid = torch::stack({dx.mul(2 / w).add(1 / w - 1), dy.mul(2 / h).add(1 / h - 1)}, -1).unsqueeze(0);
  auto colour = F::grid_sample(
      driver.frame, grid,
      F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kBorder).align_corners(false));
  return (colour[0] * driver.colourGain.view({3, 1, 1})).clamp(0, 1);
}

struct PixelBox {
  long x0, y0, x1, y1;
  bool empty() const { return x1 - x0 < 2 || y1 - y0 < 2; }
};

// The inner lip's bounding box in the window, a pixel or two wider.
PixelBox lipBox(const std::vector<Vec2>& lip, long width, long height) {
  double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
  for (const Vec2& p : lip) {
    minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
    minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
  }
  return {std::max<long>(0, std::lround(std::floor(minX)) - 2), std::max<long>(0, std::lround(std::floor(minY)) - 2),
          std::min<long>(width, std::lround(std::ceil(maxX)) + 3),
          std::min<long>(height, std::lround(std::ceil(maxY)) + 3)};
}

// A mouth seen in its own frame: u runs from corner 60 (0) to corner 64
// (1), v is the distance (pixels) down from that line, and the upper and
// lower inner lips are v as a piecewise-linear function of u.
struct MouthFrame {
  Vec2 origin, along, down;
  double width = 0;
  std::vector<Vec2> upper, lower;  // (u, v) from corner to corner

  explicit MouthFrame(const LipRing& lip) {
    const auto& ring = lip.points;
    const int n = int(ring.size()), right = lip.rightCorner;
    origin = ring[0];
    const Vec2 span = ring[std::size_t(right)] - ring[0];
    width = std::max(1e-6, span.norm());
    along = span * (1 / width);
    down = {-along.y, along.x};
    auto local = [&](Vec2 p) {
      const Vec2 d = p - origin;
      return Vec2{(d.x * along.x + d.y * along.y) / width, d.x * down.x + d.y * down.y};
    };
    for (int i = 0; i <= right; ++i) upper.push_back(local(ring[std::size_t(i)]));
    lower.push_back(local(ring[0]));
    for (int i = n - 1; i >= right; --i) lower.push_back(local(ring[std::size_t(i)]));
    // Kept in order along the mouth, so each lip is a function of u.
    for (auto* curve : {&upper, &lower})
      for (std::size_t i = 1; i < curve->size(); ++i) (*curve)[i].x = std::max((*curve)[i].x, (*curve)[i - 1].x + 1e-6);
  }

  static double curveAt(const std::vector<Vec2>& curve, double u) {
    double v = curve[0].y;
    for (std::size_t i = 0; i + 1 < curve.size(); ++i) {
      const Vec2 a = curve[i], b = curve[i + 1];
      if (u >= a.x) v = a.y + std::clamp((u - a.x) / (b.x - a.x), 0.0, 1.0) * (b.y - a.y);
    }
    return v;
  }

  Vec2 pointAt(double u, double v) const { return origin + along * (u * width) + down * v; }

  static torch::Tensor curveAt(const std::vector<Vec2>& curve, const torch::Tensor& u) {
    auto v = torch::full_like(u, curve[0].y);
    for (std::size_t i = 0; i + 1 < curve.size(); ++i) {
      const Vec2 a = curve[i], b = curve[i + 1];
      auto t = ((u - a.x) / (b.x - a.x)).clamp(0, 1);
      v = torch::where(u >= a.x, a.y + t * (b.y - a.y), v);
    }
    return v;
  }
};

}  // namespace

double ownTeethSplit(const Image& portrait, const LipRing& lip) {
  constexpr double kEven = 0.5;
  if (portrait.empty() || lip.points.size() < 4) return kEven;
  const MouthFrame mouth(lip);
  constexpr int kRows = 16;
  std::array<double, kRows + 1> profile{};
  int columns = 0;
  for (double u : {0.3, 0.4, 0.5, 0.6, 0.7}) {
    const double upper = MouthFrame::curveAt(mouth.upper, u), lower = MouthFrame::curveAt(mouth.lower, u);
    if (lower - upper < 2) continue;
    ++columns;
    for (int k = 0; k <= kRows; ++k) {
      const Vec2 p = mouth.pointAt(u, upper + (lower - upper) * k / kRows);
      const int x = std::clamp(int(std::lround(p.x)), 0, portrait.width - 1);
      const int y = std::clamp(int(std::lround(p.y)), 0, portrait.height - 1);
      const std::uint8_t* pixel = portrait.row(y) + std::size_t(x) * std::size_t(portrait.channels);
      double luminance = pixel[0];
      if (portrait.channels >= 3) luminance = 0.299 * pixel[0] + 0.587 * pixel[1] + 0.114 * pixel[2];
      profile[std::size_t(k)] += luminance;
    }
  }
  if (columns == 0) return kEven;
  // The upper teeth are the first bright rows below the upper lip; the
  // split is where they end (at the bottom when no dark row follows them,
  // the middle when no row stands out).
  const auto [dimmest, brightest] = std::minmax_element(profile.begin(), profile.end());
  if (*brightest - *dimmest < 30.0 * columns) return kEven;
  const double threshold = (*dimmest + *brightest) / 2;
  int row = 0;
  while (row <= kRows && profile[std::size_t(row)] < threshold) ++row;
  while (row <= kRows && profile[std::size_t(row)] >= threshold) ++row;
  return std::clamp(double(row) / kRows, 0.2, 0.9);
}

torch::Tensor carryOwnTeeth(torch::Tensor& samples, const MouthGeometry& mouth) {
  const long h = samples.size(1), w = samples.size(2);
  auto cavity = torch::zeros({h, w}, samples.options());
  const PixelBox box = lipBox(mouth.target.points, w, h);
  if (box.empty() || mouth.target.points.size() != mouth.source.points.size()) return cavity;
  const MouthFrame target(mouth.target), source(mouth.source);
  const double scale = target.width / source.width;  // target pixels per portrait pixel

  auto options = samples.options();
  auto xs = torch::arange(box.x0, box.x1, options).view({1, -1}).expand({box.y1 - box.y0, box.x1 - box.x0});
  auto ys = torch::arange(box.y0, box.y1, options).view({-1, 1}).expand({box.y1 - box.y0, box.x1 - box.x0});
  auto inside = insidePolygon(xs, ys, mouth.target.points);
  auto dx = xs - target.origin.x, dy = ys - target.origin.y;
  auto u = ((dx * target.along.x + dy * target.along.y) / target.width).clamp(0, 1);
  auto v = dx * target.down.x + dy * target.down.y;
  auto upper = MouthFrame::curveAt(target.upper, u), lower = MouthFrame::curveAt(target.lower, u);
  auto sourceUpper = MouthFrame::curveAt(source.upper, u), sourceLower = MouthFrame::curveAt(source.lower, u);
  auto gap = (lower - upper).clamp_min(1e-3);
  auto ownGap = (sourceLower - sourceUpper).clamp_min(0) * scale;  // in target pixels
  auto belowUpper = (v - upper).clamp_min(0), aboveLower = (lower - v).clamp_min(0);
  // No wider than the portrait's: in proportion. Wider: the portrait's
  // opening above the split stays with the upper lip and the rest with the
  // lower, each at its own size.
  auto upperTeeth = ownGap * mouth.ownTeethSplit, lowerTeeth = ownGap * (1 - mouth.ownTeethSplit);
  auto pastUpper = belowUpper - upperTeeth, pastLower = aboveLower - lowerTeeth;
  auto rigid = torch::where(pastUpper <= pastLower, sourceUpper + belowUpper.minimum(upperTeeth) / scale,
                            sourceLower - aboveLower.minimum(lowerTeeth) / scale);
  auto inProportion = sourceUpper + belowUpper / gap * (sourceLower - sourceUpper);
  auto opensWider = gap > ownGap;
  auto sourceV = torch::where(opensWider, rigid, inProportion);
  // Pixels between the two rows of teeth show the cavity, with a soft edge.
  constexpr double kEdgePixels = 1.5;
  auto between = (pastUpper.minimum(pastLower) / kEdgePixels + 0.5).clamp(0, 1);
  cavity.index_put_({Slice(box.y0, box.y1), Slice(box.x0, box.x1)},
                    torch::where(inside & opensWider, between, torch::zeros_like(between)));

  auto along = u * source.width;
  auto px = source.origin.x + along * source.along.x + sourceV * source.down.x;
  auto py = source.origin.y + along * source.along.y + sourceV * source.down.y;
  auto region = samples.index({Slice(), Slice(box.y0, box.y1), Slice(box.x0, box.x1)});
  region.copy_(torch::where(
      inside.unsqueeze(0),
      torch::stack({px * mouth.sampleScale.x + mouth.sampleShift.x, py * mouth.sampleScale.y + mouth.sampleShift.y}),
      region));
  return cavity;
}

torch::Tensor lipColour(const torch::Tensor& image, const Landmarks& landmarks) {
  return meanColourAt(image, landmarks, 48, 59);
}

MouthPalette mouthPalette(const torch::Tensor& portrait, const Landmarks& landmarks) {
  auto lips = meanColourAt(portrait, landmarks, 48, 59);
  auto skin = meanColourAt(portrait, landmarks, 29, 35);
  double brightness = skin.mean().item<double>();
  MouthPalette palette;
  palette.cavity = lips * 0.28;
  // Teeth: off-white pulled towards the portrait's own tones and brightness,
  // so they do not glow on a dark painting or a pencil sketch.
  auto offWhite = torch::tensor({0.93, 0.90, 0.84}, portrait.options());
  palette.teeth = (offWhite * 0.7 + skin * 0.3) * std::clamp(0.55 + brightness, 0.6, 1.0);
  return palette;
}

void paintMouthCavity(torch::Tensor& window, const MouthGeometry& mouth, const MouthPalette& palette,
                      const DriverMouth* driver, const torch::Tensor* ownCavity) {
  double strength = std::clamp(mouth.newOpening / kFadeInOpening, 0.0, 1.0);
  if (strength <= 0) return;
  const auto& lip = mouth.target.points;
  const long h = window.size(2), w = window.size(3);
  double minY = 1e9, maxY = -1e9;
  for (const Vec2& p : lip) minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
  const PixelBox box = lipBox(lip, w, h);
  if (box.empty()) return;
  const long x0 = box.x0, x1 = box.x1, y0 = box.y0, y1 = box.y1;

  auto options = window.options();
  auto xs = torch::arange(x0, x1, options).view({1, -1}).expand({y1 - y0, x1 - x0});
  auto ys = torch::arange(y0, y1, options).view({-1, 1}).expand({y1 - y0, x1 - x0});
  auto inside = insidePolygon(xs, ys, lip);
  if (ownCavity) inside = inside & (ownCavity->index({Slice(y0, y1), Slice(x0, x1)}) > 0);
  auto mask = inside.to(torch::kFloat).view({1, 1, y1 - y0, x1 - x0});
  // Soft edge so the lips' inner line is not a jagged cut.
  mask = F::avg_pool2d(mask, F::AvgPool2dFuncOptions(3).stride(1).padding(1));
  if (ownCavity) mask = mask * ownCavity->index({Slice(y0, y1), Slice(x0, x1)}).view({1, 1, y1 - y0, x1 - x0});

  // 0 at the upper lip, 1 at the lower lip down each column of the mouth;
  // the cavity is darkest in the middle and picks up the lips' own red
  // towards its edges.
  const MouthFrame frame(mouth.target);
  auto dx = xs - frame.origin.x, dy = ys - frame.origin.y;
  auto u = ((dx * frame.along.x + dy * frame.along.y) / frame.width).clamp(0, 1);
  auto v = dx * frame.down.x + dy * frame.down.y;
  auto upper = MouthFrame::curveAt(frame.upper, u);
  auto gap = (MouthFrame::curveAt(frame.lower, u) - upper).clamp_min(0.5);
  auto rows = ((v - upper) / gap).clamp(0, 1);
  auto edge = (rows - 0.5).abs().mul(2).unsqueeze(0);
  auto colour = palette.cavity.view({3, 1, 1}) * (0.6 + 1.4 * edge);
  const double openingPixels = maxY - minY;
  const double teethAmount = std::clamp((mouth.newOpening - kTeethOpening) / kTeethOpening, 0.0, 1.0);
  if (driver) {
    colour = sampleDriverMouth(*driver, mouth.targetInnerLip, xs, ys);
  } else if (!mouth.sourceOpen && teethAmount > 0 && openingPixels > 3) {
    // Teeth of a fixed height (a share of the face, not of the opening)
    // under the upper lip, following its curve. (A lower row in shadow over
    // the lower lip was tried: on s7 it read as a pale outline of the lip.)
    auto band = (kTeethBandFraction * 0.12 * mouth.pixelsPerFaceUnit / gap).clamp_max(kTeethBandFraction);
    // The corners of the mouth show no teeth.
    auto awayFromCorners = (u.minimum(1 - u) / kToothlessCorner).clamp(0, 1);
    auto teethAcross = (awayFromCorners * awayFromCorners * (3 - 2 * awayFromCorners)).unsqueeze(0);
    auto teeth = ((band - rows) / 0.08).clamp(0, 1).unsqueeze(0) * teethAcross * teethAmount;
    colour = colour * (1 - teeth) + palette.teeth.view({3, 1, 1}) * teeth;
  }
  auto region = window.index({Slice(), Slice(0, 3), Slice(y0, y1), Slice(x0, x1)});
  auto alpha = mask * strength;
  region.mul_(1 - alpha).add_(colour.unsqueeze(0) * alpha);
}

}  // namespace marionette::render_detail
