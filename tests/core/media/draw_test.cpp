#include "core/media/draw.h"

#include <gtest/gtest.h>

namespace marionette {
namespace {

int channelAt(const Image& image, int x, int y, int channel) { return image.row(y)[x * image.channels + channel]; }

// Number of pixels with any non-zero channel, and their bounding box.
struct Coverage {
  int count = 0;
  int minX = 1 << 30, minY = 1 << 30, maxX = -1, maxY = -1;
};

Coverage coverage(const Image& image) {
  Coverage c;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      bool lit = false;
      for (int ch = 0; ch < image.channels; ++ch) lit = lit || channelAt(image, x, y, ch) != 0;
      if (!lit) continue;
      ++c.count;
      c.minX = std::min(c.minX, x), c.maxX = std::max(c.maxX, x);
      c.minY = std::min(c.minY, y), c.maxY = std::max(c.maxY, y);
    }
  }
  return c;
}

TEST(DrawTest, PointIsFilledInRgbOrder) {
  Image image = Image::make(32, 32, 3);
  drawPoint(image, {16, 16}, 3, Colour{255, 0, 0});
  EXPECT_EQ(channelAt(image, 16, 16, 0), 255);
  EXPECT_EQ(channelAt(image, 16, 16, 1), 0);
  EXPECT_EQ(channelAt(image, 16, 16, 2), 0);
  const Coverage c = coverage(image);
  EXPECT_GE(c.minX, 12);
  EXPECT_LE(c.maxX, 20);
  EXPECT_GE(c.minY, 12);
  EXPECT_LE(c.maxY, 20);
}

TEST(DrawTest, SubPixelPositionsShiftTheResult) {
  Image whole = Image::make(32, 32, 1), half = Image::make(32, 32, 1);
  drawPoint(whole, {10, 10}, 2, Colour{});
  drawPoint(half, {10.5, 10}, 2, Colour{});
  EXPECT_NE(whole.pixels, half.pixels);
  EXPECT_GT(channelAt(half, 13, 10, 0), channelAt(whole, 13, 10, 0));
  EXPECT_LT(channelAt(half, 7, 10, 0), channelAt(whole, 7, 10, 0));
}

TEST(DrawTest, LineCoversItsSpanOnly) {
  Image image = Image::make(32, 32, 3);
  drawLine(image, {2, 10}, {28, 10}, 1, Colour{0, 255, 0});
  EXPECT_GT(channelAt(image, 15, 10, 1), 200);
  EXPECT_EQ(channelAt(image, 15, 10, 0), 0);
  EXPECT_EQ(channelAt(image, 15, 20, 1), 0);
  EXPECT_EQ(channelAt(image, 31, 10, 1), 0);
}

TEST(DrawTest, RectangleIsAnOutline) {
  Image image = Image::make(40, 40, 3);
  drawRect(image, Rect{5, 5, 30, 20}, 1, Colour{0, 0, 255});
  EXPECT_GT(channelAt(image, 20, 5, 2), 200);   // top edge
  EXPECT_GT(channelAt(image, 35, 15, 2), 200);  // right edge
  EXPECT_EQ(channelAt(image, 20, 15, 2), 0);    // inside
  EXPECT_EQ(channelAt(image, 20, 35, 2), 0);    // below
}

TEST(DrawTest, TextStaysInItsBoxOnGrayImages) {
  Image image = Image::make(200, 60, 1);
  drawText(image, {10, 10}, "Yaw 12", 20, Colour{255, 255, 255});
  const Coverage c = coverage(image);
  ASSERT_GT(c.count, 50);
  EXPECT_GE(c.minX, 7);  // anti-aliased strokes spill a pixel or two
  EXPECT_GE(c.minY, 8);
  EXPECT_LE(c.maxY, 10 + 20 + 8);  // descender of "Y" stays near the box
  EXPECT_LT(c.maxX, 200);
}

TEST(DrawTest, IgnoresEmptyImagesAndKeepsAlpha) {
  Image empty;
  drawLine(empty, {0, 0}, {10, 10}, 2, Colour{});
  EXPECT_TRUE(empty.pixels.empty());
  Image image = Image::make(8, 8, 3);
  image.alpha.assign(64, 9);
  drawPoint(image, {4, 4}, 2, Colour{});
  EXPECT_EQ(image.alpha, std::vector<std::uint8_t>(64, 9));
}

}  // namespace
}  // namespace marionette
