#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/motion/renderer.h"
#include "core/pipeline/frame_sink.h"
#include "core/pipeline/output_framing.h"

namespace marionette::ui {

// An export of the editor's current state: the same snapshot the preview
// renders from (so keyframes, modes and offsets are all in it), over a frame
// range, never dropping a frame.
struct ExportJobRequest {
  std::shared_ptr<const SourceFace> source;
  std::function<Motion(int frame)> motionAt;
  int firstFrame = 0;
  int endFrame = 0;  // exclusive
  Rational frameRate{25};
  FramingRequest framing;
  ExportSettings output;        // format, path, crf, speed, overwrite
  std::string audioSourcePath;  // the driver, when its sound is wanted
};

struct ExportJobProgress {
  int done = 0;
  int total = 0;
  double elapsedSeconds = 0;
  double remainingSeconds = -1;  // -1 until there is a rate to estimate from
};

struct ExportJobReport {
  int frames = 0;
  int width = 0, height = 0;
  double seconds = 0;
  std::vector<std::string> notes;
};

// Renders and encodes frame by frame (memory stays flat). The output appears
// only when complete: an error or a cancel leaves nothing at the destination.
Result<ExportJobReport> runExportJob(const ExportJobRequest& request, Renderer& renderer,
                                     const std::function<void(const ExportJobProgress&)>& progress,
                                     const std::atomic<bool>* cancel);

// The message of a cancelled export.
inline constexpr const char* kExportCancelled = "export cancelled";

}  // namespace marionette::ui
