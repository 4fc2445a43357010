#include "core/quality/landmark_metrics.h"

#include <limits>

namespace marionette {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Vec2 centroid(const Landmarks& points) {
  Vec2 sum;
  for (const Vec2& p : points) sum = sum + p;
  return sum * (1.0 / kLandmarkCount);
}

}  // namespace

double interOcularDistance(const Landmarks& landmarks) { return (landmarks[45] - landmarks[36]).norm(); }

double normalizedMeanError(const Landmarks& predicted, const Landmarks& reference) {
  double sum = 0;
  for (int i = 0; i < kLandmarkCount; ++i) sum += (predicted[i] - reference[i]).norm();
  const double iod = interOcularDistance(reference);
  return iod > 0 ? sum / kLandmarkCount / iod : kNaN;
}

Similarity2D fitSimilarity(const Landmarks& from, const Landmarks& to) {
  const Vec2 cf = centroid(from), ct = centroid(to);
  double dot = 0, cross = 0, norm = 0;
  for (int i = 0; i < kLandmarkCount; ++i) {
    const Vec2 p = from[i] - cf, q = to[i] - ct;
    dot += p.x * q.x + p.y * q.y;
    cross += p.x * q.y - p.y * q.x;
    norm += p.x * p.x + p.y * p.y;
  }
  Similarity2D s;
  if (norm <= 0) return {1, 0, ct.x - cf.x, ct.y - cf.y};
  s.a = dot / norm;
  s.b = cross / norm;
  const Vec2 moved = s.apply(cf);
  s.tx = ct.x - moved.x;
  s.ty = ct.y - moved.y;
  return s;
}

double nonRigidMotion(const Landmarks& previous, const Landmarks& current) {
  const Similarity2D s = fitSimilarity(previous, current);
  double sum = 0;
  for (int i = 0; i < kLandmarkCount; ++i) sum += (current[i] - s.apply(previous[i])).norm();
  const double iod = interOcularDistance(current);
  return iod > 0 ? sum / kLandmarkCount / iod : kNaN;
}

double nonRigidAcceleration(const Landmarks& before, const Landmarks& now, const Landmarks& after) {
  const Similarity2D sb = fitSimilarity(before, now), sa = fitSimilarity(after, now);
  double sum = 0;
  for (int i = 0; i < kLandmarkCount; ++i) sum += (now[i] - (sb.apply(before[i]) + sa.apply(after[i])) * 0.5).norm();
  const double iod = interOcularDistance(now);
  return iod > 0 ? sum / kLandmarkCount / iod : kNaN;
}

void JitterMeter::add(const std::optional<Landmarks>& landmarks) {
  if (landmarks && previous_) {
    motionSum_ += nonRigidMotion(*previous_, *landmarks);
    ++pairs_;
    if (beforePrevious_) {
      accelerationSum_ += nonRigidAcceleration(*beforePrevious_, *previous_, *landmarks);
      ++triples_;
    }
  }
  beforePrevious_ = landmarks ? previous_ : std::nullopt;
  previous_ = landmarks;
}

double JitterMeter::jitter() const { return pairs_ > 0 ? motionSum_ / pairs_ : kNaN; }

double JitterMeter::shake() const { return triples_ > 0 ? accelerationSum_ / triples_ : kNaN; }

double landmarkJitter(std::span<const Landmarks> sequence) {
  JitterMeter meter;
  for (const Landmarks& l : sequence) meter.add(l);
  return meter.jitter();
}

}  // namespace marionette
