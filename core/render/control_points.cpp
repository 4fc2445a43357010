#include "core/render/control_points.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace marionette::render_detail {

namespace {

// The head around the face as an ellipsoid in face units (eye-corner span =
// 1), centred a little above the landmark centroid and behind the face: wide
// enough to hold the hair and ears, deep like a skull.
constexpr double kShellCentreY = -0.35;
constexpr double kShellRadiusX = 1.15;
constexpr double kShellRadiusY = 1.45;
constexpr double kShellRadiusZ = 1.0;
constexpr double kShellDepth = 0.55;
constexpr int kShellPoints = 14;
// The static ring: beyond it nothing moves.
constexpr double kStaticRadius = 2.6;
constexpr int kStaticPoints = 20;
constexpr int kBorderPointsPerSide = 6;
// Below the chin: within this sine of straight down from the shell's centre
// (the arc the shell leaves out, so that the neck stretches).
constexpr double kBelowChin = 0.75;

Vec2 faceCentre(const SourceFace& source, const ImageFrame& frame) {
  return projectPoint({0, kShellCentreY, 0}, source.motion.pose, frame);
}

// The point at `angle` on the head's outline in the image: the silhouette of
// the ellipsoid seen in `pose`. A turn keeps the outline about as wide as it
// was (the back of the head comes round as the face goes), where a ring of
// points fixed on the head would swing into the face on a big turn and fold
// the warp. The angle is measured in the head's own frame (it rolls with the
// head), so hair keeps its place along the outline.
Vec2 headOutline(double angle, const HeadPose& pose, const ImageFrame& frame) {
  const Mat3 r = pose.rotation.toMatrix();
  const double radius[3] = {kShellRadiusX, kShellRadiusY, kShellRadiusZ};
  // The ellipsoid's projection: m = first two rows of R * diag(radius); its
  // outline is sqrt(m m^T) applied to the unit circle.
  double m[2][3];
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 3; ++j) m[i][j] = r(i, j) * radius[j];
  const double a = m[0][0] * m[0][0] + m[0][1] * m[0][1] + m[0][2] * m[0][2];
  const double b = m[0][0] * m[1][0] + m[0][1] * m[1][1] + m[0][2] * m[1][2];
  const double d = m[1][0] * m[1][0] + m[1][1] * m[1][1] + m[1][2] * m[1][2];
  const double root = std::sqrt(std::max(0.0, a * d - b * b));
  const double trace = std::sqrt(a + d + 2 * root);
  const double s00 = (a + root) / trace, s01 = b / trace, s11 = (d + root) / trace;
  // The in-plane rotation the head's x and y axes show (the polar part of
  // the projected 2x2), so the angle turns with a roll.
  const double roll = std::atan2(m[1][0] / radius[0] - m[0][1] / radius[1], m[0][0] / radius[0] + m[1][1] / radius[1]);
  const double ux = std::cos(angle + roll), uy = std::sin(angle + roll);
  const Vec2 centre = projectPoint({0, kShellCentreY, kShellDepth}, pose, frame);
  return {centre.x + pose.scale * (s00 * ux + s01 * uy), centre.y + pose.scale * (s01 * ux + s11 * uy)};
}

}  // namespace

Rect faceWindow(const SourceFace& source, const ImageFrame& frame) {
  Vec2 c = faceCentre(source, frame);
  double half = (kStaticRadius + 0.2) * source.motion.pose.scale;
  return {c.x - half, c.y - half, 2 * half, 2 * half};
}

ControlPoints landmarkPairs(const Landmarks& source, const Landmarks& target) {
  ControlPoints pairs;
  for (int i = 0; i < kLandmarkCount; ++i) {
    pairs.target.push_back(target[std::size_t(i)]);
    pairs.source.push_back(source[std::size_t(i)]);
  }
  return pairs;
}

ControlPoints buildControlPoints(const SourceFace& source, ControlPoints face, const HeadPose& targetPose,
                                 const ImageFrame& frame, const Rect& window) {
  ControlPoints cp = std::move(face);
  // The shell skips its lowest arc: below the chin is the neck, which should
  // stretch between the moving head and the still shoulders rather than
  // swing with the head.
  for (int k = 0; k < kShellPoints; ++k) {
    double angle = -kPi / 2 + 2 * kPi * k / kShellPoints;
    double s = std::sin(angle);
    if (s > kBelowChin) continue;
    cp.target.push_back(headOutline(angle, targetPose, frame));
    cp.source.push_back(headOutline(angle, source.motion.pose, frame));
  }
  Vec2 centre = faceCentre(source, frame);
  double radius = kStaticRadius * source.motion.pose.scale;
  for (int k = 0; k < kStaticPoints; ++k) {
    double angle = 2 * kPi * k / kStaticPoints;
    Vec2 p{centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)};
    cp.target.push_back(p);
    cp.source.push_back(p);
  }
  // The window's border holds still, trimmed to the portrait: a view's own
  // edges play no part, so every view draws the same warp. Where the
  // picture's edge cuts the window it holds still only below the chin (the
  // shoulders; the neck stretches): hair reaching the picture's top, pinned
  // there, was drawn out into a cone above a head that moved down. Beyond
  // the picture nothing is drawn, so nothing is pinned there.
  const double x0 = std::max(window.x, 0.0), y0 = std::max(window.y, 0.0);
  const double x1 = std::min(window.x + window.width, double(frame.width)),
               y1 = std::min(window.y + window.height, double(frame.height));
  if (x1 <= x0 || y1 <= y0) return cp;
  const Vec2 shell = projectPoint({0, kShellCentreY, kShellDepth}, source.motion.pose, frame);
  const Vec2 corners[4] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  const bool pictureCuts[4] = {y0 > window.y, x1 < window.x + window.width,
                               y1<window.y + window.height, x0> window.x};  // top, right, bottom, left
  for (int side = 0; side < 4; ++side)
    for (int k = 0; k < kBorderPointsPerSide; ++k) {
      const Vec2 a = corners[side], b = corners[(side + 1) % 4];
      const Vec2 p = a + (b - a) * (double(k) / kBorderPointsPerSide);
      const Vec2 fromShell{(p.x - shell.x) / kShellRadiusX, (p.y - shell.y) / kShellRadiusY};
      const bool belowChin = fromShell.norm() > 0 && fromShell.y / fromShell.norm() > kBelowChin;
      // A corner belongs to the side it starts, and counts as cut if either side is.
      const bool cut = pictureCuts[side] || (k == 0 && pictureCuts[(side + 3) % 4]);
      if (cut && !belowChin) continue;
      cp.target.push_back(p);
      cp.source.push_back(p);
    }
  return cp;
}

}  // namespace marionette::render_detail
