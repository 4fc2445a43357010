#pragma once

// Internal to the face adapter: the steps FaceDetector and FaceTracker share.
// Everything here works on an 8-bit gray cv::Mat and full-resolution pixel
// coordinates; dlib and OpenCV types stay inside the adapter.

#include <dlib/image_processing/frontal_face_detector.h>
#include <opencv2/core.hpp>

#include <vector>

#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/face/face_detector.h"

namespace marionette::face_detail {

// The smallest face box (pixels) dlib's frontal HOG detector can report: its
// sliding window is 80x80 at the finest pyramid level.
constexpr double kHogMinFaceSide = 80;

// A gray view of an Image. Gray input is wrapped without a copy; RGB input is
// converted into a buffer that is reused while the frame size stays the same.
class GrayFrame {
 public:
  // Empty when the image is empty, malformed or neither gray, RGB nor RGBA.
  const cv::Mat& update(const Image& image);

 private:
  cv::Mat buffer_;
  cv::Mat view_;
};

struct Detection {
  Rect box;  // full-resolution pixels, dlib's box convention
  double score = 0;
};

// dlib's HOG face detector plus the resampling around it. Not thread-safe: the
// detector's scanner and the resampling buffers are reused between calls.
class HogFaceFinder {
 public:
  explicit HogFaceFinder(const dlib::frontal_face_detector& prototype) : detector_(prototype) {}

  // Whole-image search: downscales large images, adds a pass at up to twice
  // the scale when the first finds nothing or cannot see faces of
  // options.minFaceSize.
  std::vector<Detection> findAll(const cv::Mat& gray, const DetectOptions& options);

  // Search inside `region` only, resampled so that a face of `expectedSide`
  // pixels becomes a little larger than the detector's window. Cheap: this is
  // how the tracker verifies a face without scanning the whole frame.
  std::vector<Detection> findNear(const cv::Mat& gray, const Rect& region, double expectedSide, double threshold);

 private:
  // Detections in `gray` (full-resolution) coordinates, searched on a copy
  // resampled by `scale` (at most 2).
  std::vector<Detection> findAtScale(const cv::Mat& gray, double scale, double threshold);

  dlib::frontal_face_detector detector_;
  cv::Mat scaled_;
  dlib::array2d<unsigned char> upsampled_;
  std::vector<dlib::rect_detection> raw_;
};

// Axis-aligned bounding box of the landmarks.
Rect landmarkBounds(const Landmarks& landmarks);

// Intersection over union of two boxes (0 when either is empty).
double overlap(const Rect& a, const Rect& b);

// How much a face is preferred in a width x height image; see the definition.
double preferenceScore(const Rect& box, int width, int height);
void sortByPreference(std::vector<FaceObservation>& faces, int width, int height);

}  // namespace marionette::face_detail
