#pragma once

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "core/base/geometry.h"
#include "core/base/result.h"

namespace marionette {

// The dlib 68-point shape predictor plus the HOG face detector. Loading the
// 100 MB model is the expensive part, so it is loaded once and shared.
class LandmarkModel {
 public:
  // Debian's libdlib-data location; MARIONETTE_LANDMARK_MODEL overrides it.
  static std::string defaultPath();

  static Result<std::shared_ptr<const LandmarkModel>> load(const std::string& path);
  // Loads on a background thread so a window can show before the model is ready.
  static std::shared_future<Result<std::shared_ptr<const LandmarkModel>>> loadAsync(const std::string& path);

  virtual ~LandmarkModel() = default;
  virtual const std::string& path() const = 0;
  // The predictor's mean shape (68 points, normalised to the unit box: one
  // uniform scale, the longer side spanning [0,1], centred along the other),
  // the frontal reference the canonical 3D face template is built from.
  virtual std::vector<Vec2> meanShape() const = 0;
};

}  // namespace marionette
