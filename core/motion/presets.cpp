#include "core/motion/presets.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>

namespace marionette {

namespace {

constexpr std::array<Preset, kPresetCount> kPresets = {Preset::Nod,        Preset::Shake, Preset::Tilt,
                                                       Preset::LookAround, Preset::Blink, Preset::Wink,
                                                       Preset::Smile,      Preset::Talk,  Preset::BrowRaise};

// Amplitudes (degrees) and periods (seconds) chosen to read clearly on a
// portrait without turning far enough for the warp to show its limits.
constexpr double kNodDegrees = 12, kNodPeriod = 1.2;
constexpr double kShakeDegrees = 15, kShakePeriod = 1.4;
constexpr double kTiltDegrees = 10, kTiltPeriod = 3.0;
constexpr double kLookYawDegrees = 20, kLookYawPeriod = 6.0;
constexpr double kLookPitchDegrees = 8, kLookPitchPeriod = 4.3;

// A blink: lids fall fast, rest briefly and rise more slowly; the eyes are
// more than half closed for about 150 ms.
constexpr double kBlinkClose = 0.07, kBlinkShut = 0.08, kBlinkOpen = 0.10;
constexpr double kFirstBlink = 0.5, kBlinkGap = 2.4, kBlinkGapSpread = 1.8;
constexpr double kWinkFirst = 1.0, kWinkEvery = 4.0, kWinkHold = 0.35;
constexpr double kSmileAmount = 0.8, kBrowAmount = 0.8;
constexpr double kBrowFirst = 0.6, kBrowEvery = 3.5;
constexpr double kBrowRise = 0.25, kBrowHold = 0.8, kBrowFall = 0.35;
constexpr double kBrowLength = kBrowRise + kBrowHold + kBrowFall;
constexpr double kTalkLead = 0.3;                    // silence at both ends of the clip
constexpr std::uint64_t kSeed = 0x4d6172696f6e6574;  // "Marionet": fixed so every run talks alike

double smoothstep(double x) {
  x = std::clamp(x, 0.0, 1.0);
  return x * x * (3 - 2 * x);
}

// 0 before `start`, eases to 1 over `rise`, stays for `hold`, eases back over `fall`.
double pulse(double t, double start, double rise, double hold, double fall) {
  if (t <= start) return 0;
  if (t < start + rise) return smoothstep((t - start) / rise);
  if (t <= start + rise + hold) return 1;
  return 1 - smoothstep((t - start - rise - hold) / fall);
}

// Lets a periodic motion start and end at the portrait's rest pose.
double envelope(double t, double duration) {
  const double ramp = std::min(0.5, duration / 4);
  if (ramp <= 0) return 0;
  return smoothstep(t / ramp) * smoothstep((duration - t) / ramp);
}

double wave(double t, double period, double phase = 0) { return std::sin(2 * kPi * t / period + phase); }

// SplitMix64: tiny, and unlike std:: distributions gives the same numbers on
// every standard library.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  double uniform() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) / static_cast<double>(1ULL << 53);
  }
  double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }

 private:
  std::uint64_t state_;
};

std::string validNames() {
  std::string names;
  for (Preset p : kPresets) names += (names.empty() ? "" : ", ") + std::string(presetName(p));
  return names;
}

