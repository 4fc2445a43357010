#include "core/pipeline/output_framing.h"

#include <gtest/gtest.h>

#include "core/motion/canonical_face.h"
#include "core/motion/face_model.h"

namespace marionette {
namespace {

// A frontal face whose outer eye corners are `span` pixels apart, with its
// eyes' midpoint near (x, y).
Landmarks faceAt(double x, double y, double span, int width, int height) {
  const ImageFrame frame{width, height};
  HeadPose pose = HeadPose::fromEuler({}, 0, 0, span);
  Landmarks at0 = decodeLandmarks(canonicalFace(), {}, pose, frame);
  const Vec2 eyes = (at0[36] + at0[45]) * 0.5;
  pose.tx = (x - eyes.x) / span;
  pose.ty = (y - eyes.y) / span;
  return decodeLandmarks(canonicalFace(), {}, pose, frame);
}

bool inside(const Rect& r, double width, double height) {
  return r.x >= -1e-9 && r.y >= -1e-9 && r.x + r.width <= width + 1e-9 && r.y + r.height <= height + 1e-9;
}

bool contains(const Rect& r, Vec2 p) { return p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height; }

TEST(OutputFraming, ByDefaultShowsTheWholePortraitUpTo1280) {
  Framing small = chooseFraming(600, 800, faceAt(300, 300, 100, 600, 800), {});
  EXPECT_EQ(small.view.width, 600);
  EXPECT_EQ(small.view.height, 800);
  EXPECT_DOUBLE_EQ(small.view.region.width, 600);
  EXPECT_TRUE(small.notes.empty());

  Framing large = chooseFraming(2560, 1440, faceAt(1280, 600, 300, 2560, 1440), {});
  EXPECT_EQ(large.view.width, 1280);
  EXPECT_EQ(large.view.height, 720);
  EXPECT_DOUBLE_EQ(large.view.region.width, 2560);
  EXPECT_DOUBLE_EQ(large.view.region.height, 1440);
}

TEST(OutputFraming, OddPortraitsLoseARowInsteadOfBeingStretched) {
  Framing odd = chooseFraming(511, 383, faceAt(255, 190, 80, 511, 383), {});
  EXPECT_EQ(odd.view.width, 510);
  EXPECT_EQ(odd.view.height, 382);
  EXPECT_DOUBLE_EQ(odd.view.region.width, 510);
  EXPECT_DOUBLE_EQ(odd.view.region.height, 382);
}

TEST(OutputFraming, OddRequestedSizesAreMadeEvenWithANote) {
  Framing f = chooseFraming(512, 512, faceAt(256, 230, 100, 512, 512), {333, 249, false});
  EXPECT_EQ(f.view.width, 332);
  EXPECT_EQ(f.view.height, 248);
  ASSERT_EQ(f.notes.size(), 1u);
  EXPECT_NE(f.notes[0].find("333x249 made even: 332x248"), std::string::npos) << f.notes[0];
}

TEST(OutputFraming, ARequestedShapeIsCutFromThePortraitAroundTheFace) {
  const Landmarks face = faceAt(100, 300, 80, 800, 600);
  Framing wide = chooseFraming(800, 600, face, {640, 360, false});
  EXPECT_EQ(wide.view.width, 640);
  EXPECT_NEAR(wide.view.region.width / wide.view.region.height, 640.0 / 360, 1e-9);
  EXPECT_DOUBLE_EQ(wide.view.region.width, 800) << "as much of the portrait as the shape allows";
  EXPECT_TRUE(inside(wide.view.region, 800, 600));

  Framing tall = chooseFraming(800, 600, face, {300, 600, false});
  EXPECT_DOUBLE_EQ(tall.view.region.height, 600);
  EXPECT_TRUE(contains(tall.view.region, face[30]));
  EXPECT_DOUBLE_EQ(tall.view.region.x, 0) << "pushed back inside at the left edge";
}

TEST(OutputFraming, FaceCropIsASquareAroundTheHead) {
  const Landmarks face = faceAt(400, 300, 60, 1000, 800);
  Framing crop = chooseFraming(1000, 800, face, {0, 0, true});
  EXPECT_EQ(crop.view.width, kDefaultCropSide);
  EXPECT_EQ(crop.view.height, kDefaultCropSide);
  EXPECT_NEAR(crop.view.region.width, kCropEyeSpans * 60, 1e-6);
  EXPECT_NEAR(crop.view.region.height, crop.view.region.width, 1e-9);
  // Room for hair above the brows and for the chin below.
  const Rect& r = crop.view.region;
  EXPECT_GT(face[19].y - r.y, 0.9 * 60);
  EXPECT_GT(r.y + r.height - face[8].y, 0.3 * 60);
  EXPECT_NEAR(r.center().x, face[27].x, 2);

  Framing sized = chooseFraming(1000, 800, face, {300, 200, true});
  EXPECT_NEAR(sized.view.region.width / sized.view.region.height, 1.5, 1e-9);
}

TEST(OutputFraming, FaceCropStaysInsideThePortrait) {
  const Landmarks nearEdge = faceAt(40, 50, 60, 400, 300);
  Framing edge = chooseFraming(400, 300, nearEdge, {0, 0, true});
  EXPECT_TRUE(inside(edge.view.region, 400, 300));
  EXPECT_NEAR(edge.view.region.width, kCropEyeSpans * 60, 1e-6);

  const Landmarks huge = faceAt(200, 140, 150, 400, 300);
  Framing shrunk = chooseFraming(400, 300, huge, {0, 0, true});
  EXPECT_TRUE(inside(shrunk.view.region, 400, 300));
  EXPECT_DOUBLE_EQ(shrunk.view.region.height, 300);
  EXPECT_DOUBLE_EQ(shrunk.view.region.width, 300);
}

}  // namespace
}  // namespace marionette
