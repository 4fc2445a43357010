// A video's pictures at one constant rate: frame for frame for a
// constant-rate file, and for a variable-rate one the picture showing at
// each output time — the same choice the tracked motion's resampling makes.
#include "core/media/constant_rate_frames.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "tests/core/media/media_fixtures.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

double meanLevel(const Image& image) {
  return std::accumulate(image.pixels.begin(), image.pixels.end(), 0.0) / double(image.pixels.size());
}

// Frame n of the 30 frames/s source is grey level 2n (exact in lossless
// FFV1), so a picture says which source frame it is.
std::string levelClip(testing::TempDir& dir, const std::string& name, const std::string& select) {
  const std::string path = dir.file(name);
  const bool made = testing::runFfmpeg("-f lavfi -i \"color=black:s=32x32:r=30:d=4,format=gray,geq=lum='2*N'\" -vf \"" +
                                       select + "\" -fps_mode vfr -c:v ffv1 '" + path + "'");
  return made ? path : "";
}

TEST(ConstantRateFrames, AConstantRateFileIsReadFrameForFrame) {
  testing::TempDir dir;
  const std::string clip = levelClip(dir, "cfr.mkv", "null");
  ASSERT_FALSE(clip.empty());
  auto frames = ConstantRateFrames::open(clip, Rational(30), PixelLayout::Gray);
  ASSERT_TRUE(frames.ok()) << frames.error().message;
  for (std::int64_t k : {0, 1, 2, 29, 30, 57}) {
    auto image = (*frames)->frameAt(k);
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_NEAR(meanLevel(*image), 2.0 * double(k), 1.0) << "frame " << k;
  }
  // Back, then far ahead: both seek and land on the same pictures.
  for (std::int64_t k : {3, 100, 10}) {
    auto image = (*frames)->frameAt(k);
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_NEAR(meanLevel(*image), 2.0 * double(k), 1.0) << k;
  }
  auto past = (*frames)->frameAt(500);
  ASSERT_TRUE(past.ok()) << past.error().message;
  EXPECT_NEAR(meanLevel(*past), 2.0 * 119, 1.0) << "past the end the last picture stands";
}

TEST(ConstantRateFrames, AVariableRateFileShowsThePictureShowingAtEachTime) {
  testing::TempDir dir;
  // Every frame of the first second, then every third: 30 then 10 frames/s,
  // each keeping its own time.
  const std::string clip = levelClip(dir, "vfr.mkv", "select='lt(n\\,30)+not(mod(n\\,3))'");
  ASSERT_FALSE(clip.empty());
  auto frames = ConstantRateFrames::open(clip, Rational(30), PixelLayout::Gray);
  ASSERT_TRUE(frames.ok()) << frames.error().message;
  auto shows = [&](std::int64_t k) -> long {
    auto image = (*frames)->frameAt(k);
    if (!image) return -1;
    return std::lround(meanLevel(*image) / 2.0);
  };
  EXPECT_EQ(shows(10), 10);
  EXPECT_EQ(shows(30), 30);
  EXPECT_EQ(shows(31), 30) << "between frames the earlier one shows";
  EXPECT_EQ(shows(32), 30);
  EXPECT_EQ(shows(33), 33);
  EXPECT_EQ(shows(100), 99);
  EXPECT_EQ(shows(47), 45) << "a jump back finds the picture from before the time asked for";
  EXPECT_EQ(shows(0), 0);
}

}  // namespace
}  // namespace marionette
