#include "core/timeline/curve.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace marionette::timeline {

namespace {

// Newton converges in 2-4 steps for ordinary handles; the tolerance is far
// below a frame at any sensible duration.
constexpr int kNewtonSteps = 8;
constexpr int kBisectionSteps = 64;
constexpr double kSolveTolerance = 1e-12;
constexpr double kHandleFraction = 1.0 / 3.0;  // handle length of the ease presets
// Samples simplified independently of each other, bounding the worst case of
// Ramer-Douglas-Peucker (quadratic in its input) on long noisy drivers.
constexpr std::size_t kSimplifyChunk = 1024;

double cubic(double p0, double p1, double p2, double p3, double u) {
  const double v = 1 - u;
  return v * v * v * p0 + 3 * v * v * u * p1 + 3 * v * u * u * p2 + u * u * u * p3;
}

double cubicSlope(double p0, double p1, double p2, double p3, double u) {
  const double v = 1 - u;
  return 3 * (v * v * (p1 - p0) + 2 * v * u * (p2 - p1) + u * u * (p3 - p2));
}

bool earlier(const Keyframe& key, Rational time) { return key.time < time; }

}  // namespace

Handle clampOutHandle(Handle out, double span) { return {std::clamp(out.dt, 0.0, std::max(0.0, span)), out.dv}; }

Handle clampInHandle(Handle in, double span) { return {std::clamp(in.dt, -std::max(0.0, span), 0.0), in.dv}; }

double solveBezierParameter(double x1, double x2, double span, double x) {
  if (span <= 0) return 1;
  x = std::clamp(x, 0.0, span);
  const double tolerance = kSolveTolerance * span;
  double u = x / span;
  for (int i = 0; i < kNewtonSteps; ++i) {
    const double error = cubic(0, x1, x2, span, u) - x;
    if (std::abs(error) <= tolerance) return u;
    const double slope = cubicSlope(0, x1, x2, span, u);
    if (std::abs(slope) < 1e-12) break;  // flat spot (a handle at full length): Newton would jump
    const double next = u - error / slope;
    if (next < 0 || next > 1) break;
    u = next;
  }
  // x(u) is monotonic once the handles are clamped, so bisection always converges.
  double lo = 0, hi = 1;
  for (int i = 0; i < kBisectionSteps; ++i) {
    u = (lo + hi) / 2;
    const double error = cubic(0, x1, x2, span, u) - x;
    if (std::abs(error) <= tolerance) break;
    (error < 0 ? lo : hi) = u;
  }
  return u;
}

double bezierValue(double v0, double v1, Handle out, Handle in, double span, double x) {
  out = clampOutHandle(out, span);
  in = clampInHandle(in, span);
  const double u = solveBezierParameter(out.dt, span + in.dt, span, x);
  return cubic(v0, v0 + out.dv, v1 + in.dv, v1, u);
}

Result<Curve> Curve::fromKeys(std::vector<Keyframe> keys) {
  std::sort(keys.begin(), keys.end(), [](const Keyframe& a, const Keyframe& b) { return a.time < b.time; });
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].time < Rational(0)) return makeError("a keyframe has a negative time");
    if (!std::isfinite(keys[i].value) || !std::isfinite(keys[i].in.dt) || !std::isfinite(keys[i].in.dv) ||
        !std::isfinite(keys[i].out.dt) || !std::isfinite(keys[i].out.dv))
      return makeError("a keyframe has a value that is not a finite number");
    if (i > 0 && keys[i].time == keys[i - 1].time)
      return makeError("two keyframes at " + std::to_string(keys[i].time.toDouble()) + " s on one channel");
  }
  Curve curve;
  curve.keys_ = std::move(keys);
  return curve;
}

std::optional<Curve::Position> Curve::locate(double seconds) const {
  if (keys_.size() < 2) return std::nullopt;
  // First key strictly after `seconds`.
  auto next = std::upper_bound(keys_.begin(), keys_.end(), seconds,
                               [](double s, const Keyframe& key) { return s < key.time.toDouble(); });
  if (next == keys_.begin() || next == keys_.end()) return std::nullopt;
  const std::size_t segment = static_cast<std::size_t>(next - keys_.begin()) - 1;
  const Keyframe& a = keys_[segment];
  const Keyframe& b = keys_[segment + 1];
  const double start = a.time.toDouble();
  const double span = b.time.toDouble() - start;
  const double x = seconds - start;
  switch (a.interpolation) {
    case Interpolation::Constant:
      return Position{segment, 0.0};
    case Interpolation::Linear:
      return Position{segment, span > 0 ? x / span : 1.0};
    case Interpolation::Bezier: {
      // The eased fraction of a value going 0 -> 1 with the same handle shape
      // (handles' value offsets taken relative to the segment's change).
      const double change = b.value - a.value;
      if (change == 0) {
        // A flat segment has no shape to borrow: time fraction along the handles' x.
        const Handle out = clampOutHandle(a.out, span), in = clampInHandle(b.in, span);
        return Position{segment, solveBezierParameter(out.dt, span + in.dt, span, x)};
      }
      return Position{segment, (bezierValue(a.value, b.value, a.out, b.in, span, x) - a.value) / change};
    }
  }
  return std::nullopt;
}

