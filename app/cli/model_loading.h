#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/cli/stop_signals.h"
#include "core/base/result.h"
#include "core/face/landmark_model.h"

namespace marionette::cli {

using LandmarkModelResult = Result<std::shared_ptr<const LandmarkModel>>;

// The landmark model named by --model, or the default location.
inline LandmarkModelResult loadLandmarkModel(const std::optional<std::string>& path) {
  return LandmarkModel::load(path.value_or(LandmarkModel::defaultPath()));
}

// Starts reading the model (100 MB, up to a second or more) on a thread of
// its own; get() on the result waits for it unless a stop signal comes first.
inline BackgroundWork<LandmarkModelResult> startLoadingLandmarkModel(const StopSignals& stop,
                                                                     std::optional<std::string> path) {
  return BackgroundWork<LandmarkModelResult>(stop, [path = std::move(path)] { return loadLandmarkModel(path); });
}

}  // namespace marionette::cli
