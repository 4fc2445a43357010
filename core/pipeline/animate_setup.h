#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/face/face_analyzer.h"
#include "core/pipeline/project_job.h"
#include "core/pipeline/project_media.h"
#include "core/timeline/clip_setup.h"
#include "core/timeline/project.h"

namespace marionette {

// What `marionette-cli animate` describes: the media, how the driver's motion
// is used over the whole clip, and how the result is rendered. It is turned
// into a timeline project, and the project is what gets rendered, so
// `animate … --save-project` and `render` of that project give the same frames.
struct AnimateSetup {
  std::string portraitPath;
  int faceIndex = 0;        // 0 = the largest face
  std::string drivingPath;  // empty: presets alone
  double trackingSmoothing = 0.5;
  timeline::ClipSetup clip;  // track choices, gains, regions, reference, presets, preset clip length
  timeline::RenderSettings render;
};

struct AnimateProject {
  timeline::Project project;
  std::shared_ptr<const PreparedPortrait> portrait;
  double trackSeconds = 0;
  std::vector<std::string> notes;  // from tracking (frames without a face, reader warnings)
};

// Analyses the portrait, tracks the driver (progress as JobStage::Tracking)
// and builds the project that reproduces `setup`, media paths and content
// fingerprints filled in.
Result<AnimateProject> animateProject(const AnimateSetup& setup, std::shared_ptr<const FaceAnalyzer> model,
                                      const JobCallbacks& callbacks = {});

}  // namespace marionette
