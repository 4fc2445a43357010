#include "core/pipeline/analyze_portrait.h"

#include <cmath>
#include <cstdio>

#include "core/motion/mesh_motion.h"

#include "core/face/face_detector.h"  // chooseFace

namespace marionette {

Result<PortraitAnalysis> analyzePortrait(const Image& image, std::shared_ptr<const FaceAnalyzer> model, int faceIndex) {
  PortraitAnalysis analysis;
  analysis.faces = model->detectAll(image);
  auto face = chooseFace(analysis.faces, faceIndex);
  if (!face) return face.error();
  analysis.chosenIndex = faceIndex;
  analysis.face = *face;
  auto sample = MotionExtractor(model->landmarkShape()).extract(*face, ImageFrame{image.width, image.height});
  if (!sample) return sample.error();
  analysis.motion = *sample;
  return analysis;
}

std::optional<std::string> surfaceProblem(const PortraitAnalysis& analysis, const ImageFrame& frame) {
  // A mesh the network itself doubts, one turned so far that its far side is
  // guessed, or one bent away from any face shape would draw a broken face.
  constexpr double kLeastConfidence = 0.5, kMostTurn = 50, kMostFitError = 0.15;
  if (!analysis.face.mesh) return "no dense mesh was found for the face";
  char text[160];
  if (analysis.face.mesh->confidence < kLeastConfidence) {
    std::snprintf(text, sizeof text, "the face mesh fits poorly (the tracker's confidence is %.2f)",
                  analysis.face.mesh->confidence);
    return std::string(text);
  }
  const EulerAngles angles = analysis.motion.motion.pose.euler();
  const double turn = std::hypot(angles.yaw, angles.pitch);
  if (turn > kMostTurn) {
    std::snprintf(text, sizeof text, "the face is turned %.0f° from frontal, too far to draw as a surface", turn);
    return std::string(text);
  }
  const double fitError = rigidFitError(analysis.face.mesh->points, analysis.motion.motion.pose, frame);
  if (fitError > kMostFitError) {
    std::snprintf(text, sizeof text, "the face mesh fits poorly (its skull points are %.2f face units off)", fitError);
    return std::string(text);
  }
  return std::nullopt;
}

SourceFace sourceFaceFrom(Image image, const PortraitAnalysis& analysis) {
  SourceFace source;
  source.image = std::move(image);
  source.landmarks = analysis.face.landmarks;
  source.motion = analysis.motion.motion;
  if (analysis.face.mesh && !surfaceProblem(analysis, {source.image.width, source.image.height}))
    source.mesh = analysis.face.mesh->points;
  if (analysis.face.mesh && analysis.face.mesh->hasIrises) {
    std::array<SourceFace::Iris, 2> irises{};
    for (std::size_t eye = 0; eye < irises.size(); ++eye) {
      const auto& points = analysis.face.mesh->irises[eye];
      const Vec2 centre{points[0].x, points[0].y};
      double radius = 0;
      for (std::size_t k = 1; k < points.size(); ++k)
        radius += Vec2{points[k].x - centre.x, points[k].y - centre.y}.norm();
      irises[eye] = {centre, radius / double(points.size() - 1)};
    }
    source.irises = irises;
  }
  return source;
}

}  // namespace marionette
