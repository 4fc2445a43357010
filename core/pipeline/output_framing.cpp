#include "core/pipeline/output_framing.h"

#include <algorithm>
#include <cmath>

namespace marionette {

namespace {

// 4:2:0 chroma covers 2x2 blocks, so video sides must be even.
int evenBelow(int side) { return std::max(2, side - side % 2); }

// Moves `region` inside the portrait, shrinking it (keeping its shape and
// centre) when it is larger: repeating the portrait's edge to fill the
// outside looks worse than a tighter crop.
Rect fitInside(Rect region, double width, double height) {
  const double shrink = std::min({1.0, width / region.width, height / region.height});
  const Vec2 centre = region.center();
  region.width *= shrink;
  region.height *= shrink;
  region.x = std::clamp(centre.x - region.width / 2, 0.0, width - region.width);
  region.y = std::clamp(centre.y - region.height / 2, 0.0, height - region.height);
  return region;
}

Vec2 eyeMidpoint(const Landmarks& face) { return (face[36] + face[45]) * 0.5; }

}  // namespace

Rect faceCropRegion(const Landmarks& face, double aspect) {
  const Vec2 eyes = eyeMidpoint(face);
  const double span = (face[45] - face[36]).norm();
  // Hair rises about 1.3 spans above the eyes and the chin sits about 1.5
  // below; centring slightly below the eyes keeps both, with room to move.
  const Vec2 centre = eyes + (face[8] - eyes) * 0.05;
  const double area = (kCropEyeSpans * span) * (kCropEyeSpans * span);
  const double height = std::sqrt(area / aspect), width = height * aspect;
  return {centre.x - width / 2, centre.y - height / 2, width, height};
}

Framing chooseFraming(int portraitWidth, int portraitHeight, const Landmarks& face, const FramingRequest& request) {
  Framing framing;
  const double pw = portraitWidth, ph = portraitHeight;
  int width = request.width, height = request.height;
  if (width > 0 && height > 0 && (width % 2 || height % 2)) {
    framing.notes.push_back("output size " + std::to_string(width) + "x" + std::to_string(height) +
                            " made even: " + std::to_string(evenBelow(width)) + "x" +
                            std::to_string(evenBelow(height)) + " (video needs even sides)");
    width = evenBelow(width);
    height = evenBelow(height);
  }
  if (request.cropToFace) {
    if (width <= 0 || height <= 0) width = height = kDefaultCropSide;
    framing.view = {fitInside(faceCropRegion(face, double(width) / height), pw, ph), width, height};
    return framing;
  }
  if (width > 0 && height > 0) {
    const double aspect = double(width) / height;
    const double regionWidth = std::min(pw, ph * aspect);
    const Vec2 centre = eyeMidpoint(face);
    Rect region{centre.x - regionWidth / 2, centre.y - regionWidth / aspect / 2, regionWidth, regionWidth / aspect};
    framing.view = {fitInside(region, pw, ph), width, height};
    return framing;
  }
  const double scale = std::min(1.0, kMaxAutoSide / std::max(pw, ph));
  width = evenBelow(static_cast<int>(std::lround(pw * scale)));
  height = evenBelow(static_cast<int>(std::lround(ph * scale)));
  // The region keeps the output's exact shape: an odd portrait loses its last
  // row or column instead of being stretched by a fraction of a pixel.
  framing.view = {{0, 0, std::min(pw, width / scale), std::min(ph, height / scale)}, width, height};
  return framing;
}

}  // namespace marionette
