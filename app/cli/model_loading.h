#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/cli/stop_signals.h"
#include "core/base/result.h"
#include "core/render/face_mesh_loading.h"

namespace marionette::cli {

// The face tracker (the MediaPipe models in --model DIR, or the installed
// ones), loaded on a thread of its own; get() on the result waits for it
// unless a stop signal comes first.
inline BackgroundWork<FaceAnalyzerResult> startLoadingTracker(const StopSignals& stop,
                                                              std::optional<std::string> modelFolder) {
  return BackgroundWork<FaceAnalyzerResult>(
      stop, [folder = modelFolder.value_or("")] { return loadTrackingAnalyzer(folder); });
}

}  // namespace marionette::cli
