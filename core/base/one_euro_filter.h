#pragma once

#include <cmath>

namespace marionette {

// One-euro filter (Casiez et al. 2012): a low-pass whose cutoff rises with
// speed, so a still face stops jittering while a fast turn does not lag.
class OneEuroFilter {
 public:
  OneEuroFilter(double minCutoffHz = 1.0, double beta = 0.05, double derivativeCutoffHz = 1.0)
      : minCutoff_(minCutoffHz), beta_(beta), derivativeCutoff_(derivativeCutoffHz) {}

  double filter(double value, double dtSeconds) {
    if (!initialized_ || dtSeconds <= 0) {
      initialized_ = dtSeconds > 0 || !initialized_;
      previous_ = value;
      previousDerivative_ = 0;
      return value;
    }
    double derivative = (value - previous_) / dtSeconds;
    double aD = alpha(derivativeCutoff_, dtSeconds);
    previousDerivative_ = aD * derivative + (1 - aD) * previousDerivative_;
    double cutoff = minCutoff_ + beta_ * std::abs(previousDerivative_);
    double a = alpha(cutoff, dtSeconds);
    previous_ = a * value + (1 - a) * previous_;
    return previous_;
  }

  void reset() { initialized_ = false; }

 private:
  static double alpha(double cutoffHz, double dt) {
    double tau = 1.0 / (2 * 3.14159265358979323846 * cutoffHz);
    return 1.0 / (1.0 + tau / dt);
  }

  double minCutoff_, beta_, derivativeCutoff_;
  double previous_ = 0, previousDerivative_ = 0;
  bool initialized_ = false;
};

}  // namespace marionette
