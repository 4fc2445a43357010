#pragma once

#include "core/motion/head_pose.h"

namespace marionette {

// How far from the portrait's own pose the renderer turns a head. It moves
// the portrait's own pixels, so a turn stretches what the portrait showed
// only obliquely or hid. Drawn as a surface with a depth test (the mesh), a
// frontal face turns cleanly to 35° of yaw and 25° of pitch, but one already
// turned stretches its far side as soon as a turn brings it round (the
// Vermeer, 35° from frontal, from about 10°). Warped without a mesh, keyed
// sweeps (`evaluate poses`, README "Keyed turns") show the nose and far
// cheek folding from about 25° of yaw on a frontal portrait and much sooner
// on one already turned. Turns up to the knee are drawn as asked; past it
// ever smaller, approaching `most`, so a driver's big turn still reads as a
// turn, in order and smoothly, instead of a broken face.
struct TurnLimits {
  double yawKnee = 12, yawMost = 20;
  double pitchKnee = 15.6, pitchMost = 26;
};

// How the face is drawn: as the mesh's surface, or (no mesh) by the warp alone.
enum class TurnDrawing { Surface, Warp };

// The limits for a portrait whose own rotation (in the camera's frame) is
// `source`: the further it is turned from frontal, the less room.
TurnLimits turnLimitsFor(const Quaternion& source, TurnDrawing drawing = TurnDrawing::Surface);

// `angle` (degrees) as drawn: unchanged up to `knee` in size, then
// compressed smoothly (continuous slope) towards `most`.
double softLimitAngle(double angle, double knee, double most);

// The rotation to draw for `target` on a portrait whose own rotation is
// `source`: the turn between them, measured in the camera's frame as
// retargeting applies it, with its yaw and pitch soft-limited; roll (a turn
// within the picture) is left as it is.
Quaternion limitTurn(const Quaternion& target, const Quaternion& source, const TurnLimits& limits);

}  // namespace marionette
