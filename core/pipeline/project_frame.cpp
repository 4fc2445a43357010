#include "core/pipeline/project_frame.h"

#include <algorithm>
#include <cmath>

#include "core/motion/canonical_face.h"
#include "core/motion/face_model.h"
#include "core/timeline/motion_at.h"

namespace marionette {

bool rendersWithDriverPixels(const timeline::Project& project) {
  return project.render.teethFromDriver && project.hasDriverMotion();
}

Result<Image> renderProjectFrame(Renderer& renderer, const timeline::Project& project, timeline::FrameIndex frame,
                                 const RenderView& view, const Image* driverFrame) {
  RenderHints hints;
  Landmarks driverLandmarks{};
  if (rendersWithDriverPixels(project) && driverFrame && !driverFrame->empty()) {
    const MotionTrack& track = *project.driver->motion;
    const auto index = static_cast<std::size_t>(
        std::clamp<timeline::FrameIndex>(frame, 0, static_cast<timeline::FrameIndex>(track.frames.size()) - 1));
    const Motion& driven = track.frames[index].motion;
    driverLandmarks =
        decodeLandmarks(canonicalFace(), driven.expression, driven.pose, ImageFrame{track.width, track.height});
    hints.driverFrame = driverFrame;
    hints.driverLandmarks = &driverLandmarks;
  }
  auto image = renderer.render(timeline::motionAt(project, frame), view, hints);
  if (!image) return makeError("frame " + std::to_string(frame) + ": " + image.error().message);
  if (image->width != view.width || image->height != view.height || image->channels != 3)
    return makeError("the renderer returned a frame of the wrong size");
  return image;
}

Framing projectFraming(const timeline::Project& project, const PreparedPortrait& portrait) {
  const timeline::RenderSettings& r = project.render;
  const Image& image = portrait.source.image;
  return chooseFraming(image.width, image.height, portrait.source.landmarks, {r.width, r.height, r.cropToFace});
}

RenderView viewWithin(const RenderView& view, int maxSide) {
  const int longer = std::max(view.width, view.height);
  if (maxSide <= 0 || longer <= maxSide) return view;
  const double scale = double(maxSide) / longer;
  RenderView scaled = view;
  scaled.width = std::max(2, static_cast<int>(std::lround(view.width * scale)) / 2 * 2);
  scaled.height = std::max(2, static_cast<int>(std::lround(view.height * scale)) / 2 * 2);
  return scaled;
}

}  // namespace marionette
