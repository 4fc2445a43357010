#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/face/face_analyzer.h"
#include "core/face/face_tracker.h"
#include "core/motion/motion_track.h"

namespace marionette {

struct TrackVideoOptions {
  TrackerOptions tracker;
};

struct TrackVideoReport {
  int framesRead = 0;
  int framesWithoutFace = 0;
  int redetections = 0;
  double seconds = 0;                 // wall time of the whole pass
  std::vector<std::string> warnings;  // problems that did not stop the pass
};

// Called after each frame with (frames done, frames expected or 0 if unknown);
// returning false cancels the pass.
using TrackProgress = std::function<bool(int done, std::int64_t total)>;

// Decodes a video frame by frame, follows the face and turns every frame into
// motion. Frames without a face are flagged and filled from their neighbours.
Result<MotionTrack> trackVideo(const std::string& path, std::shared_ptr<const FaceAnalyzer> model,
                               const TrackVideoOptions& options, const TrackProgress& progress = {},
                               TrackVideoReport* report = nullptr);

}  // namespace marionette
