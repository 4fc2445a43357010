// Series statistics with known answers.
#include "core/quality/series_statistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace marionette {
namespace {

TEST(SeriesStatistics, CorrelationOfASeriesWithItselfAndItsMirror) {
  const std::vector<double> a{1, 4, 2, 8, 5, 7};
  std::vector<double> affine, mirrored;
  for (double v : a) affine.push_back(3 * v - 2), mirrored.push_back(-v);
  EXPECT_DOUBLE_EQ(pearsonCorrelation(a, a), 1.0);
  EXPECT_NEAR(pearsonCorrelation(a, affine), 1.0, 1e-12);
  EXPECT_NEAR(pearsonCorrelation(a, mirrored), -1.0, 1e-12);
  // x and x^2 over a symmetric range are uncorrelated.
  EXPECT_NEAR(pearsonCorrelation(std::vector<double>{-2, -1, 0, 1, 2}, std::vector<double>{4, 1, 0, 1, 4}), 0, 1e-12);
}

TEST(SeriesStatistics, CorrelationIsUndefinedForConstantOrTinySeries) {
  EXPECT_TRUE(std::isnan(pearsonCorrelation(std::vector<double>{1, 2, 3}, std::vector<double>{5, 5, 5})));
  EXPECT_TRUE(std::isnan(pearsonCorrelation(std::vector<double>{1}, std::vector<double>{2})));
  EXPECT_THROW((void)pearsonCorrelation(std::vector<double>{1, 2}, std::vector<double>{1}), std::invalid_argument);
}

TEST(SeriesStatistics, SlopeThroughOriginIsHowMuchOneSeriesMovesPerUnitOfTheOther) {
  const std::vector<double> x{-2, -1, 1, 3};
  const std::vector<double> half{-1, -0.5, 0.5, 1.5};
  EXPECT_DOUBLE_EQ(slopeThroughOrigin(x, half), 0.5);
  const std::vector<double> shifted{1, 2, 4, 6};  // x + 3: through zero, not the same as a fitted line
  EXPECT_NEAR(slopeThroughOrigin(x, shifted), (-2.0 - 2 + 4 + 18) / 15, 1e-12);
  EXPECT_TRUE(std::isnan(slopeThroughOrigin(std::vector<double>{0, 0}, std::vector<double>{1, 2})));
  EXPECT_THROW(slopeThroughOrigin(x, std::vector<double>{1}), std::invalid_argument);
}

TEST(SeriesStatistics, MeanAbsoluteErrorAndComparison) {
  const std::vector<double> want{0, 10, 20, 30}, got{1, 9, 23, 30};
  EXPECT_DOUBLE_EQ(meanAbsoluteError(got, want), 5.0 / 4);
  SeriesComparison c = compareSeries(got, want);
  EXPECT_DOUBLE_EQ(c.meanAbsoluteError, 1.25);
  EXPECT_GT(c.correlation, 0.98);
  EXPECT_TRUE(std::isnan(meanAbsoluteError(std::vector<double>{}, std::vector<double>{})));
}

TEST(SeriesStatistics, SummarySkipsNonFiniteValues) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  Summary odd = summarize(std::vector<double>{5, 1, nan, 3});
  EXPECT_EQ(odd.count, 3);
  EXPECT_DOUBLE_EQ(odd.mean, 3);
  EXPECT_DOUBLE_EQ(odd.median, 3);
  Summary even = summarize(std::vector<double>{4, 1, 10, 2, std::numeric_limits<double>::infinity()});
  EXPECT_EQ(even.count, 4);
  EXPECT_DOUBLE_EQ(even.median, 3);
  Summary none = summarize(std::vector<double>{nan});
  EXPECT_EQ(none.count, 0);
  EXPECT_TRUE(std::isnan(none.mean));
}

TEST(SeriesStatistics, PoseAxesAreComparedSeparately) {
  std::vector<EulerAngles> want, got;
  for (int t = 0; t < 20; ++t) {
    want.push_back({10 * std::sin(t * 0.3), 5 * std::cos(t * 0.2), 0.1 * t});
    got.push_back({0.8 * want.back().yaw, want.back().pitch + 1, -want.back().roll});
  }
  PoseFollowing f = comparePoses(got, want);
  EXPECT_NEAR(f.yaw.correlation, 1, 1e-12);
  EXPECT_GT(f.yaw.meanAbsoluteError, 0.5);
  EXPECT_NEAR(f.pitch.correlation, 1, 1e-12);
  EXPECT_NEAR(f.pitch.meanAbsoluteError, 1, 1e-12);
  EXPECT_NEAR(f.roll.correlation, -1, 1e-12);
  EulerAngles m = meanAbsoluteAngles(std::vector<EulerAngles>{{1, -2, 3}, {-3, 2, -1}});
  EXPECT_DOUBLE_EQ(m.yaw, 2);
  EXPECT_DOUBLE_EQ(m.pitch, 2);
  EXPECT_DOUBLE_EQ(m.roll, 2);
}

}  // namespace
}  // namespace marionette
