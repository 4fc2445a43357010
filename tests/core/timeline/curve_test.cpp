#include "core/timeline/curve.h"

#include <gtest/gtest.h>

#include <cmath>

namespace marionette::timeline {
namespace {

Keyframe key(Rational time, double value, Interpolation interpolation = Interpolation::Linear, Handle in = {},
             Handle out = {}) {
  return Keyframe{time, value, interpolation, in, out};
}

Curve curveOf(std::vector<Keyframe> keys) {
  auto curve = Curve::fromKeys(std::move(keys));
  EXPECT_TRUE(curve.ok());
  return *curve;
}

TEST(Curve, HoldsTheEndValuesOutsideItsKeys) {
  const Curve curve = curveOf({key(Rational(1), 2.0), key(Rational(3), 6.0)});
  EXPECT_EQ(curve.valueAt(0.0), 2.0);
  EXPECT_EQ(curve.valueAt(1.0), 2.0);
  EXPECT_EQ(curve.valueAt(3.0), 6.0);
  EXPECT_EQ(curve.valueAt(10.0), 6.0);
  EXPECT_EQ(Curve().valueAt(1.0, 7.5), 7.5) << "an empty curve gives the fallback";
}

TEST(Curve, LinearInterpolatesAndHitsKeysExactly) {
  const Curve curve = curveOf({key(Rational(0), 0.0), key(Rational(2), 4.0), key(Rational(4), 0.0)});
  EXPECT_DOUBLE_EQ(curve.valueAt(0.5), 1.0);
  EXPECT_DOUBLE_EQ(curve.valueAt(3.0), 2.0);
  EXPECT_EQ(curve.valueAt(2.0), 4.0);
}

TEST(Curve, ConstantHoldsUntilTheNextKey) {
  const Curve curve = curveOf({key(Rational(0), 1.0, Interpolation::Constant), key(Rational(1), 5.0)});
  EXPECT_EQ(curve.valueAt(0.999), 1.0);
  EXPECT_EQ(curve.valueAt(1.0), 5.0);
}

TEST(Curve, KeysAreSortedAndDuplicatesOrBadValuesRefused) {
  auto sorted = Curve::fromKeys({key(Rational(2), 1.0), key(Rational(1), 0.0)});
  ASSERT_TRUE(sorted.ok());
  EXPECT_EQ(sorted->keys().front().time, Rational(1));
  EXPECT_FALSE(Curve::fromKeys({key(Rational(1), 0.0), key(Rational(1), 2.0)}).ok());
  EXPECT_FALSE(Curve::fromKeys({key(Rational(-1, 2), 0.0)}).ok());
  EXPECT_FALSE(Curve::fromKeys({key(Rational(0), std::nan(""))}).ok());
  EXPECT_FALSE(Curve::fromKeys({key(Rational(0), 0.0, Interpolation::Bezier, {}, {INFINITY, 0})}).ok());
}

TEST(Curve, BezierWithStraightThirdHandlesIsLinear) {
  // Handles a third of the way along the chord make the cubic a straight line.
  const Curve curve = curveOf({key(Rational(0), 0.0, Interpolation::Bezier, {}, {1.0 / 3, 1.0}),
                               key(Rational(1), 3.0, Interpolation::Linear, {-1.0 / 3, -1.0})});
  for (double x : {0.1, 0.25, 0.5, 0.8}) EXPECT_NEAR(curve.valueAt(x), 3 * x, 1e-9) << x;
}

TEST(Curve, BezierEaseIsSlowAtBothEndsAndSymmetric) {
  Curve curve = curveOf({key(Rational(0), 0.0), key(Rational(1), 1.0)});
  applyEase(curve, 0, Ease::EaseOut);
  applyEase(curve, 1, Ease::EaseIn);
  EXPECT_EQ(curve.at(0).interpolation, Interpolation::Bezier);
  EXPECT_NEAR(curve.valueAt(0.5), 0.5, 1e-9);
  EXPECT_LT(curve.valueAt(0.1), 0.1 / 2) << "starts slowly";
  EXPECT_GT(curve.valueAt(0.9), 1 - 0.1 / 2) << "arrives slowly";
  EXPECT_NEAR(curve.valueAt(0.2) + curve.valueAt(0.8), 1.0, 1e-9);
}

TEST(Curve, EaseHoldAndLinearPresets) {
  Curve curve = curveOf({key(Rational(0), 0.0), key(Rational(1), 1.0)});
  applyEase(curve, 0, Ease::Hold);
  EXPECT_EQ(curve.valueAt(0.7), 0.0);
  applyEase(curve, 0, Ease::Linear);
  EXPECT_DOUBLE_EQ(curve.valueAt(0.7), 0.7);
}

TEST(Curve, OverlongHandlesAreClampedSoTheCurveStaysAFunctionOfTime) {
  // Handles reaching far past the neighbouring key would make x(u) loop back;
  // clamped, x(u) is monotonic and every time has one value.
  const Curve curve = curveOf({key(Rational(0), 0.0, Interpolation::Bezier, {}, {5.0, 2.0}),
                               key(Rational(1), 1.0, Interpolation::Linear, {-7.0, -3.0})});
  EXPECT_EQ(clampOutHandle({5.0, 2.0}, 1.0), (Handle{1.0, 2.0}));
  EXPECT_EQ(clampInHandle({-7.0, -3.0}, 1.0), (Handle{-1.0, -3.0}));
  EXPECT_EQ(clampOutHandle({-1.0, 0.5}, 1.0), (Handle{0.0, 0.5})) << "a backward out-handle is flattened";
  double previousX = -1;
  for (int i = 0; i <= 1000; ++i) {
    const double u = i / 1000.0;
    // x(u) with the clamped control points 0, 1, 0, 1.
    const double x = 3 * (1 - u) * (1 - u) * u * 1.0 + 3 * (1 - u) * u * u * 0.0 + u * u * u;
    EXPECT_GE(x, previousX - 1e-15);
    previousX = x;
  }
  for (int i = 0; i <= 100; ++i) EXPECT_TRUE(std::isfinite(curve.valueAt(i / 100.0)));
  EXPECT_NEAR(curve.valueAt(0.0), 0.0, 1e-12);
  EXPECT_NEAR(curve.valueAt(1.0), 1.0, 1e-12);
}

TEST(Curve, BezierSolverFindsTheParameterForEveryTime) {
  // Including the degenerate case where both handles sit at the ends' far
  // side (x' = 0 mid-segment), which defeats Newton and needs the bisection.
  for (auto [x1, x2] : {std::pair{0.33, 0.66}, std::pair{1.0, 0.0}, std::pair{0.0, 1.0}, std::pair{0.9, 0.95}}) {
    for (int i = 0; i <= 200; ++i) {
      const double x = 2.0 * i / 200;
      const double u = solveBezierParameter(2 * x1, 2 * x2, 2.0, x);
      const double back = 3 * (1 - u) * (1 - u) * u * 2 * x1 + 3 * (1 - u) * u * u * 2 * x2 + u * u * u * 2;
      EXPECT_NEAR(back, x, 1e-9) << x1 << "," << x2 << " at " << x;
      EXPECT_GE(u, 0.0);
      EXPECT_LE(u, 1.0);
    }
  }
}

TEST(Curve, LocateReportsTheSegmentAndTheEasedFraction) {
  const Curve curve =
      curveOf({key(Rational(0), 0.0), key(Rational(2), 10.0, Interpolation::Constant), key(Rational(4), -10.0)});
  auto first = curve.locate(0.5);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->segment, 0u);
  EXPECT_DOUBLE_EQ(first->fraction, 0.25);
  auto second = curve.locate(3.0);
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->segment, 1u);
  EXPECT_EQ(second->fraction, 0.0) << "constant segment";
  EXPECT_FALSE(curve.locate(5.0).has_value());
}

