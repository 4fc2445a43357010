#include "core/quality/face_features.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace marionette {

namespace {

double distance(Vec2 a, Vec2 b) { return (a - b).norm(); }

// Too few pixels across an eye to tell its pupil from its lashes.
constexpr double kMinimumEyeWidthPixels = 12;
// An eye this closed (lid gap over width) shows too little iris to locate.
constexpr double kMinimumOpenEye = 0.12;
// The pupil and iris are the darkest part of the eye opening: the darkest
// fifth of its pixels.
constexpr double kDarkShare = 0.2;

bool inside(const std::vector<Vec2>& polygon, Vec2 p) {
  bool in = false;
  for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
    const Vec2 a = polygon[i], b = polygon[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) in = !in;
  }
  return in;
}

// Horizontal position of the dark centroid inside one eye's six-point
// outline, relative to the eye's centre, over its width.
std::optional<double> pupilOffset(const Landmarks& l, const Image& image, int first) {
  std::vector<Vec2> outline;
  for (int i = first; i < first + 6; ++i) outline.push_back(l[static_cast<std::size_t>(i)]);
  const Vec2 start = outline[0], end = outline[3];
  const double width = distance(start, end);
  const double gap = (distance(outline[1], outline[5]) + distance(outline[2], outline[4])) / 2;
  if (width < kMinimumEyeWidthPixels || gap / width < kMinimumOpenEye || image.empty()) return std::nullopt;
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  for (Vec2 p : outline) x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
  struct Sample {
    double luma;
    Vec2 at;
  };
  std::vector<Sample> samples;
  for (int y = std::max(0, int(std::floor(y0))); y <= std::min(image.height - 1, int(std::ceil(y1))); ++y)
    for (int x = std::max(0, int(std::floor(x0))); x <= std::min(image.width - 1, int(std::ceil(x1))); ++x) {
      const Vec2 p{x + 0.5, y + 0.5};
      if (!inside(outline, p)) continue;
      const std::uint8_t* px = image.row(y) + static_cast<std::size_t>(x) * image.channels;
      const double luma = image.channels >= 3 ? 0.299 * px[0] + 0.587 * px[1] + 0.114 * px[2] : px[0];
      samples.push_back({luma, p});
    }
  if (samples.size() < 10) return std::nullopt;
  const std::size_t keep = std::max<std::size_t>(3, static_cast<std::size_t>(samples.size() * kDarkShare));
  std::nth_element(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(keep), samples.end(),
                   [](const Sample& a, const Sample& b) { return a.luma < b.luma; });
  Vec2 centroid{};
  for (std::size_t i = 0; i < keep; ++i) centroid = centroid + samples[i].at * (1.0 / keep);
  const Vec2 axis = (end - start) * (1 / width);
  const Vec2 centre = (start + end) * 0.5;
  const double along = (centroid - centre).x * axis.x + (centroid - centre).y * axis.y;
  // Along the corner-to-corner axis; turned so > 0 means the image's right.
  return along / width * (axis.x >= 0 ? 1 : -1);
}

}  // namespace

FaceFeatures measureFaceFeatures(const Landmarks& l, const Image& image) {
  FaceFeatures f;
  const double interocular = distance(l[36], l[45]);
  if (!(interocular > 0)) return f;
  f.mouthOpening = (distance(l[61], l[67]) + distance(l[62], l[66]) + distance(l[63], l[65])) / 3 / interocular;
  auto eye = [&](int first) {
    const double width = distance(l[first], l[first + 3]);
    if (!(width > 0)) return 0.0;
    return (distance(l[first + 1], l[first + 5]) + distance(l[first + 2], l[first + 4])) / 2 / width;
  };
  f.eyeOpening = (eye(36) + eye(42)) / 2;
  const auto right = pupilOffset(l, image, 36), left = pupilOffset(l, image, 42);
  if (right && left)
    f.gaze = (*right + *left) / 2;
  else if (right)
    f.gaze = right;
  else if (left)
    f.gaze = left;
  return f;
}

}  // namespace marionette
