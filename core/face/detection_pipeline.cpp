#include "core/face/detection_pipeline.h"

#include <dlib/opencv/cv_image.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace marionette::face_detail {

namespace {

// Whole-image detection runs on a copy whose longest side is at most this.
// HOG cost grows with the pixel count (15 ms at 512², ~60 ms at 1024²), and at
// 1024 pixels a face spanning 1/13 of the side still fills the detector's
// 80-pixel window. The Mona Lisa's face (a 225-pixel box in a
// 1280-pixel portrait) is searched at about 180 px.
constexpr double kMaxDetectSide = 1024;
// Boxes from the upsampled pass that overlap a first-pass box this much are
// the same face seen twice.
constexpr double kSameFaceOverlap = 0.3;
// Region searches resample so the expected face is this many pixels: enough
// margin above the 80-pixel window that a face which shrank a little between
// verifications is still seen.
constexpr double kRegionFaceSide = 110;
constexpr double kMinRegionScale = 0.1;
constexpr double kMaxRegionScale = 2.0;

cv::Rect clipToImage(const Rect& r, const cv::Mat& image) {
  const int x0 = std::max(0, static_cast<int>(std::floor(r.x)));
  const int y0 = std::max(0, static_cast<int>(std::floor(r.y)));
  const int x1 = std::min(image.cols, static_cast<int>(std::ceil(r.x + r.width)));
  const int y1 = std::min(image.rows, static_cast<int>(std::ceil(r.y + r.height)));
  if (x1 <= x0 || y1 <= y0) return {};
  return {x0, y0, x1 - x0, y1 - y0};
}

}  // namespace

const cv::Mat& GrayFrame::update(const Image& image) {
  view_ = cv::Mat();
  if (image.empty() || image.pixels.size() < image.stride() * static_cast<std::size_t>(image.height)) return view_;
  // cv::Mat has no read-only header; nothing here writes through it.
  auto* data = const_cast<std::uint8_t*>(image.pixels.data());
  switch (image.channels) {
    case 1:
      view_ = cv::Mat(image.height, image.width, CV_8UC1, data, image.stride());
      break;
    case 3:
      cv::cvtColor(cv::Mat(image.height, image.width, CV_8UC3, data, image.stride()), buffer_, cv::COLOR_RGB2GRAY);
      view_ = buffer_;
      break;
    case 4:
      cv::cvtColor(cv::Mat(image.height, image.width, CV_8UC4, data, image.stride()), buffer_, cv::COLOR_RGBA2GRAY);
      view_ = buffer_;
      break;
    default:
      break;
  }
  return view_;
}

