#include "core/base/rational.h"

#include <gtest/gtest.h>

#include "core/base/one_euro_filter.h"
#include "core/base/result.h"

namespace marionette {
namespace {

TEST(Rational, NtscRateStaysExact) {
  Rational fps(30000, 1001);
  Rational frameDuration = fps.inverse();
  Rational t = frameDuration * Rational(30000);
  EXPECT_EQ(t, Rational(1001));
  EXPECT_EQ((t * fps).floor(), 30000);
}

TEST(Rational, NormalisesSignAndFactors) {
  EXPECT_EQ(Rational(6, -4), Rational(-3, 2));
  EXPECT_EQ(Rational(-7, 2).floor(), -4);
  EXPECT_TRUE(Rational(1, 3) < Rational(1, 2));
  EXPECT_FALSE(Rational(1, 0).valid());
}

TEST(Result, CarriesValueOrMessage) {
  Result<int> good = 4;
  Result<int> bad = makeError("no face found in the image");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 4);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "no face found in the image");
  Status fine;
  Status failed = makeError("disk full");
  EXPECT_TRUE(fine.ok());
  EXPECT_EQ(failed.error().message, "disk full");
}

TEST(OneEuroFilter, SmoothsJitterButFollowsASustainedMove) {
  OneEuroFilter filter(1.0, 0.0);
  double last = 0;
  for (int i = 0; i < 60; ++i) last = filter.filter(i % 2 ? 1.0 : -1.0, 1.0 / 30);
  EXPECT_LT(std::abs(last), 0.5) << "alternating noise is damped";
  for (int i = 0; i < 120; ++i) last = filter.filter(10.0, 1.0 / 30);
  EXPECT_NEAR(last, 10.0, 0.05) << "a held value is reached";
}

}  // namespace
}  // namespace marionette
