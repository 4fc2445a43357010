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

// Crossing-number inside test for a polygon, evaluated for every pixel of a
// grid at once.
torch::Tensor insidePolygon(const torch::Tensor& xs, const torch::Tensor& ys, const std::array<Vec2, 8>& polygon) {
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

}  // namespace

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

void paintMouthCavity(torch::Tensor& window, const torch::Tensor& sampledFrom, const MouthGeometry& mouth,
                      const MouthPalette& palette, const DriverMouth* driver) {
  double strength = std::clamp(mouth.newOpening / kFadeInOpening, 0.0, 1.0);
  if (strength <= 0) return;
  const auto& lip = mouth.targetInnerLip;
  const long h = window.size(2), w = window.size(3);
  double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
  for (const Vec2& p : lip) {
    minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
    minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
  }
  long x0 = std::max<long>(0, std::lround(std::floor(minX)) - 2),
       x1 = std::min<long>(w, std::lround(std::ceil(maxX)) + 3);
  long y0 = std::max<long>(0, std::lround(std::floor(minY)) - 2),
       y1 = std::min<long>(h, std::lround(std::ceil(maxY)) + 3);
  if (x1 - x0 < 2 || y1 - y0 < 2) return;

  auto options = window.options();
  auto xs = torch::arange(x0, x1, options).view({1, -1}).expand({y1 - y0, x1 - x0});
  auto ys = torch::arange(y0, y1, options).view({-1, 1}).expand({y1 - y0, x1 - x0});
  auto inside = insidePolygon(xs, ys, lip);
  if (mouth.sourceOpen) {
    auto from = sampledFrom.index({Slice(), Slice(y0, y1), Slice(x0, x1)});
    inside = inside & ~insidePolygon(from[0], from[1], mouth.sourceInnerLip);
  }
  auto mask = inside.to(torch::kFloat).view({1, 1, y1 - y0, x1 - x0});
  // Soft edge so the lips' inner line is not a jagged cut.
  mask = F::avg_pool2d(mask, F::AvgPool2dFuncOptions(3).stride(1).padding(1));

  // 0 at the upper lip, 1 at the lower lip; the cavity is darkest in the
  // middle and picks up the lips' own red towards its edges.
  auto rows = ((ys - minY) / std::max(1.0, maxY - minY)).clamp(0, 1);
  auto edge = (rows - 0.5).abs().mul(2).unsqueeze(0);
  auto colour = palette.cavity.view({3, 1, 1}) * (0.6 + 1.4 * edge);
  double openingPixels = maxY - minY;
  double teethAmount = std::clamp((mouth.newOpening - kTeethOpening) / kTeethOpening, 0.0, 1.0);
  if (driver) {
    colour = sampleDriverMouth(*driver, lip, xs, ys);
  } else if (!mouth.sourceOpen && teethAmount > 0 && openingPixels > 3) {
    double band = kTeethBandFraction * std::min(openingPixels, 0.12 * mouth.pixelsPerFaceUnit) / openingPixels;
    auto teethMask = ((band - rows) / 0.08).clamp(0, 1).unsqueeze(0) * teethAmount;
    colour = colour * (1 - teethMask) + palette.teeth.view({3, 1, 1}) * teethMask;
  }
  auto region = window.index({Slice(), Slice(0, 3), Slice(y0, y1), Slice(x0, x1)});
  auto alpha = mask * strength;
  region.mul_(1 - alpha).add_(colour.unsqueeze(0) * alpha);
}

}  // namespace marionette::render_detail
