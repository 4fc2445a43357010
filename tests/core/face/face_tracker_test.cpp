#include "core/face/face_tracker.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "core/face/face_detector.h"
#include "tests/core/face/face_test_support.h"

namespace marionette {
namespace {

using testing::interOcular;

constexpr int kFrameCount = 60;
constexpr std::int64_t kFps = 30;  // the d3 clip's rate

Rational frameTime(int index) { return Rational(index, kFps); }

// Frame-to-frame jitter: the mean size of the landmarks' second difference
// (what is left after removing steady motion), in inter-ocular distances.
double jitter(const std::vector<Landmarks>& track) {
  double sum = 0;
  int count = 0;
  for (std::size_t f = 2; f < track.size(); ++f) {
    double frame = 0;
    for (int i = 0; i < kLandmarkCount; ++i) frame += (track[f - 2][i] - track[f - 1][i] * 2 + track[f][i]).norm();
    sum += frame / kLandmarkCount / interOcular(track[f]);
    ++count;
  }
  return count > 0 ? sum / count : 0;
}

class FaceTrackerTest : public ::testing::Test {
 protected:
  // The first 60 frames of d3, decoded once for the whole suite.
  static void SetUpTestSuite() {
    const std::string video = testing::sharedMedia("driving/liveportrait-d3.mp4");
    if (video.empty()) return;
    testing::TempDir dir;
    frames_ = std::make_unique<std::vector<Image>>();
    for (const std::string& file : testing::extractFrames(video, kFrameCount, dir)) {
      frames_->push_back(testing::loadRgb(file));
    }
  }
  static void TearDownTestSuite() { frames_.reset(); }

  void SetUp() override {
    model_ = testing::sharedModel();
    ASSERT_TRUE(model_);
    if (!frames_) GTEST_SKIP() << "shared media not found: driving/liveportrait-d3.mp4";
    ASSERT_EQ(frames_->size(), static_cast<std::size_t>(kFrameCount)) << "ffmpeg could not decode the clip";
  }

  const std::vector<Image>& frames() const { return *frames_; }

  // Landmarks of every frame, failing the test for a frame without a face.
  std::vector<Landmarks> trackAll(const TrackerOptions& options, int* redetections = nullptr) {
    FaceTracker tracker(model_, options);
    std::vector<Landmarks> track;
    int redetected = 0;
    for (int i = 0; i < kFrameCount; ++i) {
      const TrackedFrame result = tracker.track(frames()[i], frameTime(i));
      redetected += result.redetected ? 1 : 0;
      EXPECT_TRUE(result.face.has_value()) << "face lost in frame " << i;
      if (result.face) track.push_back(result.face->landmarks);
    }
    if (redetections) *redetections = redetected;
    return track;
  }

  std::shared_ptr<const LandmarkModel> model_;
  static std::unique_ptr<std::vector<Image>> frames_;
};

std::unique_ptr<std::vector<Image>> FaceTrackerTest::frames_;

TEST_F(FaceTrackerTest, KeepsTheFaceWithFewDetections) {
  int redetections = 0;
  const std::vector<Landmarks> track = trackAll(TrackerOptions{.smoothing = 0.5}, &redetections);
  ASSERT_EQ(track.size(), static_cast<std::size_t>(kFrameCount));
  // The detector runs on the first frame and for the periodic check every 30
  // frames; everything else reuses the previous face.
  EXPECT_GE(redetections, 1);
  EXPECT_LE(redetections, 4);
  for (const Landmarks& l : track) {
    for (const Vec2& p : l) {
      EXPECT_TRUE(p.x >= 0 && p.y >= 0 && p.x < frames()[0].width && p.y < frames()[0].height);
    }
    EXPECT_LT(testing::rightEye(l).x, testing::leftEye(l).x);
    EXPECT_LT(testing::rightEye(l).y, testing::mouthCentre(l).y);
  }
}

TEST_F(FaceTrackerTest, AgreesWithDetectionOnEachFrame) {
  const std::vector<Landmarks> track = trackAll(TrackerOptions{.smoothing = 0});
  ASSERT_EQ(track.size(), static_cast<std::size_t>(kFrameCount));
  const FaceDetector detector(model_);
  for (int i = 5; i < kFrameCount; i += 9) {
    const std::vector<FaceObservation> faces = detector.detectAll(frames()[i]);
    ASSERT_EQ(faces.size(), 1u) << "frame " << i;
    // Tracking must not drift from where detection puts the face (measured
    // ~1% of the inter-ocular distance; 5% would be visible).
    EXPECT_LT(testing::meanDistance(track[i], faces[0].landmarks), 0.05 * interOcular(faces[0].landmarks))
        << "frame " << i;
  }
}

TEST_F(FaceTrackerTest, SmoothingReducesJitter) {
  const std::vector<Landmarks> raw = trackAll(TrackerOptions{.smoothing = 0});
  const std::vector<Landmarks> smooth = trackAll(TrackerOptions{.smoothing = 1});
  ASSERT_EQ(raw.size(), smooth.size());
  const double rawJitter = jitter(raw), smoothJitter = jitter(smooth);
  EXPECT_GT(rawJitter, 0);
  EXPECT_LT(smoothJitter, 0.75 * rawJitter) << "raw " << rawJitter << ", smoothed " << smoothJitter;
  // Smoothing must not drag the face away from where it is.
  double worst = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    worst = std::max(worst, testing::meanDistance(raw[i], smooth[i]) / interOcular(raw[i]));
  }
  EXPECT_LT(worst, 0.1);
}

TEST_F(FaceTrackerTest, BlankFrameIsLostAndTheTrackRecovers) {
  FaceTracker tracker(model_, TrackerOptions{.smoothing = 0.5});
  const Image blank = testing::uniformImage(frames()[0].width, frames()[0].height, 0);
  int time = 0;
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(tracker.track(frames()[i], frameTime(time++)).face) << "frame " << i;

  const TrackedFrame lost = tracker.track(blank, frameTime(time++));
  EXPECT_FALSE(lost.face.has_value());
  EXPECT_TRUE(lost.redetected) << "a lost face sends the tracker back to the detector";

  const TrackedFrame recovered = tracker.track(frames()[20], frameTime(time++));
  ASSERT_TRUE(recovered.face.has_value());
  EXPECT_TRUE(recovered.redetected);
  int redetections = 0;
  for (int i = 21; i < 40; ++i) {
    const TrackedFrame result = tracker.track(frames()[i], frameTime(time++));
    EXPECT_TRUE(result.face.has_value()) << "frame " << i;
    redetections += result.redetected ? 1 : 0;
  }
  EXPECT_EQ(redetections, 0) << "after recovery the tracker follows the face again";
}

TEST_F(FaceTrackerTest, CutToAnotherShotFindsTheNewFace) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s42.jpg");
  const Image other = testing::loadRgb(path);
  ASSERT_EQ(other.width, frames()[0].width) << "the cut must keep the frame size";
  ASSERT_EQ(other.height, frames()[0].height);
  const std::vector<FaceObservation> expected = FaceDetector(model_).detectAll(other);
  ASSERT_EQ(expected.size(), 1u);

