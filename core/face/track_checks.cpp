#include "core/face/track_checks.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

#include "core/face/detection_pipeline.h"

namespace marionette::face_detail {

namespace {

constexpr int kPatchSide = 24;
// Standard deviation (gray levels) below which the face region counts as flat.
constexpr double kMinPatchContrast = 4.0;
// The patch covers the landmark box plus this fraction on each side, so the
// forehead and cheek outline take part in the comparison.
constexpr double kPatchMargin = 0.1;

Vec2 mean(const Landmarks& l, int first, int last) {
  Vec2 sum;
  for (int i = first; i <= last; ++i) sum = sum + l[i];
  return sum * (1.0 / (last - first + 1));
}

}  // namespace

bool plausibleGeometry(const Landmarks& l) {
  const Vec2 rightEye = mean(l, 36, 41);  // image left
  const Vec2 leftEye = mean(l, 42, 47);
  const Vec2 axis = leftEye - rightEye;
  const double iod = axis.norm();
  const Rect bounds = landmarkBounds(l);
  const double size = std::max(bounds.width, bounds.height);
  // On the driving clips, turns and pitch included, the eyes stay at least
  // 0.39 of the landmark box apart, the nose base at least 0.65 inter-ocular
  // distances below them and the chin at most 2.1. The limits below leave wide
  // margins and catch only shapes that have collapsed or folded over.
  if (size <= 0 || iod < 0.15 * size) return false;

  const Vec2 down{-axis.y / iod, axis.x / iod};  // the face's own "down", perpendicular to the eye line
  const Vec2 eyes = (rightEye + leftEye) * 0.5;
  const auto depth = [&](Vec2 p) { return (p - eyes).x * down.x + (p - eyes).y * down.y; };
  const double nose = depth(l[33]);  // base of the nose
  const double mouth = depth(mean(l, 48, 59));
  const double chin = depth(l[8]);
  return nose > 0.1 * iod && mouth > nose && chin > mouth && chin < 4.0 * iod;
}

bool insideImage(const Landmarks& landmarks, int width, int height, double margin) {
  const Rect bounds = landmarkBounds(landmarks);
  const double slack = margin * std::max(bounds.width, bounds.height);
  return bounds.x >= -slack && bounds.y >= -slack && bounds.x + bounds.width <= width + slack &&
         bounds.y + bounds.height <= height + slack;
}

cv::Mat facePatch(const cv::Mat& gray, const Landmarks& landmarks) {
  const Rect b = landmarkBounds(landmarks);
  const double mx = kPatchMargin * b.width, my = kPatchMargin * b.height;
  const int x0 = std::max(0, static_cast<int>(std::floor(b.x - mx)));
  const int y0 = std::max(0, static_cast<int>(std::floor(b.y - my)));
  const int x1 = std::min(gray.cols, static_cast<int>(std::ceil(b.x + b.width + mx)));
  const int y1 = std::min(gray.rows, static_cast<int>(std::ceil(b.y + b.height + my)));
  if (x1 - x0 < 2 || y1 - y0 < 2) return {};

  cv::Mat small;
  cv::resize(gray(cv::Rect(x0, y0, x1 - x0, y1 - y0)), small, cv::Size(kPatchSide, kPatchSide), 0, 0, cv::INTER_AREA);
  cv::Mat patch;
  small.convertTo(patch, CV_32F);
  cv::Scalar mu, sigma;
  cv::meanStdDev(patch, mu, sigma);
  if (sigma[0] < kMinPatchContrast) return {};
  patch = (patch - mu[0]) / sigma[0];
  return patch;
}

double patchCorrelation(const cv::Mat& a, const cv::Mat& b) {
  if (a.empty() || b.empty() || a.size() != b.size()) return -1;
  return a.dot(b) / static_cast<double>(a.total());
}

}  // namespace marionette::face_detail
