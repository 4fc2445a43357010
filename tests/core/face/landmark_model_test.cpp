#include "core/face/landmark_model.h"

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/serialize.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <optional>

#include "core/base/landmarks.h"
#include "tests/core/face/face_test_support.h"
#include "tests/support/hostile_files.h"

namespace marionette {
namespace {

using testing::TempDir;

// Restores MARIONETTE_LANDMARK_MODEL when a test changes it.
class ModelPathVariableGuard {
 public:
  ModelPathVariableGuard() {
    if (const char* value = std::getenv(kName)) saved_ = value;
  }
  ~ModelPathVariableGuard() {
    if (saved_) {
      setenv(kName, saved_->c_str(), 1);
    } else {
      unsetenv(kName);
    }
  }
  static constexpr const char* kName = "MARIONETTE_LANDMARK_MODEL";

 private:
  std::optional<std::string> saved_;
};

// The 68-point layout's left-right mirror: point i of one side pairs with
// kMirror[i] on the other; points on the midline pair with themselves.
constexpr std::array<int, kLandmarkCount> kMirror = {
    16, 15, 14, 13, 12, 11, 10, 9,  8,  7,  6,  5,  4,  3,  2,  1,  0,              // jaw
    26, 25, 24, 23, 22, 21, 20, 19, 18, 17,                                         // brows
    27, 28, 29, 30, 35, 34, 33, 32, 31,                                             // nose
    45, 44, 43, 42, 47, 46, 39, 38, 37, 36, 41, 40,                                 // eyes
    54, 53, 52, 51, 50, 49, 48, 59, 58, 57, 56, 55, 64, 63, 62, 61, 60, 67, 66, 65  // mouth
};

TEST(LandmarkModelTest, DefaultPathIsDebiansModelUnlessOverridden) {
  ModelPathVariableGuard guard;
  unsetenv(ModelPathVariableGuard::kName);
  EXPECT_EQ(LandmarkModel::defaultPath(), "/usr/share/dlib/shape_predictor_68_face_landmarks.dat");
  setenv(ModelPathVariableGuard::kName, "/opt/models/face.dat", 1);
  EXPECT_EQ(LandmarkModel::defaultPath(), "/opt/models/face.dat");
}

TEST(LandmarkModelTest, MissingFileNamesThePathAndTheFix) {
  TempDir dir;
  const std::string path = dir.file("absent.dat");
  const auto model = LandmarkModel::load(path);
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().message,
            "landmark model not found: '" + path + "' (install Debian's libdlib-data or pass evaluate --reader PATH)");
}

TEST(LandmarkModelTest, GarbageFileIsReportedCorrupt) {
  TempDir dir;
  const std::string path = dir.file("garbage.dat");
  std::ofstream(path) << "this is not a dlib model, just some text pretending to be one\n";
  const auto model = LandmarkModel::load(path);
  ASSERT_FALSE(model.ok());
  const std::string prefix = "landmark model '" + path + "' is unreadable or corrupt: ";
  EXPECT_EQ(model.error().message.rfind(prefix, 0), 0u) << model.error().message;
  EXPECT_GT(model.error().message.size(), prefix.size()) << "the reason is missing";
  EXPECT_EQ(model.error().message.find('\n'), std::string::npos) << "errors are one line";
}

TEST(LandmarkModelTest, TruncatedModelIsReportedCorrupt) {
  TempDir dir;
  const std::string path = dir.file("truncated.dat");
  {
    std::ifstream in(LandmarkModel::defaultPath(), std::ios::binary);
    ASSERT_TRUE(in) << "the 68-point model is not installed at " << LandmarkModel::defaultPath();
    std::vector<char> head(1 << 20);
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    std::ofstream(path, std::ios::binary).write(head.data(), in.gcount());
  }
  const auto model = LandmarkModel::load(path);
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().message.rfind("landmark model '" + path + "' is unreadable or corrupt: ", 0), 0u)
      << model.error().message;
}

TEST(LandmarkModelTest, DirectoryIsNotAModel) {
  TempDir dir;
  const auto model = LandmarkModel::load(dir.path().string());
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().message, "'" + dir.path().string() + "' is a folder, not a landmark model");
}

