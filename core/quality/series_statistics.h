#pragma once

#include <span>

#include "core/motion/head_pose.h"

namespace marionette {

// Mean and median of the finite values of a series (NaN and infinities are
// left out and not counted); both NaN when none is finite.
struct Summary {
  double mean = 0;
  double median = 0;
  int count = 0;
};
Summary summarize(std::span<const double> values);

// Pearson correlation of two equally long series: 1 for a series with itself
// or any increasing linear function of it. NaN when undefined (fewer than two
// values, or either series constant).
double pearsonCorrelation(std::span<const double> a, std::span<const double> b);

// The least-squares slope through zero of `y` on `x` (sum x*y / sum x*x):
// how much `y` moves per unit of `x`. NaN when `x` is all zeros or empty.
double slopeThroughOrigin(std::span<const double> x, std::span<const double> y);

// Mean of |a_i - b_i|; NaN for empty series.
double meanAbsoluteError(std::span<const double> a, std::span<const double> b);

// How one series follows another (e.g. a rendered head's yaw the driver's).
struct SeriesComparison {
  double meanAbsoluteError = 0;
  double correlation = 0;
};
SeriesComparison compareSeries(std::span<const double> actual, std::span<const double> expected);

// The same per pose axis.
struct PoseFollowing {
  SeriesComparison yaw, pitch, roll;
};
PoseFollowing comparePoses(std::span<const EulerAngles> actual, std::span<const EulerAngles> expected);

// Mean absolute value per axis, in degrees: how far a pose series strays from zero.
EulerAngles meanAbsoluteAngles(std::span<const EulerAngles> angles);

}  // namespace marionette
