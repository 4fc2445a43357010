// PSNR and SSIM against known answers: identical images, a known error
// level, flat images with a closed-form SSIM, and a direct (non-separable)
// SSIM written the textbook way.
#include "core/quality/image_metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace marionette {
namespace {

Image texture(int width, int height, int channels, unsigned seed) {
  Image image = Image::make(width, height, channels);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> noise(-30, 30);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width * channels; ++x)
      image.row(y)[x] = std::uint8_t(std::clamp(128 + int(60 * std::sin(x * 0.05 + y * 0.08)) + noise(rng), 0, 255));
  return image;
}

Image flat(int width, int height, int channels, std::uint8_t value) {
  Image image = Image::make(width, height, channels);
  std::fill(image.pixels.begin(), image.pixels.end(), value);
  return image;
}

// SSIM exactly as written in Wang et al.: an 11x11 Gaussian window at every
// position, statistics in double precision.
double directSsim(const Image& a, const Image& b) {
  double w[11][11], total = 0;
  for (int i = 0; i < 11; ++i)
    for (int j = 0; j < 11; ++j) total += w[i][j] = std::exp(-((i - 5) * (i - 5) + (j - 5) * (j - 5)) / 4.5);
  auto luma = [](const Image& im, int x, int y) {
    const std::uint8_t* p = im.row(y) + 3 * x;
    return 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
  };
  const double c1 = 6.5025, c2 = 58.5225;
  double sum = 0;
  int count = 0;
  for (int y = 0; y + 11 <= a.height; ++y)
    for (int x = 0; x + 11 <= a.width; ++x, ++count) {
      double mx = 0, my = 0, xx = 0, yy = 0, xy = 0;
      for (int i = 0; i < 11; ++i)
        for (int j = 0; j < 11; ++j) {
          const double k = w[i][j] / total, u = luma(a, x + j, y + i), v = luma(b, x + j, y + i);
          mx += k * u, my += k * v, xx += k * u * u, yy += k * v * v, xy += k * u * v;
        }
      const double vx = xx - mx * mx, vy = yy - my * my, cov = xy - mx * my;
      sum += (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
    }
  return sum / count;
}

TEST(ImageMetrics, IdenticalImagesAreAtTheCeiling) {
  const Image a = texture(64, 48, 3, 1);
  EXPECT_EQ(psnr(a, a), kPsnrCeiling);
  EXPECT_EQ(meanSsim(a, a), 1.0);
  const Image gray = texture(32, 32, 1, 2);
  EXPECT_EQ(meanSsim(gray, gray), 1.0);
}

TEST(ImageMetrics, PsnrOfAKnownErrorLevel) {
  const Image a = flat(40, 30, 3, 120);
  Image b = a;
  // Every value off by exactly 5 (alternating sign): MSE 25.
  for (std::size_t i = 0; i < b.pixels.size(); ++i) b.pixels[i] = std::uint8_t(i % 2 ? 125 : 115);
  EXPECT_NEAR(psnr(a, b), 10 * std::log10(255.0 * 255.0 / 25.0), 1e-9);
  // Gaussian noise of sigma 10 (plus 1/12 of rounding) gives 28.13 dB.
  Image noisy = flat(200, 200, 3, 120);
  std::mt19937 rng(7);
  std::normal_distribution<double> noise(0, 10);
  for (auto& v : noisy.pixels) v = std::uint8_t(std::clamp(std::lround(v + noise(rng)), 0L, 255L));
  EXPECT_NEAR(psnr(flat(200, 200, 3, 120), noisy), 28.13, 0.05);
}

TEST(ImageMetrics, PsnrOnlyLooksInsideTheBox) {
  const Image a = texture(50, 50, 3, 3);
  Image b = a;
  for (int x = 0; x < 3 * 50; ++x) b.row(45)[x] ^= 0x40;
  EXPECT_EQ(psnr(a, b, {0, 0, 50, 40}), kPsnrCeiling);
  EXPECT_LT(psnr(a, b), 40);
  EXPECT_LT(meanSsim(a, b), 1.0);
  EXPECT_EQ(meanSsim(a, b, {0, 0, 50, 30}), 1.0);
}

TEST(ImageMetrics, SsimOfFlatImagesHasAClosedForm) {
  // No variance: only the luminance term remains, (2 m1 m2 + C1) / (m1^2 + m2^2 + C1)
  // (to float precision, which the metric computes in).
  const double c1 = 6.5025;
  EXPECT_NEAR(meanSsim(flat(30, 30, 3, 100), flat(30, 30, 3, 110)), (2 * 100.0 * 110 + c1) / (1e4 + 110.0 * 110 + c1),
              1e-5);
}

TEST(ImageMetrics, SeparableSsimMatchesTheTextbookDefinition) {
  const Image a = texture(48, 40, 3, 4);
  Image b = texture(48, 40, 3, 5);
  for (std::size_t i = 0; i < b.pixels.size(); ++i) b.pixels[i] = std::uint8_t((a.pixels[i] + b.pixels[i]) / 2);
  const double expected = directSsim(a, b);
  EXPECT_GT(expected, 0.2);
  EXPECT_LT(expected, 0.95);
  EXPECT_NEAR(meanSsim(a, b), expected, 1e-4);
  EXPECT_NEAR(meanSsim(b, a), expected, 1e-4);
}

TEST(ImageMetrics, SsimFallsAsNoiseGrows) {
  const Image a = texture(64, 64, 3, 6);
  double last = 1.0;
  for (double sigma : {2.0, 8.0, 32.0}) {
    Image noisy = a;
    std::mt19937 rng(8);
    std::normal_distribution<double> noise(0, sigma);
    for (auto& v : noisy.pixels) v = std::uint8_t(std::clamp(std::lround(v + noise(rng)), 0L, 255L));
    const double s = meanSsim(a, noisy);
    EXPECT_LT(s, last) << "sigma " << sigma;
    last = s;
  }
}

TEST(ImageMetrics, BoxesSmallerThanAWindowHaveNoSsim) {
  const Image a = texture(20, 20, 3, 9);
  EXPECT_TRUE(std::isnan(meanSsim(a, a, {0, 0, 10, 20})));
}

TEST(ImageMetrics, UnrelatedImagesAreAProgrammingError) {
  EXPECT_THROW((void)psnr(texture(10, 10, 3, 1), texture(12, 10, 3, 1)), std::invalid_argument);
  EXPECT_THROW((void)meanSsim(texture(20, 20, 3, 1), texture(20, 20, 1, 1)), std::invalid_argument);
  const Image a = texture(20, 20, 3, 1);
  EXPECT_THROW((void)psnr(a, a, {0, 0, 21, 20}), std::invalid_argument);
}

TEST(ImageMetrics, NewlyDarkAreaIgnoresWhatWasAlreadyDark) {
  Image reference = flat(10, 10, 3, 200);
  for (int x = 0; x < 30; ++x) reference.row(0)[x] = 0;  // one dark row in the reference
  Image black = flat(10, 10, 3, 0);
  EXPECT_DOUBLE_EQ(newlyDarkFraction(black, reference), 0.9);
  EXPECT_DOUBLE_EQ(newlyDarkFraction(reference, reference), 0.0);
}

}  // namespace
}  // namespace marionette
