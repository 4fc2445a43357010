// The MediaPipe networks through the program's own path (checked model
// files, the libtorch module), on the shared portraits and clips, judged
// against dlib's independent fits; and every way the model files can be wrong.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "core/face/face_mesh.h"
#include "core/face/mesh_tracker.h"
#include "core/render/face_mesh_loading.h"
#include "tests/core/face/face_test_support.h"

namespace marionette {
namespace {

using namespace testing;

std::shared_ptr<const FaceMeshNetworks> sharedNetworks() {
  // Never destroyed: its torch tensors must not outlive libtorch's statics.
  static const auto* networks = new Result<std::shared_ptr<const FaceMeshNetworks>>(openFaceMeshNetworks());
  if (!networks->ok()) {
    ADD_FAILURE() << networks->error().message;
    return nullptr;
  }
  return networks->value();
}

double interocular(const Landmarks& l) { return (l[36] - l[45]).norm(); }

// Mean distance between the mesh's points and dlib's, over dlib's
// inter-ocular distance, from landmark `first` on.
double normalisedMeanError(const Landmarks& mesh, const Landmarks& dlib, int first = 0) {
  double sum = 0;
  for (int i = first; i < kLandmarkCount; ++i) sum += (mesh[i] - dlib[i]).norm();
  return sum / (kLandmarkCount - first) / interocular(dlib);
}

Image rotatedQuarterTurn(const Image& image) {
  Image out = Image::make(image.height, image.width, 3);
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) std::copy_n(image.row(y) + x * 3, 3, out.row(x) + (image.height - 1 - y) * 3);
  return out;
}

class MeshFace : public ::testing::TestWithParam<const char*> {};

TEST_P(MeshFace, TheMeshsSixtyEightAgreeWithDlibsOnEachSharedPortrait) {
  const std::string path = testing::sharedMedia(std::string("portraits/") + GetParam());
  if (path.empty()) GTEST_SKIP() << "shared media not found: portraits/" << GetParam();
  auto networks = sharedNetworks();
  ASSERT_TRUE(networks);
  const Image image = loadRgb(path);
  const auto meshFaces = detectMeshFaces(*networks, image);
  ASSERT_EQ(meshFaces.size(), 1u);
  const FaceObservation& face = meshFaces[0];
  ASSERT_TRUE(face.mesh.has_value());
  EXPECT_GT(face.mesh->confidence, 0.9);

  FaceDetector dlib(sharedModel());
  const auto dlibFaces = dlib.detectAll(image);
  ASSERT_FALSE(dlibFaces.empty());
  // The jaw is where the two disagree by definition on a turned face: dlib
  // follows the visible outline, the mesh a fixed line of skin.
  const double inner = normalisedMeanError(face.landmarks, dlibFaces[0].landmarks, 17);
  const double all = normalisedMeanError(face.landmarks, dlibFaces[0].landmarks);
  std::cout << GetParam() << ": NME " << all << " (without the jaw " << inner << ")\n";
  EXPECT_LT(inner, 0.05) << "mean error over the inter-ocular distance, brows to lips";
  EXPECT_LT(all, 0.09) << "mean error over the inter-ocular distance, all 68";

  // Each iris centre sits between its eye's corners and lids.
  ASSERT_TRUE(face.mesh->hasIrises);
  const int eyes[2][4] = {{36, 39, 37, 41}, {42, 45, 43, 47}};
  for (int eye = 0; eye < 2; ++eye) {
    const Vec3 iris = face.mesh->irises[static_cast<std::size_t>(eye)][0];
    const Landmarks& l = dlibFaces[0].landmarks;
    const double left = std::min(l[eyes[eye][0]].x, l[eyes[eye][1]].x),
                 right = std::max(l[eyes[eye][0]].x, l[eyes[eye][1]].x);
    EXPECT_GT(iris.x, left);
    EXPECT_LT(iris.x, right);
    EXPECT_NEAR(iris.y, (l[eyes[eye][2]].y + l[eyes[eye][3]].y) / 2, 0.15 * interocular(l));
  }
}

INSTANTIATE_TEST_SUITE_P(SharedPortraits, MeshFace,
                         ::testing::Values("hallo-4.jpg", "liveportrait-s10.jpg", "liveportrait-s12.jpg",
                                           "liveportrait-s42.jpg", "liveportrait-s7.jpg", "liveportrait-s9.jpg"));

TEST(MeshFaceDetection, AFaceOnItsSideIsFoundAndItsMeshFollowsTheTurn) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s42.jpg");
  auto networks = sharedNetworks();
  ASSERT_TRUE(networks);
  const Image upright = loadRgb(path);
  const auto reference = detectMeshFaces(*networks, upright);
  const auto turned = detectMeshFaces(*networks, rotatedQuarterTurn(upright));
  ASSERT_EQ(reference.size(), 1u);
  ASSERT_EQ(turned.size(), 1u);
  // A quarter turn clockwise maps (x, y) to (height - 1 - y, x).
  double worst = 0;
  for (int i = 0; i < kLandmarkCount; ++i) {
    const Vec2 p = reference[0].landmarks[i];
    const Vec2 expected{upright.height - 1 - p.y, p.x};
    worst = std::max(worst, (turned[0].landmarks[i] - expected).norm() / interocular(reference[0].landmarks));
  }
  EXPECT_LT(worst, 0.12);
}

