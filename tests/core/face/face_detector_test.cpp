#include "core/face/face_detector.h"

#include <gtest/gtest.h>

#include <opencv2/core.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "tests/core/face/face_test_support.h"

namespace marionette {
namespace {

using testing::interOcular;
using testing::leftEye;
using testing::mouthCentre;
using testing::rightEye;

// The checks every face found in a real portrait must pass.
void expectPlausibleFace(const FaceObservation& face, const Image& image) {
  const Landmarks& l = face.landmarks;
  for (int i = 0; i < kLandmarkCount; ++i) {
    EXPECT_GE(l[i].x, 0) << "point " << i;
    EXPECT_GE(l[i].y, 0) << "point " << i;
    EXPECT_LT(l[i].x, image.width) << "point " << i;
    EXPECT_LT(l[i].y, image.height) << "point " << i;
  }
  // Top to bottom: eyes, nose tip, mouth, chin.
  EXPECT_LT(rightEye(l).y, l[30].y);
  EXPECT_LT(leftEye(l).y, l[30].y);
  EXPECT_LT(l[30].y, mouthCentre(l).y);
  EXPECT_LT(mouthCentre(l).y, l[8].y);
  // Image left to right: the subject's right side first.
  EXPECT_LT(rightEye(l).x, leftEye(l).x);
  EXPECT_LT(l[0].x, l[16].x);
  EXPECT_LT(l[48].x, l[54].x);
  // Eyes about 0.4 of the detector's box apart (0.36-0.46 on these portraits,
  // including the three-quarter Vermeer and the cartoon's big eyes).
  const double iodRatio = interOcular(l) / face.box.width;
  EXPECT_GT(iodRatio, 0.25);
  EXPECT_LT(iodRatio, 0.6);
  // The landmarks sit on the face the box describes.
  const Vec2 centre = face.box.center();
  EXPECT_NEAR(l[30].x, centre.x, 0.25 * face.box.width);
  EXPECT_NEAR(l[30].y, centre.y, 0.3 * face.box.height);
}

class FaceDetectorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    model_ = testing::sharedModel();
    ASSERT_TRUE(model_);
    detector_ = std::make_unique<FaceDetector>(model_);
  }
  std::shared_ptr<const LandmarkModel> model_;
  std::unique_ptr<FaceDetector> detector_;
};

class PortraitTest : public FaceDetectorTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(PortraitTest, FindsOnePlausibleFace) {
  const std::string path = testing::sharedMedia(std::string("portraits/") + GetParam());
  if (path.empty()) GTEST_SKIP() << "shared media not found: portraits/" << GetParam();
  const Image image = testing::loadRgb(path);
  ASSERT_FALSE(image.empty());
  const std::vector<FaceObservation> faces = detector_->detectAll(image);
  ASSERT_EQ(faces.size(), 1u) << "each shared portrait shows exactly one person";
  expectPlausibleFace(faces[0], image);
}

INSTANTIATE_TEST_SUITE_P(SharedPortraits, PortraitTest,
                         ::testing::Values("liveportrait-s9.jpg", "liveportrait-s10.jpg", "liveportrait-s7.jpg",
                                           "liveportrait-s12.jpg", "liveportrait-s42.jpg", "hallo-4.jpg"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

TEST_F(FaceDetectorTest, FindsMonaLisasSmallFace) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s9.jpg");
  const Image image = testing::loadRgb(path);
  ASSERT_EQ(image.width, 720);
  ASSERT_EQ(image.height, 1280);
  const std::vector<FaceObservation> faces = detector_->detectAll(image);
  ASSERT_EQ(faces.size(), 1u);
  const Rect& box = faces[0].box;
  // Half-length portrait: the face is under a third of the width, in the
  // upper third of the picture, horizontally central.
  EXPECT_LT(box.width, 0.35 * image.width);
  EXPECT_GT(box.width, 0.15 * image.width);
  EXPECT_NEAR(box.center().x, 0.5 * image.width, 0.1 * image.width);
  EXPECT_GT(box.center().y, 0.12 * image.height);
  EXPECT_LT(box.center().y, 0.35 * image.height);
  expectPlausibleFace(faces[0], image);
}

TEST_F(FaceDetectorTest, GrayInputGivesTheSameFaces) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s42.jpg");
  const cv::Mat bgr = cv::imread(path);
  cv::Mat grayMat;
  cv::cvtColor(bgr, grayMat, cv::COLOR_BGR2GRAY);
  Image gray = Image::make(grayMat.cols, grayMat.rows, 1);
  for (int y = 0; y < grayMat.rows; ++y) std::copy_n(grayMat.ptr<std::uint8_t>(y), gray.stride(), gray.row(y));

  const std::vector<FaceObservation> fromRgb = detector_->detectAll(testing::toRgbImage(bgr));
  const std::vector<FaceObservation> fromGray = detector_->detectAll(gray);
  ASSERT_EQ(fromRgb.size(), 1u);
  ASSERT_EQ(fromGray.size(), 1u);
  EXPECT_LT(testing::meanDistance(fromRgb[0].landmarks, fromGray[0].landmarks), 0.5);
}

