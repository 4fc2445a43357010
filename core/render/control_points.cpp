#include "core/render/control_points.h"

#include <cmath>

namespace marionette::render_detail {

namespace {

// Shell around the face in face units (eye-corner span = 1), centred a little
// above the landmark centroid: wide enough to hold the hair and ears, deep
// enough (z behind the face) that turning the head moves it like a skull.
constexpr double kShellCentreY = -0.35;
constexpr double kShellRadiusX = 1.15;
constexpr double kShellRadiusY = 1.45;
constexpr double kShellDepth = 0.55;
constexpr int kShellPoints = 14;
// The static ring: beyond it nothing moves.
constexpr double kStaticRadius = 2.6;
constexpr int kStaticPoints = 20;
constexpr int kBorderPointsPerSide = 6;

Vec2 faceCentre(const SourceFace& source, const ImageFrame& frame) {
  return projectPoint({0, kShellCentreY, 0}, source.motion.pose, frame);
}

}  // namespace

Rect faceWindow(const SourceFace& source, const ImageFrame& frame) {
  Vec2 c = faceCentre(source, frame);
  double half = (kStaticRadius + 0.2) * source.motion.pose.scale;
  return {c.x - half, c.y - half, 2 * half, 2 * half};
}

ControlPoints buildControlPoints(const SourceFace& source, const Landmarks& targetLandmarks, const HeadPose& targetPose,
                                 const ImageFrame& frame, const Rect& window) {
  ControlPoints cp;
  for (int i = 0; i < kLandmarkCount; ++i) {
    cp.target.push_back(targetLandmarks[i]);
    cp.source.push_back(source.landmarks[i]);
  }
  // The shell skips its lowest arc: below the chin is the neck, which should
  // stretch between the moving head and the still shoulders rather than
  // swing with the head.
  for (int k = 0; k < kShellPoints; ++k) {
    double angle = -kPi / 2 + 2 * kPi * k / kShellPoints;
    double s = std::sin(angle);
    if (s > 0.75) continue;
    Vec3 p{kShellRadiusX * std::cos(angle), kShellCentreY + kShellRadiusY * s, kShellDepth};
    cp.target.push_back(projectPoint(p, targetPose, frame));
    cp.source.push_back(projectPoint(p, source.motion.pose, frame));
  }
  Vec2 centre = faceCentre(source, frame);
  double radius = kStaticRadius * source.motion.pose.scale;
  for (int k = 0; k < kStaticPoints; ++k) {
    double angle = 2 * kPi * k / kStaticPoints;
    Vec2 p{centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)};
    cp.target.push_back(p);
    cp.source.push_back(p);
  }
  for (int k = 0; k < kBorderPointsPerSide; ++k) {
    double t = double(k) / kBorderPointsPerSide;
    Vec2 corners[4] = {{window.x, window.y},
                       {window.x + window.width, window.y},
                       {window.x + window.width, window.y + window.height},
                       {window.x, window.y + window.height}};
    for (int side = 0; side < 4; ++side) {
      Vec2 a = corners[side], b = corners[(side + 1) % 4];
      Vec2 p = a + (b - a) * t;
      cp.target.push_back(p);
      cp.source.push_back(p);
    }
  }
  return cp;
}

}  // namespace marionette::render_detail