// Faces about 60 px wide, in a small frame and in a 720p one: found, with
// their landmarks where the full-size portrait's scaled down put them.
TEST(MeshFaceDetection, AFaceSixtyPixelsWideIsFoundInSmallAndLargeFrames) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s42.jpg");
  auto networks = sharedNetworks();
  ASSERT_TRUE(networks);
  const cv::Mat original = cv::imread(path);
  const auto reference = detectMeshFaces(*networks, toRgbImage(original));
  ASSERT_EQ(reference.size(), 1u);
  constexpr double kScale = 0.3;  // s42's 208-px face becomes 62 px
  cv::Mat small;
  cv::resize(original, small, {}, kScale, kScale, cv::INTER_AREA);
  for (const cv::Size frame : {cv::Size(512, 512), cv::Size(1280, 720)}) {
    cv::Mat canvas(frame, CV_8UC3, cv::Scalar(128, 128, 128));
    const cv::Point at(frame.width / 2 - small.cols / 2, frame.height / 2 - small.rows / 2);
    small.copyTo(canvas(cv::Rect(at, small.size())));
    const auto faces = detectMeshFaces(*networks, toRgbImage(canvas));
    ASSERT_EQ(faces.size(), 1u) << frame.width << "x" << frame.height;
    EXPECT_LT(faces[0].box.width, 75);
    Landmarks expected;
    for (int i = 0; i < kLandmarkCount; ++i)
      expected[i] = reference[0].landmarks[i] * kScale + Vec2{double(at.x), double(at.y)};
    EXPECT_LT(normalisedMeanError(faces[0].landmarks, expected), 0.08) << frame.width << "x" << frame.height;
  }
}

TEST(MeshFaceDetection, AnEmptyOrFacelessPictureHasNoFace) {
  auto networks = sharedNetworks();
  ASSERT_TRUE(networks);
  EXPECT_TRUE(detectMeshFaces(*networks, uniformImage(320, 240, 128)).empty());
  EXPECT_TRUE(detectMeshFaces(*networks, Image{}).empty());
}

