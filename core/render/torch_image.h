#pragma once

#include <torch/torch.h>

#include "core/base/image.h"

namespace marionette::render_detail {

// [1, C, H, W] float tensor in 0..1 on `device`; C = 4 when the image has alpha.
torch::Tensor imageToTensor(const Image& image, const torch::Device& device);

// Writes a [1, C, h, w] float tensor (0..1) into `image` at (x, y); colour
// into the RGB pixels and, for C = 4, the last channel into image.alpha.
void writeTensorInto(Image& image, const torch::Tensor& tensor, int x, int y);

// The whole of a [1, C, H, W] float tensor as an Image.
Image tensorToImage(const torch::Tensor& tensor);

}  // namespace marionette::render_detail
