// Pixel helpers around the renderer and the PNG-sequence destination.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/media/image_io.h"
#include "core/pipeline/frame_compose.h"
#include "core/pipeline/frame_sink.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

Image gradient(int width, int height) {
  Image image = Image::make(width, height, 3);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      std::uint8_t* p = image.row(y) + 3 * x;
      p[0] = static_cast<std::uint8_t>(x), p[1] = static_cast<std::uint8_t>(y), p[2] = 200;
    }
  return image;
}

int hiddenEntries(const fs::path& dir) {
  int n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) n += entry.path().filename().string()[0] == '.';
  return n;
}

TEST(FrameCompose, ResamplingTheWholeImageAtItsSizeChangesNothing) {
  Image image = gradient(64, 48);
  Image same = resampleRegion(image, {0, 0, 64, 48}, 64, 48);
  EXPECT_EQ(same.pixels, image.pixels);
  Image half = resampleRegion(image, {0, 0, 64, 48}, 32, 24);
  EXPECT_NEAR(half.row(10)[3 * 7], 2 * 7 + 0.5, 1) << "the average of the two source columns";
  Image corner = resampleRegion(image, {32, 24, 16, 12}, 16, 12);
  EXPECT_EQ(corner.row(0)[0], 32);
  EXPECT_EQ(corner.row(0)[1], 24);
}

TEST(FrameCompose, LetterboxCentresTheFrameBetweenBlackBars) {
  Image wide = gradient(200, 100);
  Image boxed = letterbox(wide, 100, 100);
  ASSERT_EQ(boxed.width, 100);
  ASSERT_EQ(boxed.height, 100);
  EXPECT_EQ(boxed.row(10)[3 * 50 + 2], 0) << "bar above";
  EXPECT_EQ(boxed.row(89)[3 * 50 + 2], 0) << "bar below";
  EXPECT_EQ(boxed.row(50)[3 * 50 + 2], 200) << "picture in the middle";
}

TEST(FrameCompose, PanelsSitSideBySide) {
  Image a = gradient(30, 20), b = Image::make(10, 20, 3);
  Image both = placeSideBySide({&a, &b, &a});
  EXPECT_EQ(both.width, 70);
  EXPECT_EQ(both.height, 20);
  EXPECT_EQ(both.row(5)[3 * 35 + 2], 0);
  EXPECT_EQ(both.row(5)[3 * 45 + 0], 5);
}

TEST(FrameCompose, TransparencyIsFlattenedOntoTheBackground) {
  Image image = gradient(4, 1);
  image.alpha = {255, 0, 128, 255};
  Image flat = flattenAlpha(image, 255);
  EXPECT_TRUE(flat.alpha.empty());
  EXPECT_EQ(flat.pixels[0], 0);
  EXPECT_EQ(flat.pixels[3], 255);
  EXPECT_NEAR(flat.pixels[6], (2 * 128 + 255 * 127) / 255.0, 1);
}

ExportSettings sequenceInto(const std::string& path) {
  ExportSettings settings;
  settings.format = ExportFormat::PngSequence;
  settings.path = path;
  settings.width = 32;
  settings.height = 24;
  return settings;
}

TEST(PngSequence, FramesAppearOnlyWhenTheSequenceIsFinished) {
  TempDir dir;
  auto sink = openFrameSink(sequenceInto(dir.file("frames/")));
  ASSERT_TRUE(sink.ok()) << sink.error().message;
  for (int i = 0; i < 3; ++i) ASSERT_TRUE((*sink)->write(gradient(32, 24)).ok());
  EXPECT_FALSE(fs::exists(dir.file("frames")));
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_EQ(sequenceFrameName(0), "frame_000001.png");
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(fs::exists(dir.path() / "frames" / sequenceFrameName(i))) << i;
  auto back = loadImage((dir.path() / "frames" / sequenceFrameName(2)).string());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->image.pixels, gradient(32, 24).pixels);
  EXPECT_EQ(hiddenEntries(dir.path()), 0);
}

TEST(PngSequence, CancelLeavesNothingBehind) {
  TempDir dir;
  {
    auto sink = openFrameSink(sequenceInto(dir.file("frames")));
    ASSERT_TRUE(sink.ok());
    ASSERT_TRUE((*sink)->write(gradient(32, 24)).ok());
  }
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(PngSequence, ExistingFoldersAreReplacedOnlyWhenSafe) {
  TempDir dir;
  fs::create_directory(dir.file("empty"));
  EXPECT_TRUE(checkExportDestination(sequenceInto(dir.file("empty"))).ok()) << "an empty folder is fine";

  fs::create_directory(dir.file("old"));
  std::ofstream(dir.path() / "old" / "frame_000001.png") << "old";
  Status refused = checkExportDestination(sequenceInto(dir.file("old/")));
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("already exists; pass --force"), std::string::npos);
  ExportSettings replace = sequenceInto(dir.file("old/"));
  replace.overwrite = true;
  auto sink = openFrameSink(replace);
  ASSERT_TRUE(sink.ok()) << sink.error().message;
  ASSERT_TRUE((*sink)->write(gradient(32, 24)).ok());
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_GT(fs::file_size(dir.path() / "old" / "frame_000001.png"), 3u);
  EXPECT_EQ(hiddenEntries(dir.path()), 0);

  fs::create_directory(dir.file("mine"));
  std::ofstream(dir.path() / "mine" / "notes.txt") << "precious";
  ExportSettings mine = sequenceInto(dir.file("mine"));
  mine.overwrite = true;
  Status kept = checkExportDestination(mine);
  ASSERT_FALSE(kept.ok());
  EXPECT_NE(kept.error().message.find("holds files other than frame_*.png"), std::string::npos);

  ExportSettings missing = sequenceInto(dir.file("no/such/frames/"));
  Status noParent = checkExportDestination(missing);
  ASSERT_FALSE(noParent.ok());
  EXPECT_NE(noParent.error().message.find("does not exist"), std::string::npos);
}

}  // namespace
}  // namespace marionette