TEST(MeshTracking, FollowsAClipFrameByFrameDetectingOnlyAtTheStart) {
  MARIONETTE_REQUIRE_MEDIA(video, "driving/liveportrait-d3.mp4");
  auto networks = sharedNetworks();
  ASSERT_TRUE(networks);
  TempDir dir;
  const auto frames = extractFrames(video, 40, dir);
  ASSERT_EQ(frames.size(), 40u);
  FaceDetector dlib(sharedModel());
  MeshTracker tracker(networks, TrackerOptions{});
  int redetections = 0;
  double worst = 0;
  for (std::size_t i = 0; i < frames.size(); ++i) {
    const Image frame = loadRgb(frames[i]);
    TrackedFrame tracked = tracker.track(frame, Rational(static_cast<std::int64_t>(i), 25));
    ASSERT_TRUE(tracked.face.has_value()) << "frame " << i;
    redetections += tracked.redetected ? 1 : 0;
    if (i % 10 == 0) {
      const auto dlibFaces = dlib.detectAll(frame);
      ASSERT_FALSE(dlibFaces.empty());
      worst = std::max(worst, normalisedMeanError(tracked.face->landmarks, dlibFaces[0].landmarks));
    }
  }
  EXPECT_EQ(redetections, 1);
  EXPECT_LT(worst, 0.08);
}

TEST(MeshTracking, AFaceThatLeavesAndComesBackIsFoundAgain) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s42.jpg");
  auto networks = sharedNetworks();
  ASSERT_TRUE(networks);
  const Image face = loadRgb(path);
  const Image empty = uniformImage(face.width, face.height, 40);
  MeshTracker tracker(networks, TrackerOptions{});
  EXPECT_TRUE(tracker.track(face, Rational(0, 1)).face.has_value());
  EXPECT_FALSE(tracker.track(empty, Rational(1, 25)).face.has_value());
  EXPECT_FALSE(tracker.track(empty, Rational(2, 25)).face.has_value());
  TrackedFrame back = tracker.track(face, Rational(3, 25));
  ASSERT_TRUE(back.face.has_value());
  EXPECT_TRUE(back.redetected);
}

// Each way an installed model can be wrong, told in one line that says how
// to install the models.
TEST(FaceModelFiles, MissingTruncatedForeignAndChangedFilesAreEachNamed) {
  const std::string installed = faceModelFolder();
  ASSERT_TRUE(checkFaceModelFiles(installed).ok()) << checkFaceModelFiles(installed).error().message;
  TempDir dir;
  for (const auto& entry : std::filesystem::directory_iterator(installed)) {
    std::filesystem::copy_file(entry.path(), dir.path() / entry.path().filename());
  }
  ASSERT_TRUE(checkFaceModelFiles(dir.path().string()).ok());
  auto expectMessage = [&](const std::string& fragment) {
    Status status = checkFaceModelFiles(dir.path().string());
    ASSERT_FALSE(status.ok()) << fragment;
    EXPECT_NE(status.error().message.find(fragment), std::string::npos) << status.error().message;
    EXPECT_NE(status.error().message.find("install-models.sh"), std::string::npos) << status.error().message;
    EXPECT_EQ(status.error().message.find('\n'), std::string::npos);
  };
  const auto iris = dir.path() / "iris.bin";
  const auto size = std::filesystem::file_size(iris);

  std::filesystem::resize_file(iris, size / 2);
  expectMessage("is truncated (" + std::to_string(size / 2) + " of " + std::to_string(size) + " bytes)");

  std::filesystem::resize_file(iris, size + 4);
  expectMessage("is another version");

  std::filesystem::resize_file(iris, size);  // same size, zeros at the end
  expectMessage("has changed (its SHA-256 is not the pinned one)");

  std::filesystem::remove(iris);
  expectMessage("iris.bin' is missing");

  std::filesystem::create_directory(iris);
  expectMessage("is not a regular file");
}

TEST(FaceModelFiles, AMissingModelFolderStopsLoadingWithTheInstallHint) {
  TempDir dir;
  ::setenv("MARIONETTE_MODEL_DIR", dir.path().c_str(), 1);
  auto networks = openFaceMeshNetworks();
  ::unsetenv("MARIONETTE_MODEL_DIR");
  ASSERT_FALSE(networks.ok());
  EXPECT_NE(networks.error().message.find("blazeface.json' is missing: install them with packaging/install-models.sh"),
            std::string::npos)
      << networks.error().message;
}

}  // namespace
}  // namespace marionette
