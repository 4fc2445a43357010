#pragma once

#include <optional>
#include <vector>

#include "core/base/rational.h"
#include "core/base/result.h"

namespace marionette::timeline {

// How a curve moves from a keyframe to the next one. The keyframe at the
// start of a segment decides, as in most editors.
enum class Interpolation { Constant, Linear, Bezier };

// A Bezier handle relative to its keyframe: `dt` seconds along time and `dv`
// along the value. The outgoing handle points forward (dt >= 0), the incoming
// one backward (dt <= 0). Handles are stored as the user dragged them and
// clamped into their segment when evaluated, so the curve always stays a
// function of time (never loops back) whatever the neighbours do.
struct Handle {
  double dt = 0;
  double dv = 0;
  friend bool operator==(const Handle&, const Handle&) = default;
};

struct Keyframe {
  Rational time;  // seconds from the start of the project, >= 0
  double value = 0;
  Interpolation interpolation = Interpolation::Linear;  // of the segment after this key
  Handle in;                                            // towards the previous key (Bezier only)
  Handle out;                                           // towards the next key (Bezier only)
  friend bool operator==(const Keyframe&, const Keyframe&) = default;
};

// Named easings that set a keyframe's interpolation and handles; the handles
// stay editable afterwards.
enum class Ease { Hold, Linear, EaseIn, EaseOut, EaseInOut };

// Keyframes of one channel, sorted by time, at most one per time. Before the
// first key the curve holds the first value, after the last the last value.
class Curve {
 public:
  Curve() = default;
  // Sorts `keys`; fails on two keys at one time, a negative time or a value
  // that is not finite.
  static Result<Curve> fromKeys(std::vector<Keyframe> keys);

  const std::vector<Keyframe>& keys() const { return keys_; }
  bool empty() const { return keys_.empty(); }
  std::size_t size() const { return keys_.size(); }

  // The value at `seconds`; `fallback` when there are no keys.
  double valueAt(double seconds, double fallback = 0) const;
  double valueAt(Rational time, double fallback = 0) const { return valueAt(time.toDouble(), fallback); }

  // Index of the segment containing `seconds` and the eased fraction (0..1)
  // through it, for callers that interpolate several curves as one (rotation).
  // nullopt before the first key, after the last, or with fewer than two keys.
  struct Position {
    std::size_t segment;  // keys()[segment] .. keys()[segment + 1]
    double fraction;      // already shaped by the segment's interpolation
  };
  std::optional<Position> locate(double seconds) const;

  std::optional<std::size_t> find(Rational time) const;
  // Inserts a key or replaces the one at the same time (keeping its
  // interpolation and handles when `keepShape`).
  void set(const Keyframe& key, bool keepShape = true);
  bool remove(Rational time);
  Keyframe& at(std::size_t index) { return keys_[index]; }
  const Keyframe& at(std::size_t index) const { return keys_[index]; }

  friend bool operator==(const Curve&, const Curve&) = default;

 private:
  std::vector<Keyframe> keys_;
};

// --- Interpolation math, as free functions so tests can check them directly.

// Linear blend.
inline double lerp(double a, double b, double t) { return a + (b - a) * t; }

// Handles clamped into a segment of `span` seconds: the outgoing dt into [0, span], the incoming
// into [-span, 0]. With both inside, x(u) of the cubic is monotonic, so the
// segment is a function of time.
Handle clampOutHandle(Handle out, double span);
Handle clampInHandle(Handle in, double span);

// Cubic Bezier from (0, v0) to (span, v1) with handles `out` (from the first
// key) and `in` (from the second), evaluated at time x in [0, span]. Solves
// x -> u by Newton steps with a bisection fallback.
double bezierValue(double v0, double v1, Handle out, Handle in, double span, double x);

// The curve parameter u in [0, 1] whose time coordinate is `x`, for a cubic
// with time control points 0, x1, x2, span (x1, x2 inside [0, span]).
double solveBezierParameter(double x1, double x2, double span, double x);

// Sets key `index`'s interpolation and handles (both sides) from an ease
// preset; the handle lengths are a third of the neighbouring segments.
void applyEase(Curve& curve, std::size_t index, Ease ease);

// Keyframes from regularly sampled values: keeps only the samples needed for
// linear interpolation through them to stay within `tolerance` of every
// sample (Ramer-Douglas-Peucker), always the first and the last. Several
// channels simplified together (`values[c][i]`, one tolerance each) share
// their key times, which keeps yaw/pitch/roll keyed as one rotation.
std::vector<std::size_t> simplifySamples(const std::vector<std::vector<double>>& values,
                                         const std::vector<double>& tolerances);

}  // namespace marionette::timeline
