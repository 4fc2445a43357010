#include "core/timeline/generators.h"

#include <algorithm>
#include <cmath>

#include "core/timeline/motion_at.h"

namespace marionette::timeline {

namespace {

constexpr double kAngleTolerance = 0.05;  // degrees
constexpr double kShiftTolerance = 1e-3;  // face units, and scale factor
constexpr double kExpressionTolerance = 5e-3;
// A channel whose samples all stay this close to its unmoved value gets no keys.
constexpr double kUnmovedEpsilon = 1e-9;

// Linear keys through the samples a simplification keeps.
std::vector<Keyframe> linearKeys(const std::vector<std::vector<double>>& series, std::size_t which,
                                 const std::vector<std::size_t>& kept, Rational frameRate, std::int64_t firstFrame) {
  std::vector<Keyframe> keys;
  keys.reserve(kept.size());
  for (std::size_t i : kept)
    keys.push_back(Keyframe{frameTime(firstFrame + static_cast<std::int64_t>(i), frameRate),
                            series[which][i],
                            Interpolation::Linear,
                            {},
                            {}});
  return keys;
}

// Keys for every channel of `track` that moves away from `unmoved` somewhere
// in `samples` (one ChannelValues per frame from `firstFrame`). Yaw, pitch
// and roll are simplified together so they share key times.
std::vector<ChannelKeys> keysFromSamples(TrackKind track, const std::vector<ChannelValues>& samples,
                                         const ChannelValues& unmoved, Rational frameRate, std::int64_t firstFrame) {
  std::vector<ChannelKeys> out;
  if (samples.empty()) return out;
  auto moves = [&](int c) {
    return std::any_of(samples.begin(), samples.end(),
                       [&](const ChannelValues& v) { return std::abs(v[c] - unmoved[c]) > kUnmovedEpsilon; });
  };
  auto seriesOf = [&](int c) {
    std::vector<double> series(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) series[i] = samples[i][c];
    return series;
  };
  auto emit = [&](const std::vector<int>& group) {
    std::vector<std::vector<double>> series;
    std::vector<double> tolerances;
    for (int c : group) {
      series.push_back(seriesOf(c));
      tolerances.push_back(simplifyTolerance(*ChannelId::fromIndex(c)));
    }
    const std::vector<std::size_t> kept = simplifySamples(series, tolerances);
    for (std::size_t g = 0; g < group.size(); ++g)
      out.push_back({*ChannelId::fromIndex(group[g]), linearKeys(series, g, kept, frameRate, firstFrame)});
  };
  int c = firstChannel(track);
  if (track == TrackKind::Pose) {
    std::vector<int> rotation{0, 1, 2};
    if (std::any_of(rotation.begin(), rotation.end(), moves)) emit(rotation);
    c = static_cast<int>(PoseChannel::Tx);
  }
  for (; c < channelEnd(track); ++c)
    if (moves(c)) emit({c});
  return out;
}

ChannelValues unmovedValues(const Motion& portrait, ExpressionValues meaning) {
  ChannelValues unmoved{};
  for (const TimelineChannel& channel : timelineChannels()) unmoved[channel.id.index()] = channel.defaultValue;
  if (meaning == ExpressionValues::Readings) {
    const ChannelValues own = channelValuesOf(portrait, portrait);
    for (int c = kPoseChannelCount; c < kChannelCount; ++c) unmoved[c] = own[c];
  }
  return unmoved;
}

}  // namespace

double simplifyTolerance(ChannelId channel) {
  if (channel.isRotation()) return kAngleTolerance;
  if (channel.track() == TrackKind::Pose) return kShiftTolerance;
  return kExpressionTolerance;
}

std::vector<ChannelKeys> presetKeyframes(const std::vector<Preset>& presets, double duration, Rational frameRate,
                                         FrameRange range, const Motion& portrait, ExpressionValues meaning) {
  if (presets.empty() || range.count() <= 0) return {};
  const PresetAnimator animator(presets, duration);
  const ChannelValues own = channelValuesOf(portrait, portrait);
  std::vector<ChannelValues> samples;
  samples.reserve(static_cast<std::size_t>(range.count()));
  for (std::int64_t f = range.first; f < range.end; ++f) {
    ChannelValues values = channelValuesOf(animator.at(portrait, seconds(frameTime(f, frameRate))), portrait);
    if (meaning == ExpressionValues::Offsets)
      for (int c = kPoseChannelCount; c < kChannelCount; ++c) values[c] -= own[c];
    samples.push_back(values);
  }
  const ChannelValues unmoved = unmovedValues(portrait, meaning);
  std::vector<ChannelKeys> keys = keysFromSamples(TrackKind::Pose, samples, unmoved, frameRate, range.first);
  std::vector<ChannelKeys> expression =
      keysFromSamples(TrackKind::Expression, samples, unmoved, frameRate, range.first);
  keys.insert(keys.end(), expression.begin(), expression.end());
  return keys;
}

std::vector<ChannelKeys> bakeKeyframes(const Project& project, TrackKind track, FrameRange range) {
  std::vector<Motion> motions;
  for (std::int64_t f = std::max<std::int64_t>(0, range.first); f < range.end; ++f)
    motions.push_back(motionAt(project, f));
  return keyframesPlaying(motions, track, project.portrait.motion.value_or(Motion{}), project.settings.frameRate,
                          std::max<std::int64_t>(0, range.first));
}

std::vector<ChannelKeys> keyframesPlaying(const std::vector<Motion>& motions, TrackKind track, const Motion& portrait,
                                          Rational frameRate, std::int64_t first) {
  std::vector<ChannelValues> samples;
  samples.reserve(motions.size());
  for (const Motion& motion : motions) samples.push_back(channelValuesOf(motion, portrait));
  return keysFromSamples(track, samples, unmovedValues(portrait, ExpressionValues::Readings), frameRate, first);
}

Curve replaceKeysInRange(const Curve& curve, Rational start, Rational end, const std::vector<Keyframe>& keys) {
  Curve out;
  for (const Keyframe& key : curve.keys())
    if (key.time < start || end < key.time) out.set(key, false);
  for (const Keyframe& key : keys) out.set(key, false);
  return out;
}

}  // namespace marionette::timeline
