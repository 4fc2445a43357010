#pragma once

#include <vector>

#include "core/base/geometry.h"
#include "core/base/landmarks.h"
#include "core/motion/face_model.h"
#include "core/motion/renderer.h"

namespace marionette::render_detail {

// Pairs of (where a point is in the output, where its pixels come from in the
// portrait). The warp is fitted through these pairs.
struct ControlPoints {
  std::vector<Vec2> target;
  std::vector<Vec2> source;
};

// The 68 landmarks as pairs (the face's own constraints without a mesh).
ControlPoints landmarkPairs(const Landmarks& source, const Landmarks& target);

// Builds the warp's constraints for one frame:
//  - the face's own pairs (the 68 landmarks, or the mesh's visible edge);
//  - a ring of points on a head-shaped shell behind the face (hair, ears, jaw
//    line) projected with both poses, so the head moves as a rigid body;
//  - a wider ring and the border of `window` (the whole faceWindow, not the
//    part a view shows, so every view draws the same warp) that do not
//    move, so the background and shoulders stay where they are.
ControlPoints buildControlPoints(const SourceFace& source, ControlPoints face, const HeadPose& targetPose,
                                 const ImageFrame& frame, const Rect& window);

// The square region (portrait pixels) that can change for this source: the
// head and its surroundings out to the static ring.
Rect faceWindow(const SourceFace& source, const ImageFrame& frame);

}  // namespace marionette::render_detail
