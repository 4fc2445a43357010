#pragma once

#include <future>
#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/face/face_analyzer.h"
#include "core/face/face_mesh.h"
#include "core/render/warp_renderer.h"

namespace marionette {

// Checks the installed face models in `folder` (empty: faceModelFolder()) —
// present, pinned size and SHA-256 — then loads them through the libtorch
// module; every failure is one line that says how to install them.
Result<std::shared_ptr<const FaceMeshNetworks>> openFaceMeshNetworks(DeviceChoice device = DeviceChoice::Cpu,
                                                                     const std::string& folder = {});

using FaceAnalyzerResult = Result<std::shared_ptr<const FaceAnalyzer>>;

// What the pipeline tracks with: the MediaPipe mesh.
FaceAnalyzerResult loadTrackingAnalyzer(const std::string& modelFolder = {});
// Loads it on a thread of its own, so a window can show first.
std::shared_future<FaceAnalyzerResult> loadTrackingAnalyzerAsync(const std::string& modelFolder = {});
// The independent reader `evaluate` judges outputs with: dlib's 68-point
// predictor at `predictorPath` (empty: LandmarkModel::defaultPath()).
FaceAnalyzerResult loadReaderAnalyzer(const std::string& predictorPath = {});

}  // namespace marionette
