#pragma once

#include <array>
#include <optional>
#include <string>

#include "core/base/face_mesh.h"
#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/base/result.h"
#include "core/motion/motion.h"

namespace marionette {

// The portrait as the renderer needs it: its pixels, where its face is, and
// the pose and expression it already has.
struct SourceFace {
  Image image;  // RGB; alpha (if any) is carried through to the output
  Landmarks landmarks{};
  Motion motion;  // the portrait's own pose and expression, in its own image frame
  // Where the portrait's irises are, when the tracker saw them: [0] in the
  // eye of landmarks 36-41, [1] in that of 42-47. The renderer moves them
  // with the gaze (without them it estimates them from the eye and gaze).
  struct Iris {
    Vec2 centre;
    double radius = 0;  // pixels
  };
  std::optional<std::array<Iris, 2>> irises;
  // The portrait's dense mesh (image pixels; z in pixels, growing away from
  // the camera), when the tracker found one: the renderer then draws the
  // face as this surface, turned with a depth test, and warps only what is
  // around it.
  std::optional<std::array<Vec3, kMeshPointCount>> mesh;
};

// Which part of the portrait the output shows, and at what size. The region is
// in portrait pixels; it may extend past the portrait (filled with its edge).
struct RenderView {
  Rect region;
  int width = 0, height = 0;

  static RenderView wholeImage(const Image& image) {
    return {{0, 0, double(image.width), double(image.height)}, image.width, image.height};
  }
};

// Optional per-frame extras the renderer may use.
struct RenderHints {
  // The driving frame and its landmarks, for taking teeth from the driver;
  // empty when there is no driver or the option is off.
  const Image* driverFrame = nullptr;
  const Landmarks* driverLandmarks = nullptr;
};

// Source + target motion in, frame out. The built-in renderer warps the
// portrait's own pixels; a learned renderer can plug in behind the same
// interface.
class Renderer {
 public:
  virtual ~Renderer() = default;
  // Prepares a portrait once (upload, crop windows, masks) for many frames.
  virtual Status setSource(const SourceFace& source) = 0;
  // The portrait with its head posed and its face deformed as `target` says.
  // `target` is in the portrait's own image frame (as MotionExtractor reports).
  virtual Result<Image> render(const Motion& target, const RenderView& view, const RenderHints& hints = {}) = 0;
  // "cpu" or "cuda:0": where the per-frame work runs.
  virtual std::string deviceName() const = 0;
};

}  // namespace marionette
