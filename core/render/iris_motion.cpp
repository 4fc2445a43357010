#include "core/render/iris_motion.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/motion/expression_code.h"

namespace marionette::render_detail {

namespace {

// Below this width (output pixels) an iris is a pixel or two: nothing to move.
constexpr double kSmallestEyeWidth = 8;
// An eye whose lids are closer than this share of its width shows no iris.
constexpr double kClosedGapShare = 0.12;
// Nor does an eye closed past these shares of the portrait's own opening:
// there the iris travels less and less of the way, and not at all below
// the first. (The
// opening's outline runs through six points while the lids are drawn
// through the mesh's sixteen, so in a nearly closed eye the moved iris
// showed as a sharp dark wedge on the Mona Lisa's lowered lids.)
constexpr double kStillBelowOpenness = 0.45, kFreeAboveOpenness = 0.65;
// Moves under a quarter of a pixel are left to the warp.
constexpr double kSmallestShift = 0.5, kFadeInPixels = 1.5;
// The iris network's radius is the iris's edge; its dark limbal ring and
// soft rim reach a little beyond. The iris is moved a little wider than the
// radius, and where it was is filled wider still, so no rim stays behind.
constexpr double kPasteMargin = 1.15, kEraseMargin = 1.3;
// Width (pixels, each side) of the soft edge of both discs.
constexpr double kSoftEdge = 1.0;
// Rows on each side the white behind the iris is averaged over.
constexpr int kFillRows = 2;

// The opening as a closed curve through its six points (Catmull-Rom), so
// the lids' round edges clip the iris rather than the hexagon's chords.
std::vector<Vec2> smoothOpening(const std::array<Vec2, 6>& points) {
  constexpr int kStepsPerSide = 6;
  std::vector<Vec2> curve;
  const auto n = points.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Vec2 p0 = points[(i + n - 1) % n], p1 = points[i], p2 = points[(i + 1) % n], p3 = points[(i + 2) % n];
    for (int k = 0; k < kStepsPerSide; ++k) {
      const double t = double(k) / kStepsPerSide, t2 = t * t, t3 = t2 * t;
      curve.push_back(
          (p1 * 2 + (p2 - p0) * t + (p0 * 2 - p1 * 5 + p2 * 4 - p3) * t2 + (p1 * 3 - p0 - p2 * 3 + p3) * t3) * 0.5);
    }
  }
  return curve;
}

bool insideOpening(const std::vector<Vec2>& opening, Vec2 p) {
  bool inside = false;
  for (std::size_t i = 0, j = opening.size() - 1; i < opening.size(); j = i++) {
    const Vec2 a = opening[i], b = opening[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)) inside = !inside;
  }
  return inside;
}

// How much of the pixel at `p` lies inside the opening (3 x 3 samples), so
// the iris meets the lids without a jagged edge.
double coverage(const std::vector<Vec2>& opening, Vec2 p) {
  int inside = 0;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx) inside += insideOpening(opening, {p.x + dx / 3.0, p.y + dy / 3.0});
  return inside / 9.0;
}

double smoothStep(double edge0, double edge1, double x) {
  const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
  return t * t * (3 - 2 * t);
}

// A copy of part of an image, read with bilinear interpolation (clamped to
// the copy) in the image's own pixel coordinates.
class Patch {
 public:
  Patch(const Image& image, int x0, int y0, int x1, int y1) : x0_(x0), y0_(y0), width_(x1 - x0), height_(y1 - y0) {
    values_.resize(static_cast<std::size_t>(width_) * height_ * 3);
    for (int y = 0; y < height_; ++y) {
      const std::uint8_t* row = image.row(y0 + y);
      for (int x = 0; x < width_; ++x)
        for (int c = 0; c < 3; ++c)
          values_[(static_cast<std::size_t>(y) * width_ + x) * 3 + c] = row[(x0 + x) * image.channels + c];
    }
  }
  Vec3 at(int x, int y) const {
    const std::size_t i = (static_cast<std::size_t>(y - y0_) * width_ + (x - x0_)) * 3;
    return {values_[i], values_[i + 1], values_[i + 2]};
  }
  Vec3 sample(Vec2 p) const {
    const double x = std::clamp(p.x - x0_, 0.0, width_ - 1.0), y = std::clamp(p.y - y0_, 0.0, height_ - 1.0);
    const int xa = std::min(static_cast<int>(x), width_ - 1), ya = std::min(static_cast<int>(y), height_ - 1);
    const int xb = std::min(xa + 1, width_ - 1), yb = std::min(ya + 1, height_ - 1);
    const double fx = x - xa, fy = y - ya;
    auto value = [&](int xx, int yy) { return at(x0_ + xx, y0_ + yy); };
    return (value(xa, ya) * (1 - fx) + value(xb, ya) * fx) * (1 - fy) +
           (value(xa, yb) * (1 - fx) + value(xb, yb) * fx) * fy;
  }

