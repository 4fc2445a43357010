// Every shared portrait yields a face and a plausible head pose.
#include "core/pipeline/analyze_portrait.h"

#include <gtest/gtest.h>

#include "core/media/image_io.h"
#include "tests/core/pipeline/shared_model.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

struct PortraitCase {
  const char* file;
  double minAbsYaw, maxAbsYaw;  // degrees
};

class SharedPortraits : public ::testing::TestWithParam<PortraitCase> {};

TEST_P(SharedPortraits, YieldAFaceAndAPlausiblePose) {
  const PortraitCase& c = GetParam();
  const std::string path = testing::sharedMedia(std::string("portraits/") + c.file);
  if (path.empty()) GTEST_SKIP() << "shared media not found: portraits/" << c.file;
  MARIONETTE_REQUIRE_MODEL(model);
  auto image = loadImage(path);
  ASSERT_TRUE(image.ok()) << image.error().message;
  auto analysis = analyzePortrait(image->image, model, 0);
  ASSERT_TRUE(analysis.ok()) << analysis.error().message;
  EulerAngles e = analysis->motion.motion.pose.euler();
  EXPECT_GE(std::abs(e.yaw), c.minAbsYaw) << c.file;
  EXPECT_LE(std::abs(e.yaw), c.maxAbsYaw) << c.file;
  EXPECT_LT(std::abs(e.pitch), 30) << c.file;
  EXPECT_LT(std::abs(e.roll), 25) << c.file;
  // Pose scale is pixels per eye-corner span: 40-75 % of the detector box width (more for a turned face, whose box is
  // narrower).
  double boxWidth = analysis->face.box.width;
  EXPECT_GT(analysis->motion.motion.pose.scale, 0.25 * boxWidth) << c.file;
  EXPECT_LT(analysis->motion.motion.pose.scale, 0.85 * boxWidth) << c.file;
  EXPECT_GT(analysis->motion.confidence, 0.3) << c.file;
  const auto problem = surfaceProblem(*analysis, {image->image.width, image->image.height});
  EXPECT_FALSE(problem.has_value()) << c.file << ": " << problem.value_or("");
  EXPECT_TRUE(sourceFaceFrom(image->image, *analysis).mesh.has_value()) << c.file << " is drawn as a surface";
}

INSTANTIATE_TEST_SUITE_P(
    All, SharedPortraits,
    ::testing::Values(PortraitCase{"liveportrait-s9.jpg", 0, 25}, PortraitCase{"liveportrait-s10.jpg", 15, 70},
                      PortraitCase{"liveportrait-s7.jpg", 0, 20}, PortraitCase{"liveportrait-s12.jpg", 0, 20},
                      PortraitCase{"liveportrait-s42.jpg", 0, 20}, PortraitCase{"hallo-4.jpg", 0, 25}),
    [](const auto& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      for (char& ch : name)
        if (ch == '-') ch = '_';
      return name;
    });

}  // namespace
}  // namespace marionette
