#pragma once

// Internal to the render adapter: moving the irises to where the gaze
// channels ask, inside each eye's opening. Plain C++ on the finished frame:
// an eye is a few hundred pixels.

#include <array>

#include "core/base/geometry.h"
#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/motion/head_pose.h"

namespace marionette::render_detail {

// One eye as drawn in the output, in output pixels.
struct EyeInView {
  // The opening's outline in the 68-point order (corner, two upper lid
  // points, corner, two lower lid points).
  std::array<Vec2, 6> opening;
  Vec2 irisNow;       // where the warp left the portrait's iris
  Vec2 irisWanted;    // where the gaze asks for it
  double irisRadius;  // about a fifth of the eye's width
  // The lids' gap over the portrait's own (both per eye width): a closing
  // eye's iris is left where the warp put it.
  double openness = 1;
};

// Where a gaze (degrees, as the motion's gaze channels) puts an iris
// relative to the midpoint of its eye's corners, in portrait pixels, for an
// eye `canonicalWidth` wide in the canonical face and a head posed `pose`:
// the iris sits on an eyeball of radius kEyeballRadiusOverEyeWidth times the
// width, turned by the gaze, and is seen through the head's rotation.
Vec2 irisOffset(Vec2 gaze, double canonicalWidth, const HeadPose& pose);

// Draws the iris at `irisWanted`: where it was, the eye's own white fills in;
// where it goes, its pixels are moved there; whatever falls outside the
// opening stays hidden under the lids. Pixels outside the opening are left
// as they are, and an eye too small or too closed to show an iris is left
// alone.
void moveIris(Image& image, const EyeInView& eye);

}  // namespace marionette::render_detail
