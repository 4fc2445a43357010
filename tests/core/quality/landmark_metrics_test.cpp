// Landmark error and stability on synthetic faces with known answers: a
// shifted face has the NME of its shift, rigid motion has no jitter, noise
// does, and steady deformation has no shake.
#include "core/quality/landmark_metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "core/motion/canonical_face.h"
#include "core/motion/face_model.h"

namespace marionette {
namespace {

Landmarks face(double yaw = 0, double scale = 120) {
  return decodeLandmarks(canonicalFace(), {}, HeadPose::fromEuler({yaw, 0, 0}, 0, 0, scale), {400, 400});
}

Landmarks transformed(const Landmarks& l, Similarity2D s) {
  Landmarks out;
  for (int i = 0; i < kLandmarkCount; ++i) out[i] = s.apply(l[i]);
  return out;
}

Landmarks noisy(const Landmarks& l, double sigma, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> noise(0, sigma);
  Landmarks out = l;
  for (Vec2& p : out) p = p + Vec2{noise(rng), noise(rng)};
  return out;
}

TEST(LandmarkMetrics, NmeIsTheShiftInInterOcularDistances) {
  const Landmarks reference = face();
  EXPECT_NEAR(interOcularDistance(reference), 120, 1e-9) << "the canonical eye corners are one face unit apart";
  EXPECT_EQ(normalizedMeanError(reference, reference), 0);
  EXPECT_NEAR(normalizedMeanError(transformed(reference, {1, 0, 7.2, -9.6}), reference), 12.0 / 120, 1e-12);
}

TEST(LandmarkMetrics, SimilarityFitRecoversAKnownTransform) {
  const Landmarks from = face(20);
  const Similarity2D truth{0.9 * std::cos(0.3), 0.9 * std::sin(0.3), 14, -5};
  const Similarity2D fitted = fitSimilarity(from, transformed(from, truth));
  EXPECT_NEAR(fitted.a, truth.a, 1e-12);
  EXPECT_NEAR(fitted.b, truth.b, 1e-12);
  EXPECT_NEAR(fitted.tx, truth.tx, 1e-9);
  EXPECT_NEAR(fitted.ty, truth.ty, 1e-9);
}

TEST(LandmarkMetrics, RigidMotionIsNotJitter) {
  const Landmarks base = face(10);
  std::vector<Landmarks> sequence;
  for (int t = 0; t < 20; ++t)
    sequence.push_back(transformed(base, {std::cos(0.02 * t) * (1 + 0.01 * t), std::sin(0.02 * t), 3.0 * t, -2.0 * t}));
  EXPECT_NEAR(landmarkJitter(sequence), 0, 1e-12);
}

TEST(LandmarkMetrics, JitterGrowsWithNoiseAndIgnoresFaceSize) {
  auto jitterAt = [](double scale, double sigma) {
    std::vector<Landmarks> sequence;
    for (int t = 0; t < 200; ++t) sequence.push_back(noisy(face(0, scale), sigma, 100 + t));
    return landmarkJitter(sequence);
  };
  const double small = jitterAt(100, 0.5), large = jitterAt(100, 1.0), bigFace = jitterAt(200, 1.0);
  // Two independent 2D Gaussian errors of sigma s differ by |N(0, 2 s^2 I)|,
  // whose mean is s * sqrt(pi): a little less once a similarity absorbs some.
  EXPECT_NEAR(small, 0.5 * std::sqrt(kPi) / 100, 0.1 * small);
  EXPECT_NEAR(large / small, 2.0, 0.1);
  EXPECT_NEAR(bigFace / large, 0.5, 0.05) << "the same pixel noise is half the jitter on a face twice the size";
}

TEST(LandmarkMetrics, SteadyDeformationIsMotionButNotShake) {
  JitterMeter steady, shaking;
  const Landmarks base = face();
  for (int t = 0; t < 30; ++t) {
    Landmarks opening = base;
    for (int i = 48; i < 68; ++i) opening[i].y += 0.5 * t * (i >= 55 && i <= 59 ? 1 : 0.3);  // the jaw drops steadily
    steady.add(opening);
    shaking.add(noisy(opening, 1.0, 7 + t));
  }
  EXPECT_GT(steady.jitter(), 0.0005);
  EXPECT_LT(steady.shake(), 0.02 * steady.jitter());
  EXPECT_GT(shaking.shake(), 0.5 * shaking.jitter());
}

TEST(LandmarkMetrics, AMissingFaceBreaksTheSequence) {
  JitterMeter meter;
  meter.add(face());
  meter.add(std::nullopt);
  meter.add(noisy(face(), 3, 1));
  EXPECT_EQ(meter.pairs(), 0);
  EXPECT_TRUE(std::isnan(meter.jitter()));
  EXPECT_TRUE(std::isnan(meter.shake()));
  meter.add(noisy(face(), 3, 2));
  EXPECT_EQ(meter.pairs(), 1);
  EXPECT_GT(meter.jitter(), 0);
  EXPECT_TRUE(std::isnan(meter.shake()));
}

}  // namespace
}  // namespace marionette
