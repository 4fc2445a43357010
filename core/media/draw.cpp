#include "core/media/draw.h"

#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace marionette {

namespace {

// OpenCV takes sub-pixel coordinates as fixed point with this many fraction
// bits; without it every landmark would snap to whole pixels and jitter.
constexpr int kShift = 4;
constexpr double kFixedOne = 1 << kShift;
constexpr int kFont = cv::FONT_HERSHEY_SIMPLEX;

bool drawable(const Image& image) {
  return !image.empty() && (image.channels == 1 || image.channels == 3) &&
         image.pixels.size() >= image.stride() * image.height;
}

// A view of the caller's pixels; drawing writes straight into them.
cv::Mat wrap(Image& image) { return cv::Mat(image.height, image.width, CV_8UC(image.channels), image.pixels.data()); }

cv::Scalar toScalar(const Image& image, Colour colour) {
  if (image.channels == 1) {
    // Rec. 601 luma, matching how OpenCV itself turns RGB into gray.
    return cv::Scalar(std::lround(0.299 * colour.r + 0.587 * colour.g + 0.114 * colour.b));
  }
  return cv::Scalar(colour.r, colour.g, colour.b);  // the buffer is RGB, so channel 0 is red
}

cv::Point fixedPoint(Vec2 p) {
  return cv::Point(static_cast<int>(std::lround(p.x * kFixedOne)), static_cast<int>(std::lround(p.y * kFixedOne)));
}

int lineThickness(double thickness) { return std::max(1, static_cast<int>(std::lround(thickness))); }

}  // namespace

void drawPoint(Image& image, Vec2 at, double radius, Colour colour) {
  if (!drawable(image)) return;
  const int fixedRadius = std::max(1, static_cast<int>(std::lround(radius * kFixedOne)));
  cv::Mat view = wrap(image);
  cv::circle(view, fixedPoint(at), fixedRadius, toScalar(image, colour), cv::FILLED, cv::LINE_AA, kShift);
}

void drawLine(Image& image, Vec2 from, Vec2 to, double thickness, Colour colour) {
  if (!drawable(image)) return;
  cv::Mat view = wrap(image);
  cv::line(view, fixedPoint(from), fixedPoint(to), toScalar(image, colour), lineThickness(thickness), cv::LINE_AA,
           kShift);
}

void drawRect(Image& image, const Rect& rect, double thickness, Colour colour) {
  if (!drawable(image)) return;
  cv::Mat view = wrap(image);
  const Vec2 topLeft{rect.x, rect.y};
  const Vec2 bottomRight{rect.x + rect.width, rect.y + rect.height};
  cv::rectangle(view, fixedPoint(topLeft), fixedPoint(bottomRight), toScalar(image, colour), lineThickness(thickness),
                cv::LINE_AA, kShift);
}

void drawText(Image& image, Vec2 at, const std::string& text, double height, Colour colour) {
  if (!drawable(image) || text.empty() || height <= 0) return;
  const int thickness = std::max(1, static_cast<int>(std::lround(height / 12)));
  const double scale = cv::getFontScaleFromHeight(kFont, static_cast<int>(std::lround(height)), thickness);
  // `at` is the top-left corner of the text; OpenCV wants the baseline origin.
  const cv::Point origin(static_cast<int>(std::lround(at.x)), static_cast<int>(std::lround(at.y + height)));
  cv::Mat view = wrap(image);
  cv::putText(view, text, origin, kFont, scale, toScalar(image, colour), thickness, cv::LINE_AA);
}

}  // namespace marionette