std::string_view trim(std::string_view word) {
  while (!word.empty() && std::isspace(static_cast<unsigned char>(word.front()))) word.remove_prefix(1);
  while (!word.empty() && std::isspace(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
  return word;
}

}  // namespace

std::string_view presetName(Preset preset) {
  switch (preset) {
    case Preset::Nod:
      return "nod";
    case Preset::Shake:
      return "shake";
    case Preset::Tilt:
      return "tilt";
    case Preset::LookAround:
      return "lookAround";
    case Preset::Blink:
      return "blink";
    case Preset::Wink:
      return "wink";
    case Preset::Smile:
      return "smile";
    case Preset::Talk:
      return "talk";
    case Preset::BrowRaise:
      return "browRaise";
  }
  return "";
}

const std::array<Preset, kPresetCount>& allPresets() { return kPresets; }

Result<std::vector<Preset>> parsePresets(std::string_view list) {
  std::vector<Preset> presets;
  while (true) {
    const std::size_t comma = list.find(',');
    const std::string_view word = trim(list.substr(0, comma));
    const auto* found = std::find_if(kPresets.begin(), kPresets.end(), [&](Preset p) { return presetName(p) == word; });
    if (word.empty()) {
      return makeError("empty preset name in '" + std::string(list) + "' (valid: " + validNames() + ")");
    }
    if (found == kPresets.end()) {
      return makeError("unknown preset '" + std::string(word) + "' (valid: " + validNames() + ")");
    }
    if (std::find(presets.begin(), presets.end(), *found) == presets.end()) presets.push_back(*found);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return presets;
}

std::vector<double> blinkSchedule(double duration) {
  std::vector<double> starts;
  Random random(kSeed);
  const double length = kBlinkClose + kBlinkShut + kBlinkOpen;
  for (double t = kFirstBlink; t + length <= duration; t += kBlinkGap + kBlinkGapSpread * random.uniform())
    starts.push_back(t);
  return starts;
}

PresetAnimator::PresetAnimator(std::vector<Preset> presets, double duration)
    : presets_(std::move(presets)), duration_(duration) {
  if (has(Preset::Blink)) blinks_ = blinkSchedule(duration);
  if (!has(Preset::Talk)) return;
  // Syllables of 120–260 ms in words of 2–5, with short pauses between words.
  Random random(kSeed ^ 0x5a5a5a5a);
  double t = kTalkLead;
  while (true) {
    const int count = 2 + static_cast<int>(random.uniform() * 4);
    for (int i = 0; i < count; ++i) {
      const Syllable s{t, random.between(0.12, 0.26), random.between(0.25, 0.75), random.between(-0.3, 0.4)};
      if (s.start + s.length > duration - kTalkLead) return;
      syllables_.push_back(s);
      t += s.length;
    }
    t += random.between(0.15, 0.4);
  }
}

bool PresetAnimator::has(Preset preset) const {
  return std::find(presets_.begin(), presets_.end(), preset) != presets_.end();
}

EulerAngles PresetAnimator::poseOffset(double t) const {
  EulerAngles e;
  const double env = envelope(t, duration_);
  if (has(Preset::Nod)) e.pitch -= kNodDegrees * (1 - std::cos(2 * kPi * t / kNodPeriod)) / 2 * env;
  if (has(Preset::Shake)) e.yaw += kShakeDegrees * wave(t, kShakePeriod) * env;
  if (has(Preset::Tilt)) e.roll += kTiltDegrees * wave(t, kTiltPeriod) * env;
  if (has(Preset::LookAround)) {
    e.yaw += kLookYawDegrees * wave(t, kLookYawPeriod) * env;
    e.pitch += kLookPitchDegrees * wave(t, kLookPitchPeriod, 1.0) * env;
  }
  return e;
}

double PresetAnimator::blinkClosure(double t) const {
  double closure = 0;
  for (double start : blinks_) closure = std::max(closure, pulse(t, start, kBlinkClose, kBlinkShut, kBlinkOpen));
  return closure;
}

double PresetAnimator::winkClosure(double t) const {
  if (!has(Preset::Wink)) return 0;
  const double first = std::min(kWinkFirst, duration_ / 3);
  const double length = kBlinkClose + kWinkHold + 2 * kBlinkOpen;
  double closure = 0;
  for (double start = first; start + length <= duration_; start += kWinkEvery)
    closure = std::max(closure, pulse(t, start, kBlinkClose, kWinkHold, 2 * kBlinkOpen));
  return closure;
}

double PresetAnimator::talkJaw(double t, double& wide) const {
  auto it = std::upper_bound(syllables_.begin(), syllables_.end(), t,
                             [](double time, const Syllable& s) { return time < s.start; });
  wide = 0;
  if (it == syllables_.begin()) return 0;
  const Syllable& s = *std::prev(it);
  if (t > s.start + s.length) return 0;
  const double shape = std::sin(kPi * (t - s.start) / s.length);
  wide = s.wide * shape;
  return s.jaw * shape;
}

void PresetAnimator::addExpression(std::array<double, kExpressionChannelCount>& delta, const Motion& source,
                                   double t) const {
  auto add = [&delta](ExpressionChannel c, double v) { delta[static_cast<int>(c)] += v; };
  const double wink = winkClosure(t);
  if (has(Preset::Smile)) {
    const double ramp = std::min(0.6, 0.2 * duration_);
    const double amount = kSmileAmount * pulse(t, 0.1 * duration_, ramp, 0.8 * duration_ - 2 * ramp, ramp);
    add(ExpressionChannel::SmileL, amount);
    add(ExpressionChannel::SmileR, amount);
  }
  if (wink > 0) add(ExpressionChannel::SmileL, 0.3 * wink);  // a wink pulls the cheek up a little
  if (has(Preset::Talk)) {
    double wide = 0;
    add(ExpressionChannel::JawOpen, talkJaw(t, wide));
    add(ExpressionChannel::MouthWide, wide);
  }
  if (has(Preset::BrowRaise)) {
    // Short clips get one quicker raise rather than none.
    const double f = std::min(1.0, 0.75 * duration_ / kBrowLength);
    double raise = 0;
    for (double start = std::min(kBrowFirst, duration_ / 8); start + f * kBrowLength <= duration_; start += kBrowEvery)
      raise = std::max(raise, pulse(t, start, f * kBrowRise, f * kBrowHold, f * kBrowFall));
    add(ExpressionChannel::BrowRaiseL, kBrowAmount * raise);
    add(ExpressionChannel::BrowRaiseR, kBrowAmount * raise);
  }
  // Eyes close all the way whatever the portrait's own lids do: the closure
  // moves each eye's reading towards 1 (shut) instead of adding to it.
  const auto readings = readChannels(source.expression);
  const double blink = blinkClosure(t);
  const double left = std::max(blink, wink);
  add(ExpressionChannel::BlinkL, left * (1 - readings[static_cast<int>(ExpressionChannel::BlinkL)]));
  add(ExpressionChannel::BlinkR, blink * (1 - readings[static_cast<int>(ExpressionChannel::BlinkR)]));
}

Motion PresetAnimator::at(const Motion& source, double seconds) const {
  Motion out = source;
  const EulerAngles offset = poseOffset(seconds);
  // Camera-frame rotation on top of the portrait's own, as relative
  // retargeting does, so "nod" means the same for a turned head.
  out.pose.rotation = (HeadPose::rotationFromEuler(offset) * source.pose.rotation).normalized();

  std::array<double, kExpressionChannelCount> delta{};
  addExpression(delta, source, seconds);
  const auto readings = readChannels(source.expression);
  for (const ChannelDescriptor& d : expressionChannels()) {
    const int k = static_cast<int>(d.channel);
    if (delta[k] == 0) continue;
    writeChannel(out.expression, d.channel, std::clamp(readings[k] + delta[k], d.minimum, d.maximum));
  }
  return out;
}

Motion presetMotion(const Motion& source, const std::vector<Preset>& presets, double seconds, double duration) {
  return PresetAnimator(presets, duration).at(source, seconds);
}

}  // namespace marionette
