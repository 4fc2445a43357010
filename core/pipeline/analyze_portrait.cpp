#include "core/pipeline/analyze_portrait.h"

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

SourceFace sourceFaceFrom(Image image, const PortraitAnalysis& analysis) {
  SourceFace source;
  source.image = std::move(image);
  source.landmarks = analysis.face.landmarks;
  source.motion = analysis.motion.motion;
  if (analysis.face.mesh) source.mesh = analysis.face.mesh->points;
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
