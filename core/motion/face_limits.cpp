#include "core/motion/face_limits.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/motion/canonical_face.h"

namespace marionette {

namespace {

// Thinnest a lip may get and narrowest the mouth, in face units (outer eye
// corners one apart; the canonical lips are about 0.1 thick and the mouth 0.55
// wide): enough to keep the order of the contours, small enough never to
// push a real pressed-lips shape.
constexpr double kMinLipThickness = 0.01;
// Inner lips and lids may overlap this much before they are moved apart: the
// closed canonical mouth has no gap at all, so a smile's slight twist of the
// inner lips (0.0075 at full strength) would otherwise be "corrected" too;
// 0.01 is two pixels on a 200-pixel face, where a closed mouth shows one line.
constexpr double kCrossingTolerance = 0.01;
constexpr double kMinMouthWidth = 0.15;
constexpr double kMinFeatureRatio = 0.67, kMaxFeatureRatio = 1.5;
// Sizes within 10% of each other are as likely the two faces' expressions at
// rest as their build (a slight smile widens a mouth that much; the same
// performer's first frame and calm rest differ by about 5%, which made
// self-reenactment measurably shakier): only the excess is scaled.
constexpr double kFeatureDeadZone = 0.1;

Vec2 position(const ExpressionCode& code, int landmark) {
  const Vec3& rest = canonicalFace()[static_cast<std::size_t>(landmark)];
  return Vec2{rest.x, rest.y} + code.displacement(landmark);
}

void moveTo(ExpressionCode& code, int landmark, Vec2 at) {
  const Vec3& rest = canonicalFace()[static_cast<std::size_t>(landmark)];
  code.setDisplacement(landmark, at - Vec2{rest.x, rest.y});
}

// A chain of coordinates (one axis) that must keep an order with least gaps:
// points[i + 1] >= points[i] + gaps[i]. Projected onto that order with the
// least total movement (pooling adjacent violators), so a chain already in
// order stays exactly as it is and mending twice changes nothing more.
template <std::size_t N>
struct Chain {
  std::array<int, N> points;
  std::array<double, N - 1> gaps;
};

// Shortfalls below this are float rounding of earlier mends, not faces.
constexpr double kSlack = 1e-6;

template <std::size_t N>
void keepInOrder(ExpressionCode& code, const Chain<N>& chain, bool vertical) {
  // With offsets taken out the order becomes plain: w[0] <= w[1] <= ...
  std::array<double, N> offset{}, w{};
  for (std::size_t i = 1; i < N; ++i) offset[i] = offset[i - 1] + chain.gaps[i - 1];
  for (std::size_t i = 0; i < N; ++i) {
    const Vec2 p = position(code, chain.points[i]);
    w[i] = (vertical ? p.y : p.x) - offset[i];
  }
  bool ordered = true;
  for (std::size_t i = 1; i < N; ++i) ordered = ordered && w[i] >= w[i - 1] - kSlack;
  if (ordered) return;
  // Pool adjacent violators: blocks of equal value, merged while out of order.
  std::array<double, N> value{}, count{};
  std::array<std::size_t, N> first{};
  std::size_t blocks = 0;
  for (std::size_t i = 0; i < N; ++i) {
    value[blocks] = w[i], count[blocks] = 1, first[blocks] = i;
    ++blocks;
    while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
      const double total = value[blocks - 2] * count[blocks - 2] + value[blocks - 1] * count[blocks - 1];
      count[blocks - 2] += count[blocks - 1];
      value[blocks - 2] = total / count[blocks - 2];
      --blocks;
    }
  }
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::size_t end = b + 1 < blocks ? first[b + 1] : N;
    for (std::size_t i = first[b]; i < end; ++i) {
      Vec2 p = position(code, chain.points[i]);
      (vertical ? p.y : p.x) = value[b] + offset[i];
      moveTo(code, chain.points[i], p);
    }
  }
}

double ratio(double portrait, double driver) {
  if (!(driver > 1e-6) || !(portrait > 1e-6)) return 1;
  // Only what exceeds the dead zone counts, continuously.
  const double excess = std::max(0.0, std::abs(portrait / driver - 1) - kFeatureDeadZone);
  return std::clamp(1 + std::copysign(excess, portrait - driver), kMinFeatureRatio, kMaxFeatureRatio);
}

double mouthWidth(const ExpressionCode& code) { return position(code, 54).x - position(code, 48).x; }
double lowerFace(const ExpressionCode& code) { return position(code, 8).y - position(code, 33).y; }
double browHeight(const ExpressionCode& code) {
  double sum = 0;
  for (auto [brow, lid] : {std::array{19, 37}, std::array{20, 38}, std::array{23, 43}, std::array{24, 44}})
    sum += position(code, lid).y - position(code, brow).y;
  return sum / 4;
}

}  // namespace

void keepWithinFace(ExpressionCode& code) {
  // Top to bottom through the lips at three places along the mouth: outer
  // upper, inner upper, inner lower, outer lower.
  constexpr double t = kMinLipThickness, overlap = -kCrossingTolerance;
  for (const auto& column : {std::array{50, 61, 67, 58}, std::array{51, 62, 66, 57}, std::array{52, 63, 65, 56}})
    keepInOrder(code, Chain<4>{column, {t, overlap, t}}, true);
  // Left to right through the corners: outer, inner, inner, outer.
  keepInOrder(code, Chain<4>{{48, 60, 64, 54}, {0, kMinMouthWidth, 0}}, false);
  for (const auto& lid : {std::array{37, 41}, std::array{38, 40}, std::array{43, 47}, std::array{44, 46}})
    keepInOrder(code, Chain<2>{lid, {overlap}}, true);
}

FeatureScale featureScale(const ExpressionCode& portrait, const ExpressionCode& driver) {
  FeatureScale scale;
  scale.mouthWidth = ratio(mouthWidth(portrait), mouthWidth(driver));
  scale.lowerFace = ratio(lowerFace(portrait), lowerFace(driver));
  scale.browHeight = ratio(browHeight(portrait), browHeight(driver));
  return scale;
}

void scaleToPortrait(ExpressionCode& change, const FeatureScale& scale) {
  for (int landmark : regionLandmarks(FaceRegion::Mouth)) {
    const Vec2 d = change.displacement(landmark);
    change.setDisplacement(landmark, {d.x * scale.mouthWidth, d.y * scale.lowerFace});
  }
  for (int landmark : regionLandmarks(FaceRegion::Brows)) {
    change.setDisplacement(landmark, change.displacement(landmark) * scale.browHeight);
  }
}

}  // namespace marionette
