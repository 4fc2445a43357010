// The adapter evaluates dlib's shape predictor from its own compact copy of
// the trees (see core/face/fast_shape_predictor.h). This checks it against
// dlib::shape_predictor itself: the only allowed difference is dlib's
// rounding of each landmark to whole pixels.

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include <cmath>

#include "core/face/face_detector.h"
#include "tests/core/face/face_test_support.h"

namespace marionette {
namespace {

TEST(FastShapePredictorTest, MatchesDlibsShapePredictor) {
  const auto model = testing::sharedModel();
  ASSERT_TRUE(model);
  dlib::shape_predictor reference;
  dlib::deserialize(model->path()) >> reference;
  const FaceDetector detector(model);

  int compared = 0;
  for (const char* name : {"portraits/liveportrait-s9.jpg", "portraits/liveportrait-s10.jpg",
                           "portraits/liveportrait-s7.jpg", "portraits/hallo-4.jpg"}) {
    const std::string path = testing::sharedMedia(name);
    if (path.empty()) continue;
    const cv::Mat bgr = cv::imread(path);
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    const Image image = testing::toRgbImage(bgr);
    const std::vector<FaceObservation> faces = detector.detectAll(image);
    ASSERT_FALSE(faces.empty()) << name;

    // The detected box and boxes off by a few pixels (as the tracker makes
    // them); whole-pixel corners so dlib sees exactly the same box.
    for (const double shift : {0.0, 9.0, -14.0}) {
      const Rect& found = faces[0].box;
      const Rect box{std::round(found.x + shift), std::round(found.y - shift), std::round(found.width + shift),
                     std::round(found.height + shift)};
      const dlib::full_object_detection expected = reference(
          dlib::cv_image<unsigned char>(gray),
          dlib::rectangle(static_cast<long>(box.x), static_cast<long>(box.y), static_cast<long>(box.x + box.width) - 1,
                          static_cast<long>(box.y + box.height) - 1));
      const Landmarks actual = detector.fitLandmarks(image, box);
      for (int i = 0; i < kLandmarkCount; ++i) {
        EXPECT_NEAR(actual[i].x, static_cast<double>(expected.part(i).x()), 0.5 + 1e-3) << name << " point " << i;
        EXPECT_NEAR(actual[i].y, static_cast<double>(expected.part(i).y()), 0.5 + 1e-3) << name << " point " << i;
      }
      ++compared;
    }
  }
  if (compared == 0) GTEST_SKIP() << "shared portraits not found";
}

}  // namespace
}  // namespace marionette