 private:
  int x0_, y0_, width_, height_;
  std::vector<double> values_;
};

}  // namespace

Vec2 irisOffset(Vec2 gaze, double canonicalWidth, const HeadPose& pose) {
  const double radius = kEyeballRadiusOverEyeWidth * canonicalWidth;
  auto along = [&](double degrees) { return radius * std::sin(std::clamp(degrees, -89.0, 89.0) * M_PI / 180); };
  const Vec3 turned = pose.rotation.toMatrix() * Vec3{along(gaze.x), along(gaze.y), 0};
  return {turned.x * pose.scale, turned.y * pose.scale};
}

void moveIris(Image& image, const EyeInView& eye) {
  if (image.empty() || image.channels < 3) return;
  const auto& points = eye.opening;
  const double width = (points[3] - points[0]).norm();
  const double gap = ((points[5] - points[1]).norm() + (points[4] - points[2]).norm()) / 2;
  // A closing eye's iris travels less of the way, none once the eye is half
  // closed: fading the drawn iris instead left two faint irises.
  const Vec2 shift = (eye.irisWanted - eye.irisNow) * smoothStep(kStillBelowOpenness, kFreeAboveOpenness, eye.openness);
  const Vec2 wanted = eye.irisNow + shift;
  if (!(width >= kSmallestEyeWidth) || gap < kClosedGapShare * width || !(shift.norm() >= kSmallestShift) ||
      !(eye.irisRadius > 0))
    return;
  const std::vector<Vec2> opening = smoothOpening(points);
  // A move fades in over its first pixel: the redrawn eye differs a little
  // from the portrait's own even where the iris hardly moves, and a gaze
  // that wavers around the threshold must not make the eye flicker.
  const double fadeIn = smoothStep(kSmallestShift, kSmallestShift + kFadeInPixels, shift.norm());

  double left = opening[0].x, right = left, top = opening[0].y, bottom = top;
  for (const Vec2& p : opening) {
    left = std::min(left, p.x), right = std::max(right, p.x);
    top = std::min(top, p.y), bottom = std::max(bottom, p.y);
  }
  const int x0 = std::max(0, static_cast<int>(std::floor(left)));
  const int y0 = std::max(0, static_cast<int>(std::floor(top)));
  const int x1 = std::min(image.width, static_cast<int>(std::ceil(right)) + 1);
  const int y1 = std::min(image.height, static_cast<int>(std::ceil(bottom)) + 1);
  if (x1 - x0 < 2 || y1 - y0 < 2) return;
  const Patch original(image, x0, y0, x1, y1);
  const int w = x1 - x0;

  // What each pixel of the box is: how much of it the opening covers, and
  // how much of it the old iris (a little widened) took.
  const double erase = kEraseMargin * eye.irisRadius;
  const double paste = kPasteMargin * eye.irisRadius;
  std::vector<double> cover(static_cast<std::size_t>(w) * (y1 - y0)), was(cover.size());
  // Pixel centres first; only where a neighbour disagrees is the pixel's
  // share of the opening sampled finely (the outline passes through it).
  std::vector<char> centreInside(cover.size());
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x)
      centreInside[static_cast<std::size_t>(y - y0) * w + (x - x0)] = insideOpening(opening, {double(x), double(y)});
  auto insideAt = [&](int x, int y) {
    return x >= x0 && x < x1 && y >= y0 && y < y1 && centreInside[static_cast<std::size_t>(y - y0) * w + (x - x0)];
  };
  Vec3 whiteSum{}, irisSum{};
  int whiteCount = 0, irisCount = 0;
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      const Vec2 p{double(x), double(y)};
      const std::size_t i = static_cast<std::size_t>(y - y0) * w + (x - x0);
      const bool inside = centreInside[i];
      const bool edge = insideAt(x - 1, y) != inside || insideAt(x + 1, y) != inside || insideAt(x, y - 1) != inside ||
                        insideAt(x, y + 1) != inside;
      cover[i] = edge ? coverage(opening, p) : (inside ? 1.0 : 0.0);
      was[i] = 1 - smoothStep(erase - kSoftEdge, erase + kSoftEdge, (p - eye.irisNow).norm());
      if (cover[i] < 1) continue;
      if (was[i] <= 0) whiteSum = whiteSum + original.at(x, y), ++whiteCount;
      if ((p - eye.irisNow).norm() < eye.irisRadius) irisSum = irisSum + original.at(x, y), ++irisCount;
    }
  }
  if (whiteCount == 0 || irisCount == 0) return;
  const Vec3 whiteColour = whiteSum * (1.0 / whiteCount);
  const Vec3 irisColour = irisSum * (1.0 / irisCount);

  // The white behind the old iris, row by row: interpolated between the
  // nearest white on either side within the opening, so it keeps the lids'
  // shading (the eye's mean white where a row has none); then averaged over
  // a few rows, so the rows' different ends do not streak.
  const auto isWhite = [&](std::size_t i) { return cover[i] >= 1 && was[i] <= 0; };
  std::vector<Vec3> fill(cover.size());
  for (int y = y0; y < y1; ++y) {
    const std::size_t rowStart = static_cast<std::size_t>(y - y0) * w;
    for (int x = x0; x < x1; ++x) {
      if (was[rowStart + (x - x0)] <= 0) continue;
      int l = x, r = x;
      while (l >= x0 && !isWhite(rowStart + (l - x0))) --l;
      while (r < x1 && !isWhite(rowStart + (r - x0))) ++r;
      Vec3 value = whiteColour;
      if (l >= x0 && r < x1)
        value = original.at(l, y) + (original.at(r, y) - original.at(l, y)) * (double(x - l) / (r - l));
      else if (l >= x0)
        value = original.at(l, y);
      else if (r < x1)
        value = original.at(r, y);
      fill[rowStart + (x - x0)] = value;
    }
  }
  auto smoothedFill = [&](int x, int y) {
    Vec3 sum{};
    int count = 0;
    for (int yy = std::max(y0, y - kFillRows); yy <= std::min(y1 - 1, y + kFillRows); ++yy) {
      const std::size_t i = static_cast<std::size_t>(yy - y0) * w + (x - x0);
      if (was[i] > 0) sum = sum + fill[i], ++count;
    }
    return sum * (1.0 / count);
  };

  for (int y = y0; y < y1; ++y) {
    const std::size_t rowStart = static_cast<std::size_t>(y - y0) * w;
    std::uint8_t* row = image.row(y);
    for (int x = x0; x < x1; ++x) {
      const std::size_t i = rowStart + (x - x0);
      if (cover[i] <= 0) continue;
      const Vec2 p{double(x), double(y)};
      const double now = 1 - smoothStep(paste - kSoftEdge, paste + kSoftEdge, (p - wanted).norm());
      if (was[i] <= 0 && now <= 0) continue;
      const Vec3 own = original.at(x, y);
      const Vec3 base = was[i] > 0 ? own + (smoothedFill(x, y) - own) * was[i] : own;
      const Vec2 from = p - shift;
      const Vec3 iris = insideOpening(opening, from) ? original.sample(from) : irisColour;
      const Vec3 drawn = base + (iris - base) * now;
      const Vec3 colour = own + (drawn - own) * (cover[i] * fadeIn);
      std::uint8_t* pixel = row + x * image.channels;
      pixel[0] = static_cast<std::uint8_t>(std::lround(std::clamp(colour.x, 0.0, 255.0)));
      pixel[1] = static_cast<std::uint8_t>(std::lround(std::clamp(colour.y, 0.0, 255.0)));
      pixel[2] = static_cast<std::uint8_t>(std::lround(std::clamp(colour.z, 0.0, 255.0)));
    }
  }
}

}  // namespace marionette::render_detail