TEST(Curve, SetReplacesAndRemoveDeletes) {
  Curve curve;
  curve.set(key(Rational(1), 1.0, Interpolation::Bezier));
  curve.set(key(Rational(1), 2.0, Interpolation::Linear));
  ASSERT_EQ(curve.size(), 1u);
  EXPECT_EQ(curve.at(0).value, 2.0);
  EXPECT_EQ(curve.at(0).interpolation, Interpolation::Bezier) << "keepShape keeps the interpolation";
  EXPECT_TRUE(curve.remove(Rational(1)));
  EXPECT_FALSE(curve.remove(Rational(1)));
  EXPECT_TRUE(curve.empty());
}

TEST(SimplifySamples, KeepsOnlyWhatLinearInterpolationNeeds) {
  std::vector<double> line, bump;
  for (int i = 0; i <= 100; ++i) {
    line.push_back(0.5 * i);
    bump.push_back(i == 50 ? 1.0 : 0.0);
  }
  EXPECT_EQ(simplifySamples({line}, {1e-9}), (std::vector<std::size_t>{0, 100}));
  EXPECT_EQ(simplifySamples({bump}, {0.1}), (std::vector<std::size_t>{0, 49, 50, 51, 100}));
  // Simplified together, the straight channel takes the bump's key times.
  EXPECT_EQ(simplifySamples({line, bump}, {1e-9, 0.1}), (std::vector<std::size_t>{0, 49, 50, 51, 100}));
}

TEST(SimplifySamples, StaysWithinToleranceOnASmoothCurve) {
  std::vector<double> wave;
  for (int i = 0; i < 3000; ++i) wave.push_back(std::sin(i * 0.01));
  const auto kept = simplifySamples({wave}, {0.001});
  // A sine needs a key every ~0.09 rad at this tolerance: ~330 keys at best.
  EXPECT_LT(kept.size(), 450u);
  for (std::size_t k = 0; k + 1 < kept.size(); ++k)
    for (std::size_t i = kept[k]; i <= kept[k + 1]; ++i) {
      const double t = double(i - kept[k]) / double(kept[k + 1] - kept[k]);
      EXPECT_NEAR(wave[i], lerp(wave[kept[k]], wave[kept[k + 1]], t), 0.001 + 1e-12);
    }
}

}  // namespace
}  // namespace marionette::timeline
