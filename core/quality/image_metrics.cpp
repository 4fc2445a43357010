#include "core/quality/image_metrics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

namespace marionette {

namespace {

constexpr int kWindow = 11;
constexpr double kSigma = 1.5;
constexpr double kC1 = (0.01 * 255) * (0.01 * 255);
constexpr double kC2 = (0.03 * 255) * (0.03 * 255);
constexpr int kDarkLevel = 8;

void checkComparable(const Image& a, const Image& b, const PixelBox& box) {
  if (a.width != b.width || a.height != b.height || a.channels != b.channels || a.empty())
    throw std::invalid_argument("image metrics need two non-empty images of the same size and channel count");
  if (box.x0 < 0 || box.y0 < 0 || box.x1 > a.width || box.y1 > a.height || box.width() <= 0 || box.height() <= 0)
    throw std::invalid_argument("image metric box lies outside the image");
}

std::array<float, kWindow> gaussianWindow() {
  std::array<double, kWindow> raw{};
  double sum = 0;
  for (int i = 0; i < kWindow; ++i) {
    const double d = i - kWindow / 2;
    sum += raw[i] = std::exp(-d * d / (2 * kSigma * kSigma));
  }
  std::array<float, kWindow> w{};
  for (int i = 0; i < kWindow; ++i) w[i] = float(raw[i] / sum);
  return w;
}

// BT.601 luma of one row of the box, shifted by -128: variances are computed
// as E[x^2] - E[x]^2 in float, and centring the values keeps that difference
// accurate (the shift cancels in every variance and covariance).
void lumaRow(const Image& image, const PixelBox& box, int y, float* out) {
  const std::uint8_t* src = image.row(y) + std::size_t(box.x0) * image.channels;
  if (image.channels == 1) {
    for (int x = 0; x < box.width(); ++x) out[x] = float(src[x]) - 128.f;
    return;
  }
  for (int x = 0; x < box.width(); ++x, src += image.channels)
    out[x] = 0.299f * src[0] + 0.587f * src[1] + 0.114f * src[2] - 128.f;
}

// Streaming SSIM over a box. The Gaussian window is separable: each input row
// is filtered horizontally once into a ring of kWindow rows, and each output
// row is a weighted sum of the ring, so a pixel costs 2 * kWindow instead of
// kWindow^2 multiply-adds per statistic, and the working set (the ring) stays
// in cache. Inner loops run along x so that they vectorise.
class SsimAccumulator {
 public:
  static constexpr int kStats = 5;  // E[x], E[y], E[x^2], E[y^2], E[xy]

  explicit SsimAccumulator(int width)
      : width_(width),
        outWidth_(width - kWindow + 1),
        weights_(gaussianWindow()),
        ring_(std::size_t(kWindow) * kStats * outWidth_),
        x_(width),
        y_(width),
        product_(width),
        sum_(std::size_t(kStats) * outWidth_),
        score_(outWidth_) {}

  // Luma rows to fill before each addRow().
  float* xRow() { return x_.data(); }
  float* yRow() { return y_.data(); }

  // Takes input row r from xRow() and yRow() (rows in order, from 0).
  void addRow(int r) {
    const float *x = x_.data(), *y = y_.data();
    float* slot = ring_.data() + std::size_t(r % kWindow) * kStats * outWidth_;
    std::fill(slot, slot + std::size_t(kStats) * outWidth_, 0.f);
    filterRow(x, slot);
    filterRow(y, slot + outWidth_);
    for (int c = 0; c < width_; ++c) product_[c] = x[c] * x[c];
    filterRow(product_.data(), slot + 2 * outWidth_);
    for (int c = 0; c < width_; ++c) product_[c] = y[c] * y[c];
    filterRow(product_.data(), slot + 3 * outWidth_);
    for (int c = 0; c < width_; ++c) product_[c] = x[c] * y[c];
    filterRow(product_.data(), slot + 4 * outWidth_);
    if (r >= kWindow - 1) emitRow(r - kWindow + 1);
  }

