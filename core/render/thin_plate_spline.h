#pragma once

#include <torch/torch.h>

#include <vector>

#include "core/base/geometry.h"

namespace marionette::render_detail {

// A 2D thin-plate spline mapping output positions to displacements, solved
// and evaluated as tensor ops on the device. Coordinates are normalised by
// the caller (face units) so the system stays well conditioned.
class ThinPlateSpline {
 public:
  // `regularisation` > 0 smooths instead of interpolating exactly, which also
  // keeps the system solvable when two targets coincide (a closed mouth).
  static ThinPlateSpline fit(const std::vector<Vec2>& targets, const std::vector<Vec2>& displacements,
                             double regularisation, const torch::Device& device);

  // points: [N, 2] -> displacements [N, 2].
  torch::Tensor evaluate(const torch::Tensor& points) const;

 private:
  torch::Tensor centres_;  // [K, 2]
  torch::Tensor weights_;  // [K + 3, 2]
};

}  // namespace marionette::render_detail
