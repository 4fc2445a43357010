// Moving an iris inside its eye's opening, on a drawn eye: the dark disc
// goes where it is asked, the white fills behind it, and nothing outside
// the opening changes.
#include "core/render/iris_motion.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/motion/expression_code.h"

namespace marionette::render_detail {
namespace {

constexpr std::uint8_t kSkin = 150, kWhite = 235, kIris = 40;

// An almond-shaped opening 30 pixels wide and 12 high around (30, 20).
std::array<Vec2, 6> almond() { return {{{15, 20}, {24, 14}, {36, 14}, {45, 20}, {36, 26}, {24, 26}}}; }

bool inOpening(Vec2 p) {
  // The same hexagon, tested the way a drawing program would fill it.
  const auto o = almond();
  bool inside = false;
  for (std::size_t i = 0, j = 5; i < 6; j = i++)
    if ((o[i].y > p.y) != (o[j].y > p.y) && p.x < o[i].x + (p.y - o[i].y) * (o[j].x - o[i].x) / (o[j].y - o[i].y))
      inside = !inside;
  return inside;
}

Image drawnEye(Vec2 iris, double radius) {
  Image image = Image::make(60, 40, 3);
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const Vec2 p{double(x), double(y)};
      std::uint8_t v = kSkin;
      if (inOpening(p)) v = (p - iris).norm() <= radius ? kIris : kWhite;
      for (int c = 0; c < 3; ++c) image.row(y)[x * 3 + c] = v;
    }
  return image;
}

// Centre of the dark pixels inside the opening.
Vec2 darkCentre(const Image& image) {
  Vec2 sum{};
  int count = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x)
      if (inOpening({double(x), double(y)}) && image.row(y)[x * 3] < 100)
        sum = sum + Vec2{double(x), double(y)}, ++count;
  return count ? sum * (1.0 / count) : Vec2{-1, -1};
}

TEST(IrisMotion, TheIrisMovesWhereAskedAndTheWhiteFillsBehindIt) {
  Image image = drawnEye({30, 20}, 5);
  const Image before = image;
  moveIris(image, {almond(), {30, 20}, {34, 20}, 5});
  const Vec2 centre = darkCentre(image);
  EXPECT_NEAR(centre.x, 34, 0.6);
  EXPECT_NEAR(centre.y, 20, 0.6);
  EXPECT_GT(image.row(20)[26 * 3], 200) << "where the iris's trailing edge was is white now";
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      // Clear of the opening (its outline is drawn as a smooth curve through
      // the six points, so the pixels along the hexagon's edges may change).
      const bool clear = x < 14 || x > 46 || y < 12 || y > 28;
      if (!clear) continue;
      ASSERT_EQ(image.row(y)[x * 3], before.row(y)[x * 3]) << "outside the opening at " << x << "," << y;
    }
  }
}

TEST(IrisMotion, PartOfAnIrisMovedUnderALidIsHidden) {
  Image image = drawnEye({30, 20}, 5);
  moveIris(image, {almond(), {30, 20}, {30, 24}, 5});
  // The lower lid cuts the moved disc: what is drawn stays inside the opening
  // and above the lid, so the dark centre sits between the old and new place.
  const Vec2 centre = darkCentre(image);
  EXPECT_GT(centre.y, 21);
  EXPECT_LT(centre.y, 24);
  EXPECT_EQ(image.row(28)[30 * 3], kSkin) << "the lid below is untouched";
}

TEST(IrisMotion, TinyClosedOrUnmovedEyesAreLeftAlone) {
  const Image eye = drawnEye({30, 20}, 5);
  Image unmoved = eye;
  moveIris(unmoved, {almond(), {30, 20}, {30.1, 20}, 5});
  EXPECT_EQ(unmoved.pixels, eye.pixels);
  Image closed = eye;
  auto slit = almond();
  for (Vec2& p : slit) p.y = 20 + (p.y - 20) * 0.1;  // lids 1.2 px apart
  moveIris(closed, {slit, {30, 20}, {34, 20}, 5});
  EXPECT_EQ(closed.pixels, eye.pixels);
  Image tiny = eye;
  auto small = almond();
  for (Vec2& p : small) p = Vec2{30, 20} + (p - Vec2{30, 20}) * 0.2;  // 6 px wide
  moveIris(tiny, {small, {30, 20}, {31, 20}, 1});
  EXPECT_EQ(tiny.pixels, eye.pixels);
}

// An eye the target closes past 45% of the portrait's own opening (a blink
// the tracker reads as half closed) keeps its iris where the warp left it:
// moved, it showed as a sharp dark wedge between lowered lids.
TEST(IrisMotion, AnEyeClosingToHalfItsOwnOpeningKeepsItsIrisStill) {
  const Image eye = drawnEye({30, 20}, 5);
  Image closing = eye;
  moveIris(closing, {almond(), {30, 20}, {34, 20}, 5, 0.4});
  EXPECT_EQ(closing.pixels, eye.pixels);
  Image mostlyOpen = eye;
  moveIris(mostlyOpen, {almond(), {30, 20}, {34, 20}, 5, 0.55});
  Image open = eye;
  moveIris(open, {almond(), {30, 20}, {34, 20}, 5, 1.0});
  EXPECT_NE(mostlyOpen.pixels, eye.pixels) << "an eye open to 55% of its own moves its iris part of the way";
  EXPECT_NE(mostlyOpen.pixels, open.pixels);
}

TEST(IrisMotion, TheOffsetIsTheGazeOnTheEyeballSeenThroughTheHead) {
  const HeadPose frontal = HeadPose::fromEuler({0, 0, 0}, 0, 0, 100);
  EXPECT_NEAR(irisOffset({0, 0}, 0.3, frontal).norm(), 0, 1e-12);
  const Vec2 right = irisOffset({10, 0}, 0.3, frontal);
  // Read back as the tracker reads gaze: asin(offset / eyeball radius).
  const double radius = kEyeballRadiusOverEyeWidth * 0.3 * 100;
  EXPECT_NEAR(std::asin(right.x / radius) * 180 / M_PI, 10, 1e-9);
  EXPECT_NEAR(right.y, 0, 1e-12);
  EXPECT_NEAR(std::asin(irisOffset({0, -8}, 0.3, frontal).y / radius) * 180 / M_PI, -8, 1e-9);
  const Vec2 turned = irisOffset({10, 0}, 0.3, HeadPose::fromEuler({60, 0, 0}, 0, 0, 100));
  EXPECT_NEAR(std::abs(turned.x), 0.5 * std::abs(right.x), 1e-6) << "seen at 60 degrees, half as far";
}

}  // namespace
}  // namespace marionette::render_detail