  double total() const { return total_; }

 private:
  void filterRow(const float* src, float* dst) const {
    for (int k = 0; k < kWindow; ++k) {
      const float w = weights_[k];
      for (int c = 0; c < outWidth_; ++c) dst[c] += w * src[c + k];
    }
  }

  // Output row `top` covers input rows top .. top + kWindow - 1.
  void emitRow(int top) {
    std::fill(sum_.begin(), sum_.end(), 0.f);
    for (int k = 0; k < kWindow; ++k) {
      const float w = weights_[k];
      const float* slot = ring_.data() + std::size_t((top + k) % kWindow) * kStats * outWidth_;
      for (std::size_t i = 0; i < sum_.size(); ++i) sum_[i] += w * slot[i];
    }
    const float *mx = sum_.data(), *my = mx + outWidth_, *xx = my + outWidth_, *yy = xx + outWidth_,
                *xy = yy + outWidth_;
    const float c1 = float(kC1), c2 = float(kC2);
    for (int c = 0; c < outWidth_; ++c) {
      const float vx = xx[c] - mx[c] * mx[c], vy = yy[c] - my[c] * my[c], cov = xy[c] - mx[c] * my[c];
      const float ux = mx[c] + 128.f, uy = my[c] + 128.f;
      score_[c] = ((2 * ux * uy + c1) * (2 * cov + c2)) / ((ux * ux + uy * uy + c1) * (vx + vy + c2));
    }
    double rowSum = 0;
    for (float v : score_) rowSum += v;
    total_ += rowSum;
  }

  int width_, outWidth_;
  std::array<float, kWindow> weights_;
  std::vector<float> ring_;  // kWindow slots of kStats filtered rows each
  std::vector<float> x_, y_, product_, sum_, score_;
  double total_ = 0;
};

}  // namespace

double psnr(const Image& a, const Image& b, const PixelBox& box) {
  checkComparable(a, b, box);
  std::uint64_t squared = 0;
  const std::size_t begin = std::size_t(box.x0) * a.channels, end = std::size_t(box.x1) * a.channels;
  for (int y = box.y0; y < box.y1; ++y) {
    const std::uint8_t* pa = a.row(y);
    const std::uint8_t* pb = b.row(y);
    for (std::size_t i = begin; i < end; ++i) {
      const int d = int(pa[i]) - int(pb[i]);
      squared += std::uint64_t(d * d);
    }
  }
  if (squared == 0) return kPsnrCeiling;
  const double mse = double(squared) / (double(end - begin) * box.height());
  return std::min(kPsnrCeiling, 10 * std::log10(255.0 * 255.0 / mse));
}

double meanSsim(const Image& a, const Image& b, const PixelBox& box) {
  checkComparable(a, b, box);
  if (box.width() < kWindow || box.height() < kWindow) return std::numeric_limits<double>::quiet_NaN();
  SsimAccumulator ssim(box.width());
  for (int r = 0; r < box.height(); ++r) {
    lumaRow(a, box, box.y0 + r, ssim.xRow());
    lumaRow(b, box, box.y0 + r, ssim.yRow());
    ssim.addRow(r);
  }
  return ssim.total() / (double(box.height() - kWindow + 1) * (box.width() - kWindow + 1));
}

double newlyDarkFraction(const Image& image, const Image& reference) {
  checkComparable(image, reference, PixelBox::whole(image));
  auto dark = [&](const std::uint8_t* px) {
    for (int c = 0; c < image.channels; ++c)
      if (px[c] > kDarkLevel) return false;
    return true;
  };
  std::size_t count = 0;
  for (int y = 0; y < image.height; ++y) {
    const std::uint8_t* p = image.row(y);
    const std::uint8_t* q = reference.row(y);
    for (int x = 0; x < image.width; ++x, p += image.channels, q += image.channels) count += dark(p) && !dark(q);
  }
  return double(count) / (double(image.width) * image.height);
}

}  // namespace marionette