  FaceTracker tracker(model_, TrackerOptions{.smoothing = 0.5});
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(tracker.track(frames()[i], frameTime(i)).face);
  const TrackedFrame cut = tracker.track(other, frameTime(10));
  ASSERT_TRUE(cut.face);
  EXPECT_TRUE(cut.redetected) << "the old face's place no longer looks like it";
  // No smoothing across the cut: the landmarks are the new face's.
  EXPECT_LT(testing::meanDistance(cut.face->landmarks, expected[0].landmarks),
            0.02 * interOcular(expected[0].landmarks));
}

TEST_F(FaceTrackerTest, EmptyFrameIsLost) {
  FaceTracker tracker(model_, TrackerOptions{});
  ASSERT_TRUE(tracker.track(frames()[0], frameTime(0)).face);
  EXPECT_FALSE(tracker.track(Image{}, frameTime(1)).face);
  EXPECT_TRUE(tracker.track(frames()[2], frameTime(2)).face);
}

TEST_F(FaceTrackerTest, ResetStartsOver) {
  FaceTracker tracker(model_, TrackerOptions{});
  EXPECT_TRUE(tracker.track(frames()[0], frameTime(0)).redetected);
  EXPECT_FALSE(tracker.track(frames()[1], frameTime(1)).redetected);
  tracker.reset();
  const TrackedFrame again = tracker.track(frames()[2], frameTime(2));
  EXPECT_TRUE(again.redetected);
  EXPECT_TRUE(again.face.has_value());
}

class TwoFaceTrackerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    model_ = testing::sharedModel();
    ASSERT_TRUE(model_);
    image_ = testing::twoFaceImage();
    if (image_.empty()) GTEST_SKIP() << "shared portraits not found";
  }
  std::shared_ptr<const LandmarkModel> model_;
  Image image_;
};

TEST_F(TwoFaceTrackerTest, FaceIndexPicksTheFaceToFollow) {
  FaceTracker first(model_, TrackerOptions{.faceIndex = 0});
  FaceTracker second(model_, TrackerOptions{.faceIndex = 1});
  FaceTracker missing(model_, TrackerOptions{.faceIndex = 2});
  for (int i = 0; i < 5; ++i) {
    const TrackedFrame a = first.track(image_, frameTime(i));
    const TrackedFrame b = second.track(image_, frameTime(i));
    ASSERT_TRUE(a.face && b.face);
    EXPECT_LT(a.face->box.center().x, 512) << "the larger, preferred face is on the left";
    EXPECT_GT(b.face->box.center().x, 512);
    EXPECT_FALSE(missing.track(image_, frameTime(i)).face.has_value()) << "there is no third face";
  }
}

TEST_F(TwoFaceTrackerTest, RedetectionPrefersTheFaceItWasFollowing) {
  FaceTracker tracker(model_, TrackerOptions{.faceIndex = 1});
  ASSERT_TRUE(tracker.track(image_, frameTime(0)).face);
  EXPECT_FALSE(tracker.track(testing::uniformImage(image_.width, image_.height, 0), frameTime(1)).face);
  const TrackedFrame back = tracker.track(image_, frameTime(2));
  ASSERT_TRUE(back.face);
  EXPECT_TRUE(back.redetected);
  EXPECT_GT(back.face->box.center().x, 512) << "the right-hand face, not the larger one";
}

}  // namespace
}  // namespace marionette