TEST(LandmarkModelTest, PipesAndDevicesAreRefusedWithoutReading) {
  TempDir dir;
  const std::string fifo = dir.file("model.dat");
  testing::makeFifo(fifo);
  auto pending = std::async(std::launch::async, [&] { return LandmarkModel::load(fifo); });
  if (pending.wait_for(std::chrono::seconds(10)) == std::future_status::timeout) {
    ADD_FAILURE() << "loading the model blocked on the named pipe";
    testing::releaseFifoReaders(fifo);
  }
  const auto piped = pending.get();
  ASSERT_FALSE(piped.ok());
  EXPECT_EQ(piped.error().message, "'" + fifo + "' is a named pipe (FIFO), not a landmark model");
  const auto zero = LandmarkModel::load("/dev/zero");
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.error().message, "'/dev/zero' is a device, not a landmark model");
}

TEST(LandmarkModelTest, ModelWithOtherPointCountIsRejected) {
  TempDir dir;
  const std::string path = dir.file("five_points.dat");
  {
    // A valid dlib shape predictor, but with 5 points instead of 68.
    dlib::matrix<float, 0, 1> initial(10);
    initial = 0.2f, 0.3f, 0.8f, 0.3f, 0.5f, 0.5f, 0.3f, 0.8f, 0.7f, 0.8f;
    const dlib::shape_predictor predictor(initial, {}, {});
    std::ofstream out(path, std::ios::binary);
    dlib::serialize(predictor, out);
  }
  const auto model = LandmarkModel::load(path);
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().message, "landmark model '" + path + "' has 5 points; Marionette needs the 68-point model");
}

TEST(LandmarkModelTest, MeanShapeIsAFrontalFaceInTheUnitBox) {
  const auto model = testing::sharedModel();
  ASSERT_TRUE(model);
  EXPECT_EQ(model->path(), LandmarkModel::defaultPath());
  const std::vector<Vec2> shape = model->meanShape();
  ASSERT_EQ(shape.size(), static_cast<std::size_t>(kLandmarkCount));

  double minX = 1, maxX = 0, minY = 1, maxY = 0;
  for (const Vec2& p : shape) {
    EXPECT_GE(p.x, 0.0);
    EXPECT_LE(p.x, 1.0);
    EXPECT_GE(p.y, 0.0);
    EXPECT_LE(p.y, 1.0);
    minX = std::min(minX, p.x), maxX = std::max(maxX, p.x), minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
  }
  // Fills the box along its longer side rather than sitting in a corner.
  EXPECT_NEAR(std::max(maxX - minX, maxY - minY), 1.0, 1e-6);

  // Left-right symmetric about a vertical midline.
  const double midline = (shape[36].x + shape[45].x) / 2;
  for (int i = 0; i < kLandmarkCount; ++i) {
    const Vec2 a = shape[i], b = shape[kMirror[i]];
    EXPECT_NEAR((a.x + b.x) / 2, midline, 0.03) << "point " << i;
    EXPECT_NEAR(a.y, b.y, 0.03) << "point " << i;
  }
  // And the right way up: eyes above the nose tip above the mouth above the chin.
  EXPECT_LT(shape[36].y, shape[30].y);
  EXPECT_LT(shape[30].y, shape[51].y);
  EXPECT_LT(shape[57].y, shape[8].y);
  EXPECT_LT(shape[36].x, shape[45].x);
}

TEST(LandmarkModelTest, LoadAsyncGivesWhatLoadGives) {
  const auto model = testing::sharedModel();
  ASSERT_TRUE(model);
  const auto async = LandmarkModel::loadAsync(LandmarkModel::defaultPath());
  const auto& loaded = async.get();
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded.value()->path(), model->path());
  const std::vector<Vec2> a = loaded.value()->meanShape(), b = model->meanShape();
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i], b[i]) << "point " << i;

  TempDir dir;
  const auto missing = LandmarkModel::loadAsync(dir.file("absent.dat")).get();
  const auto missingSync = LandmarkModel::load(dir.file("absent.dat"));
  ASSERT_FALSE(missing.ok());
  ASSERT_FALSE(missingSync.ok());
  EXPECT_EQ(missing.error().message, missingSync.error().message);
}

}  // namespace
}  // namespace marionette
