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

}  // namespace marionette