TEST_F(FaceDetectorTest, FitLandmarksInTheDetectedBoxRepeatsDetection) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s12.jpg");
  const Image image = testing::loadRgb(path);
  const std::vector<FaceObservation> faces = detector_->detectAll(image);
  ASSERT_EQ(faces.size(), 1u);
  const Landmarks refit = detector_->fitLandmarks(image, faces[0].box);
  for (int i = 0; i < kLandmarkCount; ++i) EXPECT_EQ(refit[i], faces[0].landmarks[i]) << "point " << i;

  // A box shifted by 10% moves the fit by much less: the predictor finds the face.
  Rect shifted = faces[0].box;
  shifted.x += 0.1 * shifted.width;
  const Landmarks moved = detector_->fitLandmarks(image, shifted);
  EXPECT_LT(testing::meanDistance(moved, faces[0].landmarks), 0.05 * shifted.width);
}

TEST_F(FaceDetectorTest, BlankAndNoiseImagesHaveNoFace) {
  const Image blank = testing::uniformImage(640, 480, 128);
  cv::Mat noiseMat(480, 640, CV_8UC3);
  cv::RNG rng(12345);
  rng.fill(noiseMat, cv::RNG::UNIFORM, 0, 256);
  const Image noise = testing::toRgbImage(noiseMat);

  for (const Image* image : {&blank, &noise}) {
    const std::vector<FaceObservation> faces = detector_->detectAll(*image);
    EXPECT_TRUE(faces.empty());
    const Result<FaceObservation> chosen = chooseFace(faces, 0);
    ASSERT_FALSE(chosen.ok());
    EXPECT_EQ(chosen.error().message, "no face found in the image");
  }
  EXPECT_TRUE(detector_->detectAll(Image{}).empty());
}

TEST_F(FaceDetectorTest, TinyAndOddImagesAreHandled) {
  EXPECT_TRUE(detector_->detectAll(testing::uniformImage(1, 1, 200)).empty());
  EXPECT_TRUE(detector_->detectAll(testing::uniformImage(37, 9, 200)).empty());
  Image twoChannels = Image::make(64, 64, 2);
  EXPECT_TRUE(detector_->detectAll(twoChannels).empty()) << "only gray and RGB(A) are understood";
  Image truncated = testing::uniformImage(64, 64, 10);
  truncated.pixels.resize(100);
  EXPECT_TRUE(detector_->detectAll(truncated).empty()) << "fewer pixels than the size claims";
}

TEST_F(FaceDetectorTest, TwoFacesComeLargestFirst) {
  const Image image = testing::twoFaceImage();
  if (image.empty()) GTEST_SKIP() << "shared portraits not found";
  const std::vector<FaceObservation> faces = detector_->detectAll(image);
  ASSERT_EQ(faces.size(), 2u);
  // The larger face (s42, left half) comes first.
  EXPECT_LT(faces[0].box.center().x, 512);
  EXPECT_GT(faces[1].box.center().x, 512);
  EXPECT_GT(faces[0].box.area(), 1.5 * faces[1].box.area());
  for (const FaceObservation& face : faces) expectPlausibleFace(face, image);

  const Result<FaceObservation> second = chooseFace(faces, 1);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->box.center(), faces[1].box.center());
  const Result<FaceObservation> outOfRange = chooseFace(faces, 5);
  ASSERT_FALSE(outOfRange.ok());
  EXPECT_EQ(outOfRange.error().message, "face index 5 out of range: 2 faces found (0-1)");
  EXPECT_EQ(chooseFace(faces, -1).error().message, "face index -1 out of range: 2 faces found (0-1)");
}

TEST_F(FaceDetectorTest, EqualFacesComeCentralFirst) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s42.jpg");
  cv::Mat face;
  cv::resize(cv::imread(path), face, cv::Size(320, 320), 0, 0, cv::INTER_AREA);
  cv::Mat canvas(1000, 1000, CV_8UC3, cv::Scalar(60, 60, 60));
  face.copyTo(canvas(cv::Rect(0, 0, 320, 320)));      // corner
  face.copyTo(canvas(cv::Rect(344, 336, 320, 320)));  // centre
  const std::vector<FaceObservation> faces = detector_->detectAll(testing::toRgbImage(canvas));
  ASSERT_EQ(faces.size(), 2u);
  EXPECT_GT(faces[0].box.center().x, 320) << "the central copy comes first";
  EXPECT_LT(faces[1].box.center().x, 320);
}

}  // namespace
}  // namespace marionette
