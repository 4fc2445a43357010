#pragma once

#include <string>
#include <vector>

#include "core/base/landmarks.h"
#include "core/base/result.h"
#include "core/motion/renderer.h"

namespace marionette {

// What the user asked for: an output size (0 = automatic) and whether to
// frame the face rather than the whole portrait.
struct FramingRequest {
  int width = 0, height = 0;
  bool cropToFace = false;
};

struct Framing {
  RenderView view;                 // portrait region and the (even) size it is rendered at
  std::vector<std::string> notes;  // e.g. that an odd size was made even
};

// Longest side of the automatic output size: larger portraits are scaled down.
constexpr int kMaxAutoSide = 1280;
// Side of a face crop when no size is given.
constexpr int kDefaultCropSide = 512;

// Chooses the part of the portrait the output shows:
//  - nothing asked: the whole portrait, scaled down to kMaxAutoSide at most;
//  - a size: the largest region of that shape inside the portrait, centred
//    on the face as far as the edges allow;
//  - a face crop: a region around the face, wide enough for hair and chin,
//    of the requested shape (square by default).
// Sizes are made even for 4:2:0 video; odd requests get a note.
Framing chooseFraming(int portraitWidth, int portraitHeight, const Landmarks& face, const FramingRequest& request);

// The region a face crop covers before it is fitted into the portrait:
// centred a little below the eyes, kCropEyeSpans eye-corner spans wide.
constexpr double kCropEyeSpans = 3.6;
Rect faceCropRegion(const Landmarks& face, double aspect);

}  // namespace marionette