double Curve::valueAt(double seconds, double fallback) const {
  if (keys_.empty()) return fallback;
  if (seconds <= keys_.front().time.toDouble()) return keys_.front().value;
  if (seconds >= keys_.back().time.toDouble()) return keys_.back().value;
  auto next = std::upper_bound(keys_.begin(), keys_.end(), seconds,
                               [](double s, const Keyframe& key) { return s < key.time.toDouble(); });
  const Keyframe& a = *std::prev(next);
  const Keyframe& b = *next;
  const double start = a.time.toDouble();
  const double span = b.time.toDouble() - start;
  const double x = seconds - start;
  switch (a.interpolation) {
    case Interpolation::Constant:
      return a.value;
    case Interpolation::Linear:
      return lerp(a.value, b.value, x / span);
    case Interpolation::Bezier:
      return bezierValue(a.value, b.value, a.out, b.in, span, x);
  }
  return a.value;
}

std::optional<std::size_t> Curve::find(Rational time) const {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), time, earlier);
  if (it == keys_.end() || !(it->time == time)) return std::nullopt;
  return static_cast<std::size_t>(it - keys_.begin());
}

void Curve::set(const Keyframe& key, bool keepShape) {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), key.time, earlier);
  if (it != keys_.end() && it->time == key.time) {
    if (keepShape) {
      it->value = key.value;
    } else {
      *it = key;
    }
    return;
  }
  keys_.insert(it, key);
}

bool Curve::remove(Rational time) {
  auto index = find(time);
  if (!index) return false;
  keys_.erase(keys_.begin() + static_cast<std::ptrdiff_t>(*index));
  return true;
}

void applyEase(Curve& curve, std::size_t index, Ease ease) {
  if (index >= curve.size()) return;
  Keyframe& key = curve.at(index);
  Keyframe* previous = index > 0 ? &curve.at(index - 1) : nullptr;
  const Keyframe* next = index + 1 < curve.size() ? &curve.at(index + 1) : nullptr;
  // A handle a third of the way along the straight line to the neighbour
  // reproduces Linear exactly; a flat one (dv = 0) eases.
  auto straightOut = [&]() -> Handle {
    if (!next) return {};
    const double span = next->time.toDouble() - key.time.toDouble();
    return {span * kHandleFraction, (next->value - key.value) * kHandleFraction};
  };
  auto straightIn = [&]() -> Handle {
    if (!previous) return {};
    const double span = key.time.toDouble() - previous->time.toDouble();
    return {-span * kHandleFraction, (previous->value - key.value) * kHandleFraction};
  };
  auto flat = [](Handle h) { return Handle{h.dt, 0}; };
  switch (ease) {
    case Ease::Hold:
      key.interpolation = Interpolation::Constant;
      return;
    case Ease::Linear:
      key.interpolation = Interpolation::Linear;
      key.in = key.out = {};
      return;
    case Ease::EaseIn:
      key.in = flat(straightIn());
      key.out = straightOut();
      break;
    case Ease::EaseOut:
      key.in = straightIn();
      key.out = flat(straightOut());
      break;
    case Ease::EaseInOut:
      key.in = flat(straightIn());
      key.out = flat(straightOut());
      break;
  }
  key.interpolation = Interpolation::Bezier;
  // The segment arriving here is shaped by the previous key; make it a Bezier
  // whose own handle keeps its previous (straight) departure.
  if (previous && previous->interpolation == Interpolation::Linear) {
    const double span = key.time.toDouble() - previous->time.toDouble();
    previous->interpolation = Interpolation::Bezier;
    previous->out = {span * kHandleFraction, (key.value - previous->value) * kHandleFraction};
  }
}

namespace {

// Ramer-Douglas-Peucker on samples [first, last] of several channels at once;
// appends the kept interior indices.
void simplifyRange(const std::vector<std::vector<double>>& values, const std::vector<double>& tolerances,
                   std::size_t first, std::size_t last, std::vector<std::size_t>& kept) {
  std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
  while (!stack.empty()) {
    auto [a, b] = stack.back();
    stack.pop_back();
    if (b <= a + 1) continue;
    double worst = 0;
    std::size_t worstIndex = a;
    for (std::size_t i = a + 1; i < b; ++i) {
      const double t = static_cast<double>(i - a) / static_cast<double>(b - a);
      for (std::size_t c = 0; c < values.size(); ++c) {
        const double error = std::abs(values[c][i] - lerp(values[c][a], values[c][b], t));
        const double scaled = tolerances[c] > 0 ? error / tolerances[c] : (error > 0 ? 2.0 : 0.0);
        if (scaled > worst) worst = scaled, worstIndex = i;
      }
    }
    if (worst <= 1) continue;
    kept.push_back(worstIndex);
    stack.push_back({a, worstIndex});
    stack.push_back({worstIndex, b});
  }
}

}  // namespace

std::vector<std::size_t> simplifySamples(const std::vector<std::vector<double>>& values,
                                         const std::vector<double>& tolerances) {
  if (values.empty() || values.front().empty()) return {};
  const std::size_t count = values.front().size();
  std::vector<std::size_t> kept{0};
  for (std::size_t start = 0; start + 1 < count; start += kSimplifyChunk) {
    const std::size_t end = std::min(count - 1, start + kSimplifyChunk);
    simplifyRange(values, tolerances, start, end, kept);
    kept.push_back(end);
  }
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  return kept;
}

}  // namespace marionette::timeline
