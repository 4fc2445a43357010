#pragma once

#include "core/motion/expression_code.h"

namespace marionette {

// Moves the code's points the least needed for a shape a face can make: the
// lips stay in order from top to bottom (outer upper, inner upper, inner
// lower, outer lower) so they never cross, invert or leave a mouth "open"
// below closed; the mouth's corners stay apart; upper lids never pass below
// lower lids. Keys, offsets and driven motion all end here, so none of them
// can ask the renderer for a face folded over itself.
void keepWithinFace(ExpressionCode& code);

// How much larger the portrait's features are than the driver's, per axis of
// the motion they carry, so that a change measured on the driver's face is
// the same movement *for its own size* on the portrait's: a child's wide
// mouth makes a wide mouth on an adult, a big mouth's small opening a small
// one on a little mouth. Both codes are at rest (the portrait's own face,
// the driver's reference). Differences within 10% are not scaled (expressions
// at rest differ that much), only the excess, and each ratio is bounded:
// faces differ in proportion by tens of percent, and a reading off by more is
// a tracking error.
struct FeatureScale {
  double mouthWidth = 1;  // mouth corner to corner: horizontal motion of lips and jaw
  double lowerFace = 1;   // nose base to chin: vertical motion of lips and jaw
  double browHeight = 1;  // brows above the eyes: brow motion
};
FeatureScale featureScale(const ExpressionCode& portrait, const ExpressionCode& driver);

// Scales a change of expression (driver frame minus reference) by `scale`,
// region by region; eyes and gaze are left alone (they follow by ratio and
// by angle).
void scaleToPortrait(ExpressionCode& change, const FeatureScale& scale);

}  // namespace marionette
