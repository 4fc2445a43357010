#include "core/quality/series_statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace marionette {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void checkSameLength(std::size_t a, std::size_t b) {
  if (a != b) throw std::invalid_argument("series of different lengths cannot be compared");
}

std::vector<double> axis(std::span<const EulerAngles> angles, double EulerAngles::*member) {
  std::vector<double> out;
  out.reserve(angles.size());
  for (const EulerAngles& e : angles) out.push_back(e.*member);
  return out;
}

}  // namespace

Summary summarize(std::span<const double> values) {
  std::vector<double> finite;
  for (double v : values)
    if (std::isfinite(v)) finite.push_back(v);
  if (finite.empty()) return {kNaN, kNaN, 0};
  Summary s;
  s.count = int(finite.size());
  double sum = 0;
  for (double v : finite) sum += v;
  s.mean = sum / s.count;
  const std::size_t half = finite.size() / 2;
  std::nth_element(finite.begin(), finite.begin() + half, finite.end());
  s.median = finite[half];
  if (finite.size() % 2 == 0) s.median = (s.median + *std::max_element(finite.begin(), finite.begin() + half)) / 2;
  return s;
}

double slopeThroughOrigin(std::span<const double> x, std::span<const double> y) {
  checkSameLength(x.size(), y.size());
  double xy = 0, xx = 0;
  for (std::size_t i = 0; i < x.size(); ++i) xy += x[i] * y[i], xx += x[i] * x[i];
  return xx > 0 ? xy / xx : kNaN;
}

double pearsonCorrelation(std::span<const double> a, std::span<const double> b) {
  checkSameLength(a.size(), b.size());
  const std::size_t n = a.size();
  if (n < 2) return kNaN;
  double ma = 0, mb = 0;
  for (std::size_t i = 0; i < n; ++i) ma += a[i], mb += b[i];
  ma /= n, mb /= n;
  double saa = 0, sbb = 0, sab = 0;
  for (std::size_t i = 0; i < n; ++i) {
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
    sab += (a[i] - ma) * (b[i] - mb);
  }
  if (saa <= 0 || sbb <= 0) return kNaN;
  return std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
}

double meanAbsoluteError(std::span<const double> a, std::span<const double> b) {
  checkSameLength(a.size(), b.size());
  if (a.empty()) return kNaN;
  double sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += std::abs(a[i] - b[i]);
  return sum / a.size();
}

SeriesComparison compareSeries(std::span<const double> actual, std::span<const double> expected) {
  return {meanAbsoluteError(actual, expected), pearsonCorrelation(actual, expected)};
}

PoseFollowing comparePoses(std::span<const EulerAngles> actual, std::span<const EulerAngles> expected) {
  checkSameLength(actual.size(), expected.size());
  PoseFollowing out;
  out.yaw = compareSeries(axis(actual, &EulerAngles::yaw), axis(expected, &EulerAngles::yaw));
  out.pitch = compareSeries(axis(actual, &EulerAngles::pitch), axis(expected, &EulerAngles::pitch));
  out.roll = compareSeries(axis(actual, &EulerAngles::roll), axis(expected, &EulerAngles::roll));
  return out;
}

EulerAngles meanAbsoluteAngles(std::span<const EulerAngles> angles) {
  if (angles.empty()) return {kNaN, kNaN, kNaN};
  EulerAngles sum;
  for (const EulerAngles& e : angles) {
    sum.yaw += std::abs(e.yaw);
    sum.pitch += std::abs(e.pitch);
    sum.roll += std::abs(e.roll);
  }
  const double n = double(angles.size());
  return {sum.yaw / n, sum.pitch / n, sum.roll / n};
}

}  // namespace marionette