std::vector<Detection> HogFaceFinder::findAtScale(const cv::Mat& gray, double scale, double threshold) {
  // Above 1 the last factor of 2 is dlib's pyramid_up, the upsampling its
  // detector is tuned with; anything else is a plain resize.
  const bool upsample = scale > 1;
  const double resample = upsample ? scale / 2 : scale;
  const cv::Mat* source = &gray;
  if (resample != 1.0) {
    cv::resize(gray, scaled_, cv::Size(), resample, resample, resample < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    source = &scaled_;
  }
  if (source->empty()) return {};
  const dlib::cv_image<unsigned char> image(*source);
  const dlib::pyramid_down<2> pyramid;
  if (upsample) {
    dlib::pyramid_up(image, upsampled_, pyramid);
    detector_(upsampled_, raw_, threshold);
  } else {
    detector_(image, raw_, threshold);
  }

  // cv::resize rounds the target size, so map back with the exact per-axis ratio.
  const double sx = static_cast<double>(source->cols) / gray.cols;
  const double sy = static_cast<double>(source->rows) / gray.rows;
  std::vector<Detection> found;
  found.reserve(raw_.size());
  for (const dlib::rect_detection& d : raw_) {
    // Work with pixel edges: an inclusive dlib box [l, r] covers [l, r + 1).
    double left = d.rect.left(), top = d.rect.top(), right = d.rect.right() + 1.0, bottom = d.rect.bottom() + 1.0;
    if (upsample) {
      // point_down maps pixel centres, which sit half a pixel inside the edges.
      const dlib::dpoint tl = pyramid.point_down(dlib::dpoint(left - 0.5, top - 0.5));
      const dlib::dpoint br = pyramid.point_down(dlib::dpoint(right - 0.5, bottom - 0.5));
      left = tl.x() + 0.5, top = tl.y() + 0.5, right = br.x() + 0.5, bottom = br.y() + 0.5;
    }
    found.push_back({Rect{left / sx, top / sy, (right - left) / sx, (bottom - top) / sy}, d.detection_confidence});
  }
  return found;
}

std::vector<Detection> HogFaceFinder::findAll(const cv::Mat& gray, const DetectOptions& options) {
  const int longest = std::max(gray.cols, gray.rows);
  if (gray.empty() || longest <= 0) return {};
  const double first = std::min(1.0, kMaxDetectSide / longest);
  std::vector<Detection> found = findAtScale(gray, first, options.threshold);

  // At scale s the detector sees faces of kHogMinFaceSide / s pixels and up.
  // A second pass at up to twice the scale looks for smaller faces: always
  // when the first found nothing, otherwise only as far as needed to see
  // faces of options.minFaceSize (this keeps large photos affordable).
  const double wanted = kHogMinFaceSide / std::max(1, options.minFaceSize);
  if (found.empty() || first < wanted) {
    const double second = found.empty() ? 2 * first : std::min(2 * first, wanted);
    for (const Detection& extra : findAtScale(gray, second, options.threshold)) {
      const bool seen = std::any_of(found.begin(), found.end(),
                                    [&](const Detection& d) { return overlap(d.box, extra.box) > kSameFaceOverlap; });
      if (!seen) found.push_back(extra);
    }
  }
  return found;
}

std::vector<Detection> HogFaceFinder::findNear(const cv::Mat& gray, const Rect& region, double expectedSide,
                                               double threshold) {
  const cv::Rect roi = clipToImage(region, gray);
  if (roi.empty() || expectedSide <= 0) return {};
  const double scale = std::clamp(kRegionFaceSide / expectedSide, kMinRegionScale, kMaxRegionScale);
  std::vector<Detection> found = findAtScale(gray(roi), scale, threshold);
  for (Detection& d : found) {
    d.box.x += roi.x;
    d.box.y += roi.y;
  }
  return found;
}

Rect landmarkBounds(const Landmarks& landmarks) {
  double x0 = landmarks[0].x, y0 = landmarks[0].y, x1 = x0, y1 = y0;
  for (const Vec2& p : landmarks) {
    x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
    x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
  }
  return {x0, y0, x1 - x0, y1 - y0};
}

double overlap(const Rect& a, const Rect& b) {
  const double w = std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x);
  const double h = std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const double shared = w * h;
  const double combined = a.area() + b.area() - shared;
  return combined > 0 ? shared / combined : 0;
}

// A face's box side, discounted by up to half as its centre moves from the
// image centre to a corner: a face in the corner must be twice the size of a
// centred one to be preferred. Size dominates because the subject of a
// portrait is usually its largest face; centrality breaks near-ties such as
// a crowd of similar faces.
double preferenceScore(const Rect& box, int width, int height) {
  const double halfDiagonal = 0.5 * std::hypot(width, height);
  if (halfDiagonal <= 0) return 0;
  const double offCentre = (box.center() - Vec2{width / 2.0, height / 2.0}).norm() / halfDiagonal;
  return std::sqrt(std::max(0.0, box.area())) * (1.0 - 0.5 * std::min(1.0, offCentre));
}

void sortByPreference(std::vector<FaceObservation>& faces, int width, int height) {
  std::stable_sort(faces.begin(), faces.end(), [&](const FaceObservation& a, const FaceObservation& b) {
    return preferenceScore(a.box, width, height) > preferenceScore(b.box, width, height);
  });
}

}  // namespace marionette::face_detail
