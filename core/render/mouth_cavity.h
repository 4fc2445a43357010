#pragma once

#include <torch/torch.h>

#include "core/base/geometry.h"
#include "core/base/landmarks.h"

namespace marionette::render_detail {

// Colours taken from the portrait once, so the synthesised inside of the
// mouth matches it (a sketch gets a grey mouth, a painting a warm one).
struct MouthPalette {
  torch::Tensor cavity;  // [3] darkest colour deep in the mouth
  torch::Tensor teeth;   // [3]
};

MouthPalette mouthPalette(const torch::Tensor& portrait, const Landmarks& landmarks);

struct MouthGeometry {
  std::array<Vec2, 8> targetInnerLip;  // inner-lip points 60-67, window pixels
  std::array<Vec2, 8> sourceInnerLip;  // the portrait's own, in the coordinates of the warp's samples
  bool sourceOpen = false;             // the portrait shows teeth or a cavity itself
  double newOpening = 0;               // target gap minus source gap, face units
  double pixelsPerFaceUnit = 1;        // in the window
};

// The driver's own mouth interior, to fill the opening with real teeth.
struct DriverMouth {
  torch::Tensor frame;           // [1, 3, H, W] float, on the render device
  std::array<Vec2, 8> innerLip;  // driver pixels
  torch::Tensor colourGain;      // [3] portrait lips / driver lips, per channel
};

// Paints the part of the target mouth that the portrait never showed: a
// shaded cavity with a band of upper teeth inside the target's inner-lip
// outline, faded in as the mouth opens beyond the portrait's own opening.
// Pixels whose warp samples the portrait's own open mouth keep those pixels
// (its teeth). `window` is [1, C, h, w]; `sampledFrom` is [2, h, w], where
// in the portrait each window pixel was taken from, in the coordinates of
// `mouth.sourceInnerLip`.
// With `driver`, the opening is filled with the driver's mouth interior
// (mapped by the affine transform between the two inner-lip outlines and
// colour-matched) instead of the synthesised cavity.
void paintMouthCavity(torch::Tensor& window, const torch::Tensor& sampledFrom, const MouthGeometry& mouth,
                      const MouthPalette& palette, const DriverMouth* driver = nullptr);

// Mean colour of the outer lips, [3], for colour matching.
torch::Tensor lipColour(const torch::Tensor& image, const Landmarks& landmarks);

}  // namespace marionette::render_detail
