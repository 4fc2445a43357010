#include "core/render/torch_image.h"

#include <cstring>

namespace marionette::render_detail {

torch::Tensor imageToTensor(const Image& image, const torch::Device& device) {
  auto rgb = torch::from_blob(const_cast<std::uint8_t*>(image.pixels.data()),
                              {image.height, image.width, image.channels}, torch::kUInt8);
  if (image.channels == 1) rgb = rgb.expand({image.height, image.width, 3});
  auto planes = rgb.permute({2, 0, 1}).to(torch::kFloat).div(255.0);
  if (!image.alpha.empty()) {
    auto alpha =
        torch::from_blob(const_cast<std::uint8_t*>(image.alpha.data()), {1, image.height, image.width}, torch::kUInt8)
            .to(torch::kFloat)
            .div(255.0);
    planes = torch::cat({planes, alpha}, 0);
  }
  return planes.unsqueeze(0).contiguous().to(device);
}

void writeTensorInto(Image& image, const torch::Tensor& tensor, int x, int y) {
  const int h = static_cast<int>(tensor.size(2)), w = static_cast<int>(tensor.size(3));
  const int c = static_cast<int>(tensor.size(1));
  auto bytes =
      tensor[0].mul(255.0).round_().clamp_(0, 255).to(torch::kUInt8).permute({1, 2, 0}).contiguous().to(torch::kCPU);
  const std::uint8_t* src = bytes.data_ptr<std::uint8_t>();
  for (int row = 0; row < h; ++row) {
    std::uint8_t* dst = image.row(y + row) + static_cast<std::size_t>(x) * 3;
    const std::uint8_t* line = src + static_cast<std::size_t>(row) * w * c;
    if (c == 3) {
      std::memcpy(dst, line, static_cast<std::size_t>(w) * 3);
      continue;
    }
    std::uint8_t* alpha = image.alpha.data() + static_cast<std::size_t>(y + row) * image.width + x;
    for (int col = 0; col < w; ++col) {
      std::memcpy(dst + col * 3, line + col * c, 3);
      alpha[col] = line[col * c + 3];
    }
  }
}

Image tensorToImage(const torch::Tensor& tensor) {
  const int h = static_cast<int>(tensor.size(2)), w = static_cast<int>(tensor.size(3));
  Image image = Image::make(w, h, 3);
  if (tensor.size(1) == 4) image.alpha.assign(static_cast<std::size_t>(w) * h, 255);
  writeTensorInto(image, tensor, 0, 0);
  return image;
}

}  // namespace marionette::render_detail
