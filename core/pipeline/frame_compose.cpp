#include "core/pipeline/frame_compose.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace marionette {

namespace {

constexpr int kMaxTaps = 4;

// Per output column (or row): which source pixels to blend and how much.
struct Tap {
  int low = 0, high = 0;
  float weight = 0;  // share of `high`
};

std::vector<std::vector<Tap>> axisTaps(double origin, double extent, int outSize, int sourceSize) {
  const double step = extent / outSize;
  const int taps = std::clamp(static_cast<int>(std::ceil(step)), 1, kMaxTaps);
  std::vector<std::vector<Tap>> table(outSize);
  for (int u = 0; u < outSize; ++u) {
    for (int i = 0; i < taps; ++i) {
      const double offset = ((i + 0.5) / taps - 0.5) * step;
      const double p = std::clamp(origin + (u + 0.5) * step - 0.5 + offset, 0.0, sourceSize - 1.0);
      const int low = static_cast<int>(std::floor(p));
      table[u].push_back({low, std::min(low + 1, sourceSize - 1), static_cast<float>(p - low)});
    }
  }
  return table;
}

}  // namespace

Image resampleRegion(const Image& image, const Rect& region, int width, int height) {
  Image out = Image::make(width, height, image.channels);
  if (image.empty() || width <= 0 || height <= 0) return out;
  const auto columns = axisTaps(region.x, region.width, width, image.width);
  const auto rows = axisTaps(region.y, region.height, height, image.height);
  const int c = image.channels;
  std::vector<float> sum(c);
  for (int v = 0; v < height; ++v) {
    std::uint8_t* dst = out.row(v);
    for (int u = 0; u < width; ++u) {
      std::fill(sum.begin(), sum.end(), 0.0f);
      for (const Tap& ty : rows[v]) {
        const std::uint8_t* top = image.row(ty.low);
        const std::uint8_t* bottom = image.row(ty.high);
        for (const Tap& tx : columns[u]) {
          for (int k = 0; k < c; ++k) {
            const float upper = top[tx.low * c + k] + tx.weight * (top[tx.high * c + k] - top[tx.low * c + k]);
            const float lower = bottom[tx.low * c + k] + tx.weight * (bottom[tx.high * c + k] - bottom[tx.low * c + k]);
            sum[k] += upper + ty.weight * (lower - upper);
          }
        }
      }
      const float count = static_cast<float>(rows[v].size() * columns[u].size());
      for (int k = 0; k < c; ++k)
        dst[u * c + k] = static_cast<std::uint8_t>(std::clamp(sum[k] / count + 0.5f, 0.0f, 255.0f));
    }
  }
  return out;
}

Image letterbox(const Image& image, int width, int height) {
  Image out = Image::make(width, height, image.channels);
  if (image.empty()) return out;
  const double scale = std::min(double(width) / image.width, double(height) / image.height);
  const int w = std::clamp(static_cast<int>(std::lround(image.width * scale)), 1, width);
  const int h = std::clamp(static_cast<int>(std::lround(image.height * scale)), 1, height);
  const Image fitted = resampleRegion(image, {0, 0, double(image.width), double(image.height)}, w, h);
  const int x0 = (width - w) / 2, y0 = (height - h) / 2;
  for (int y = 0; y < h; ++y) std::memcpy(out.row(y0 + y) + x0 * out.channels, fitted.row(y), fitted.stride());
  return out;
}

Image placeSideBySide(const std::vector<const Image*>& panels) {
  int width = 0;
  for (const Image* panel : panels) width += panel->width;
  Image out = Image::make(width, panels.front()->height, panels.front()->channels);
  int x = 0;
  for (const Image* panel : panels) {
    for (int y = 0; y < out.height; ++y) std::memcpy(out.row(y) + x * out.channels, panel->row(y), panel->stride());
    x += panel->width;
  }
  return out;
}

Image flattenAlpha(const Image& image, std::uint8_t background) {
  Image out = image;
  out.alpha.clear();
  if (image.alpha.size() != static_cast<std::size_t>(image.width) * image.height) return out;
  const int c = image.channels;
  for (std::size_t i = 0; i < image.alpha.size(); ++i) {
    const int a = image.alpha[i];
    for (int k = 0; k < c; ++k) {
      std::uint8_t& v = out.pixels[i * c + k];
      v = static_cast<std::uint8_t>((v * a + background * (255 - a) + 127) / 255);
    }
  }
  return out;
}

}  // namespace marionette
