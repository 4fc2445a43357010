#include "core/render/thin_plate_spline.h"

namespace marionette::render_detail {

namespace {

// U(r) = r^2 log r^2, written on squared distances to skip the square root.
torch::Tensor kernel(const torch::Tensor& squaredDistance) {
  return squaredDistance * torch::log(squaredDistance.clamp_min(1e-12));
}

torch::Tensor pairwiseSquaredDistance(const torch::Tensor& a, const torch::Tensor& b) {
  auto diff = a.unsqueeze(1) - b.unsqueeze(0);
  return diff.pow(2).sum(-1);
}

torch::Tensor toTensor(const std::vector<Vec2>& points) {
  std::vector<float> flat;
  flat.reserve(points.size() * 2);
  for (const Vec2& p : points) flat.push_back(static_cast<float>(p.x)), flat.push_back(static_cast<float>(p.y));
  return torch::from_blob(flat.data(), {static_cast<long>(points.size()), 2}, torch::kFloat).clone();
}

}  // namespace

ThinPlateSpline ThinPlateSpline::fit(const std::vector<Vec2>& targets, const std::vector<Vec2>& displacements,
                                     double regularisation, const torch::Device& device) {
  // The system is small ((K+3)² with K ≈ 120) and solved in double on the
  // CPU whatever the device: a launch-bound solve gains nothing on a GPU, and
  // one precision for the weights keeps CPU and CUDA renders alike.
  const long k = static_cast<long>(targets.size());
  auto centres = toTensor(targets).to(torch::kDouble);
  auto values = toTensor(displacements).to(torch::kDouble);
  auto options = centres.options();
  auto system = torch::zeros({k + 3, k + 3}, options);
  system.index_put_({torch::indexing::Slice(0, k), torch::indexing::Slice(0, k)},
                    kernel(pairwiseSquaredDistance(centres, centres)) + regularisation * torch::eye(k, options));
  auto affine = torch::cat({torch::ones({k, 1}, options), centres}, 1);
  system.index_put_({torch::indexing::Slice(0, k), torch::indexing::Slice(k, k + 3)}, affine);
  system.index_put_({torch::indexing::Slice(k, k + 3), torch::indexing::Slice(0, k)}, affine.t());
  auto rhs = torch::cat({values, torch::zeros({3, 2}, options)}, 0);
  ThinPlateSpline spline;
  spline.centres_ = centres.to(device, torch::kFloat);
  spline.weights_ = torch::linalg_solve(system, rhs).to(device, torch::kFloat);
  return spline;
}

torch::Tensor ThinPlateSpline::evaluate(const torch::Tensor& points) const {
  // Squared distances per axis on [N, K] tensors: an [N, K, 2] difference
  // summed over its last axis made evaluation the costliest step of a frame.
  const long k = centres_.size(0);
  auto dx = points.select(1, 0).unsqueeze(1) - centres_.select(1, 0).unsqueeze(0);
  auto dy = points.select(1, 1).unsqueeze(1) - centres_.select(1, 1).unsqueeze(0);
  auto squared = dx.mul_(dx).addcmul_(dy, dy);
  squared.clamp_min_(1e-12);
  auto basis = squared.log().mul_(squared);
  auto kernelWeights = weights_.narrow(0, 0, k);
  auto constant = weights_.narrow(0, k, 1);
  auto linear = weights_.narrow(0, k + 1, 2);
  return basis.matmul(kernelWeights).add_(points.matmul(linear)).add_(constant);
}

}  // namespace marionette::render_detail
