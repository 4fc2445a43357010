#pragma once

#include "core/base/geometry.h"

namespace marionette {

// Yaw, pitch and roll in degrees: the form users see and type.
// yaw > 0: the face turns towards the image's right (the subject's left);
// pitch > 0: the face looks up; roll > 0: the head tilts clockwise on screen.
struct EulerAngles {
  double yaw = 0, pitch = 0, roll = 0;
};

// The explicit global head transform. A face-model point X (face units)
// projects to the image at  centre + scale * ((R X).xy + (tx, ty)),
// with centre the image centre: translation is in face units, so a driver's
// "moved by a fifth of a face" transfers to a portrait of any size.
struct HeadPose {
  Quaternion rotation;
  double tx = 0, ty = 0;
  double scale = 1;  // pixels per face unit (outer-eye-corner distance)

  EulerAngles euler() const;
  static Quaternion rotationFromEuler(const EulerAngles& angles);
  static HeadPose fromEuler(const EulerAngles& angles, double tx, double ty, double scale);
};

// `rotation` relative to `reference` in the camera's frame (as retargeting
// and the pose channels apply a turn), as yaw/pitch/roll in degrees.
EulerAngles relativeRotation(const Quaternion& rotation, const Quaternion& reference);

}  // namespace marionette
