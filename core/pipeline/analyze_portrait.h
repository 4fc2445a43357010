#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/image.h"
#include "core/base/result.h"
#include "core/face/face_analyzer.h"
#include "core/motion/motion_extractor.h"
#include "core/motion/renderer.h"

namespace marionette {

// A still portrait reduced to what animation needs: every face found, the one
// chosen, and its pose and expression.
struct PortraitAnalysis {
  std::vector<FaceObservation> faces;  // preferred first
  int chosenIndex = 0;
  FaceObservation face;
  MotionSample motion;
};

Result<PortraitAnalysis> analyzePortrait(const Image& image, std::shared_ptr<const FaceAnalyzer> model, int faceIndex);

// Why the chosen face's mesh should not be drawn as a surface (no mesh, a
// doubtful or bent fit, an extreme profile), or nothing when it can be. Such
// a face is warped as before, with smaller turns.
std::optional<std::string> surfaceProblem(const PortraitAnalysis& analysis, const ImageFrame& frame);

// The analysed portrait as a renderer takes it: its pixels, the chosen
// face's landmarks, motion and (when the mesh saw them) irises.
SourceFace sourceFaceFrom(Image image, const PortraitAnalysis& analysis);

}  // namespace marionette
