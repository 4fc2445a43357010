#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/base/result.h"
#include "core/face/landmark_model.h"

namespace marionette::cli {

// The landmark model named by --model, or the default location.
inline Result<std::shared_ptr<const LandmarkModel>> loadLandmarkModel(const std::optional<std::string>& path) {
  return LandmarkModel::load(path.value_or(LandmarkModel::defaultPath()));
}

}  // namespace marionette::cli
