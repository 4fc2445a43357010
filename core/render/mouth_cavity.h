#pragma once

#include <torch/torch.h>

#include <vector>

#include "core/base/geometry.h"
#include "core/base/image.h"
#include "core/base/landmarks.h"

namespace marionette::render_detail {

// Colours taken from the portrait once, so the synthesised inside of the
// mouth matches it (a sketch gets a grey mouth, a painting a warm one).
struct MouthPalette {
  torch::Tensor cavity;  // [3] darkest colour deep in the mouth
  torch::Tensor teeth;   // [3]
};

MouthPalette mouthPalette(const torch::Tensor& portrait, const Landmarks& landmarks);

// An inner-lip outline: one corner first, the upper lip to the other corner
// (at `rightCorner`), then the lower lip back.
struct LipRing {
  std::vector<Vec2> points;
  int rightCorner = 4;
};

struct MouthGeometry {
  LipRing target;                      // window pixels
  LipRing source;                      // the portrait's own, portrait pixels
  std::array<Vec2, 8> targetInnerLip;  // inner-lip points 60-67, window pixels (to map the driver's mouth)
  // Portrait pixels -> the coordinates of the warp's samples: p * scale + shift.
  Vec2 sampleScale{1, 1}, sampleShift{0, 0};
  double ownTeethSplit = 0.5;    // see ownTeethSplit
  bool sourceOpen = false;       // the portrait shows teeth or a cavity itself
  double newOpening = 0;         // target gap minus source gap, face units
  double pixelsPerFaceUnit = 1;  // in the window
};

// The driver's own mouth interior, to fill the opening with real teeth.
struct DriverMouth {
  torch::Tensor frame;           // [1, 3, H, W] float, on the render device
  std::array<Vec2, 8> innerLip;  // driver pixels
  torch::Tensor colourGain;      // [3] portrait lips / driver lips, per channel
};

// Where the portrait's own open mouth divides into what rides with the
// upper lip and what with the lower, as a fraction of its opening from the
// upper lip: its darkest row, between the rows of teeth (near the bottom
// when only the upper teeth show). `lip` in portrait pixels.
double ownTeethSplit(const Image& portrait, const LipRing& lip);

// For a portrait whose own mouth is open, where each pixel of the target
// opening takes its colour from: the portrait's upper teeth ride under the
// upper lip and its lower teeth over the lower lip, each at its own size,
// as the mouth opens wider than the portrait's; between them is the cavity.
// (Sampled in proportion, the portrait's few rows of teeth were drawn out
// into a tall pale column.) Rewrites `samples` ([2, h, w], as for
// paintMouthCavity) inside the opening and returns how much of the cavity
// shows at each pixel of the window ([h, w], 0 outside the opening).
torch::Tensor carryOwnTeeth(torch::Tensor& samples, const MouthGeometry& mouth);

// Paints the part of the target mouth that the portrait never showed: a
// shaded cavity with a band of upper teeth inside the target's inner-lip
// outline, faded in as the mouth opens beyond the portrait's own opening.
// A portrait with its own open mouth keeps its teeth: pass `ownCavity`
// (from carryOwnTeeth) and only that cavity is painted. `window` is
// [1, C, h, w].
// With `driver`, the opening is filled with the driver's mouth interior
// (mapped by the affine transform between the two inner-lip outlines and
// colour-matched) instead of the synthesised cavity.
void paintMouthCavity(torch::Tensor& window, const MouthGeometry& mouth, const MouthPalette& palette,
                      const DriverMouth* driver = nullptr, const torch::Tensor* ownCavity = nullptr);

// Mean colour of the outer lips, [3], for colour matching.
torch::Tensor lipColour(const torch::Tensor& image, const Landmarks& landmarks);

}  // namespace marionette::render_detail
