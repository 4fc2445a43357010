#include "core/motion/motion_track.h"

#include "core/base/median.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace marionette {

int MotionTrack::lostFrameCount() const {
  return static_cast<int>(std::count_if(frames.begin(), frames.end(), [](const MotionFrame& f) { return f.faceLost; }));
}

Motion interpolateMotion(const Motion& a, const Motion& b, double t) {
  Motion m;
  m.pose.rotation = Quaternion::slerp(a.pose.rotation, b.pose.rotation, t);
  m.pose.tx = a.pose.tx + t * (b.pose.tx - a.pose.tx);
  m.pose.ty = a.pose.ty + t * (b.pose.ty - a.pose.ty);
  m.pose.scale = a.pose.scale + t * (b.pose.scale - a.pose.scale);
  for (int k = 0; k < kExpressionDims; ++k)
    m.expression.values[k] =
        static_cast<float>(a.expression.values[k] + t * (b.expression.values[k] - a.expression.values[k]));
  return m;
}

namespace {

// Channels that act one way from rest: a face at rest has its mouth closed,
// no smile, lips neither raised, pouted nor funnelled. Their rest is where
// they are least active, not where they spend most time: a performer who
// smiles through most of a clip still rests unsmiling. Lids are not among
// them: blinks are brief, so the median already ignores them, while the
// widest-eyed frames are those looking up (on d3 ranking by lids too made
// expression error against a still image's 0.84-1.05 instead of 0.77-0.92).
constexpr std::array<ExpressionChannel, 6> kActivations{ExpressionChannel::JawOpen,       ExpressionChannel::SmileL,
                                                        ExpressionChannel::SmileR,        ExpressionChannel::Pout,
                                                        ExpressionChannel::UpperLipRaise, ExpressionChannel::LipFunnel};
// "Least active" is a low quantile, not the minimum, so a tracking glitch
// cannot set it; activity is measured in units of each channel's own spread
// over the clip (at least kMinSpread, so a channel that never moves cannot
// dominate), and the rest face is the median of the least active share.
constexpr double kLowQuantile = 0.1, kHighQuantile = 0.9;
constexpr double kMinSpread = 0.1;
constexpr double kRestShare = 0.25;
constexpr std::size_t kMinRestFrames = 5;

// Of `seen`, the positions of the frames whose activations are closest to
// their clip's low ends.
std::vector<std::size_t> leastActive(const std::vector<const Motion*>& seen) {
  std::vector<std::size_t> order(seen.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (seen.size() <= kMinRestFrames) return order;
  std::vector<std::array<double, kExpressionChannelCount>> readings;
  readings.reserve(seen.size());
  for (const Motion* m : seen) readings.push_back(readChannels(m->expression));
  std::vector<double> activity(seen.size(), 0.0);
  for (ExpressionChannel channel : kActivations) {
    const auto k = static_cast<std::size_t>(channel);
    std::vector<double> column;
    column.reserve(seen.size());
    for (const auto& r : readings) column.push_back(r[k]);
    const double low = quantile(column, kLowQuantile);
    const double spread = std::max(kMinSpread, quantile(column, kHighQuantile) - low);
    for (std::size_t i = 0; i < seen.size(); ++i) activity[i] += std::max(0.0, readings[i][k] - low) / spread;
  }
  // The calmest quarter (ties in clip order), and never fewer than a few.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return activity[a] < activity[b]; });
  const auto keep = std::max(kMinRestFrames, static_cast<std::size_t>(std::lround(kRestShare * double(seen.size()))));
  order.resize(keep);
  return order;
}

// The frames a rest is taken over: those with a face, or all when none has.
std::vector<std::size_t> framesSeen(const MotionTrack& track) {
  std::vector<std::size_t> seen;
  for (std::size_t i = 0; i < track.frames.size(); ++i)
    if (!track.frames[i].faceLost) seen.push_back(i);
  if (seen.empty())
    for (std::size_t i = 0; i < track.frames.size(); ++i) seen.push_back(i);
  return seen;
}

double medianOver(const std::vector<const Motion*>& motions, const auto& value) {
  std::vector<double> column;
  column.reserve(motions.size());
  for (const Motion* m : motions) column.push_back(value(*m));
  return median(std::move(column));
}

}  // namespace

std::vector<std::size_t> restFrameIndices(const MotionTrack& track) {
  const std::vector<std::size_t> seen = framesSeen(track);
  std::vector<const Motion*> motions;
  for (std::size_t i : seen) motions.push_back(&track.frames[i].motion);
  std::vector<std::size_t> calm = leastActive(motions);
  for (std::size_t& i : calm) i = seen[i];
  std::sort(calm.begin(), calm.end());
  return calm;
}

Motion restMotion(const MotionTrack& track) {
  std::vector<const Motion*> seen;
  for (std::size_t i : framesSeen(track)) seen.push_back(&track.frames[i].motion);
  if (seen.empty()) return {};
  Motion rest;
  EulerAngles angles;
  angles.yaw = medianOver(seen, [](const Motion& m) { return m.pose.euler().yaw; });
  angles.pitch = medianOver(seen, [](const Motion& m) { return m.pose.euler().pitch; });
  angles.roll = medianOver(seen, [](const Motion& m) { return m.pose.euler().roll; });
  rest.pose.rotation = HeadPose::rotationFromEuler(angles);
  rest.pose.tx = medianOver(seen, [](const Motion& m) { return m.pose.tx; });
  rest.pose.ty = medianOver(seen, [](const Motion& m) { return m.pose.ty; });
  rest.pose.scale = medianOver(seen, [](const Motion& m) { return m.pose.scale; });
  std::vector<const Motion*> calm;
  for (std::size_t i : restFrameIndices(track)) calm.push_back(&track.frames[i].motion);
  for (std::size_t k = 0; k < static_cast<std::size_t>(kExpressionDims); ++k) {
    rest.expression.values[k] =
        static_cast<float>(medianOver(calm, [k](const Motion& m) { return double(m.expression.values[k]); }));
  }
  return rest;
}

bool fillLostFrames(MotionTrack& track) {
  if (!track.frames.empty()) track.rest = restMotion(track);
  auto& frames = track.frames;
  const int n = static_cast<int>(frames.size());
  int previousGood = -1;
  for (int i = 0; i < n; ++i) {
    if (frames[i].faceLost) continue;
    if (previousGood + 1 < i) {
      for (int j = previousGood + 1; j < i; ++j) {
        if (previousGood < 0) {
          frames[j].motion = frames[i].motion;
        } else {
          double t = (frames[j].time - frames[previousGood].time).toDouble() /
                     (frames[i].time - frames[previousGood].time).toDouble();
          frames[j].motion = interpolateMotion(frames[previousGood].motion, frames[i].motion, t);
        }
        frames[j].confidence = 0;
      }
    }
    previousGood = i;
  }
  if (previousGood < 0) return false;
  for (int j = previousGood + 1; j < n; ++j) {
    frames[j].motion = frames[previousGood].motion;
    frames[j].confidence = 0;
  }
  return true;
}

namespace {

// Rates a driver is likely meant to have; a measured rate this close to one
// of them is taken to be it.
constexpr std::array<std::pair<std::int64_t, std::int64_t>, 8> kStandardRates{
    {{24000, 1001}, {24, 1}, {25, 1}, {30000, 1001}, {30, 1}, {50, 1}, {60000, 1001}, {60, 1}}};
constexpr double kSnapTolerance = 0.005;
constexpr double kMaxResampleRate = 120;
// Times within this fraction of a frame of the constant-rate grid count as on it.
constexpr double kGridTolerance = 0.25;

double at(Rational time) { return time.toDouble(); }

}  // namespace

std::optional<ConstantRate> constantRateFor(const MotionTrack& track) {
  const std::size_t n = track.frames.size();
  if (n < 2 || !(track.frameRate > Rational(0))) return std::nullopt;
  const double rate = track.frameRate.toDouble(), start = at(track.frames.front().time);
  bool onGrid = true;
  for (std::size_t i = 0; i < n && onGrid; ++i)
    onGrid = std::abs(at(track.frames[i].time) - start - double(i) / rate) < kGridTolerance / rate;
  if (onGrid) return std::nullopt;
  std::vector<double> intervals;
  for (std::size_t i = 1; i < n; ++i) {
    const double interval = at(track.frames[i].time) - at(track.frames[i - 1].time);
    if (interval > 0) intervals.push_back(interval);
  }
  if (intervals.empty()) return std::nullopt;
  std::sort(intervals.begin(), intervals.end());
  // The shortest interval the driver keeps up for a while: a stray short one
  // (a duplicated timestamp, a glitch) does not set the rate.
  const double shortest = intervals[intervals.size() / 10];
  const double measured = std::min(kMaxResampleRate, 1.0 / shortest);
  ConstantRate out;
  out.rate = Rational(std::llround(measured * 1000), 1000);
  double closest = kSnapTolerance;
  for (const auto& [num, den] : kStandardRates) {
    const double off = std::abs(measured / (double(num) / double(den)) - 1);
    if (off < closest) {
      closest = off;
      out.rate = Rational(num, den);
    }
  }
  out.fastest = out.rate.toDouble();
  out.slowest = 1.0 / intervals.back();
  return out;
}

MotionTrack resampledAt(const MotionTrack& track, Rational rate) {
  MotionTrack out;
  out.frameRate = rate;
  out.width = track.width;
  out.height = track.height;
  if (track.frames.empty() || !(rate > Rational(0))) return out;
  const Rational start = track.frames.front().time;
  // The last frame lasts as long as the one before it did.
  const std::size_t n = track.frames.size();
  const Rational lastLength = n > 1 ? track.frames[n - 1].time - track.frames[n - 2].time : rate.inverse();
  const Rational length = track.frames.back().time + lastLength - start;
  const std::int64_t count = std::max<std::int64_t>(1, (length * rate + Rational(1, 2)).floor());
  out.frames.reserve(static_cast<std::size_t>(count));
  std::size_t source = 0;
  for (std::int64_t k = 0; k < count; ++k) {
    const Rational time = start + Rational(k) / rate;
    while (source + 1 < n && track.frames[source + 1].time <= time) ++source;
    MotionFrame frame = track.frames[source];
    frame.time = time;
    out.frames.push_back(frame);
  }
  return out;
}

}  // namespace marionette
