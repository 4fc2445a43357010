#pragma once

#include "core/base/image.h"

namespace marionette {

// A pixel rectangle [x0, x1) x [y0, y1).
struct PixelBox {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int width() const { return x1 - x0; }
  int height() const { return y1 - y0; }
  static PixelBox whole(const Image& image) { return {0, 0, image.width, image.height}; }
};

// What PSNR reports for identical images. Finite, so that a mean over frames
// stays a number; real differences stay far below it (one 8-bit step in every
// pixel is 48 dB).
constexpr double kPsnrCeiling = 100.0;

// Peak signal-to-noise ratio in dB over every channel of the box (peak 255),
// at most kPsnrCeiling. Both images must have the same size and channel count
// (std::invalid_argument otherwise: comparing unrelated images is a bug).
double psnr(const Image& a, const Image& b, const PixelBox& box);
inline double psnr(const Image& a, const Image& b) { return psnr(a, b, PixelBox::whole(a)); }

// Mean structural similarity (Wang et al. 2004) of the luma (BT.601) inside
// the box: 11x11 Gaussian window with sigma 1.5, C1 = (0.01*255)^2,
// C2 = (0.03*255)^2, averaged over every window that fits entirely inside the
// box (no padding). 1 means identical. NaN when the box is smaller than one
// window. Same preconditions as psnr().
double meanSsim(const Image& a, const Image& b, const PixelBox& box);
inline double meanSsim(const Image& a, const Image& b) { return meanSsim(a, b, PixelBox::whole(a)); }

// Fraction of pixels that are dark (every channel <= 8) in `image` but not in
// `reference`: a renderer that produced NaN or nothing shows as new black
// area, while the dark parts the portrait already had do not count.
double newlyDarkFraction(const Image& image, const Image& reference);

}  // namespace marionette
