#include "core/timeline/timecode.h"

#include <algorithm>
#include <limits>

namespace marionette::timeline {
namespace {

// 128-bit intermediates keep frame * denominator * 10^decimals exact for every
// FrameIndex, so no frame needs a special case; GCC and Clang provide them.
__extension__ using UInt128 = unsigned __int128;

constexpr UInt128 kUInt128Max = ~UInt128(0);
constexpr std::uint64_t kFrameIndexMax = std::uint64_t(std::numeric_limits<FrameIndex>::max());
// Digits of the longest number parseTime reads per field; bigger ones could
// not name a FrameIndex anyway, and the limit keeps the arithmetic in range.
constexpr std::size_t kMaxDigits = 30;
constexpr std::size_t kMaxDecimals = 18;

bool hasTime(Rational rate) { return rate.valid() && rate.num() > 0; }

// |frame| without overflowing at the most negative frame.
std::uint64_t magnitude(FrameIndex frame) {
  return frame < 0 ? std::uint64_t(0) - std::uint64_t(frame) : std::uint64_t(frame);
}

std::optional<FrameIndex> signedFrame(bool negative, UInt128 magnitude) {
  if (magnitude > UInt128(kFrameIndexMax) + (negative ? 1 : 0)) return std::nullopt;
  if (!negative || magnitude == 0) return FrameIndex(magnitude);
  return -FrameIndex(magnitude - 1) - 1;  // -2^63 has no positive counterpart
}

UInt128 pow10(std::size_t exponent) {
  UInt128 value = 1;
  for (std::size_t i = 0; i < exponent; ++i) value *= 10;
  return value;
}

std::string toString(UInt128 value) {
  std::string reversed;
  do {
    reversed.push_back(char('0' + int(value % 10)));
    value /= 10;
  } while (value != 0);
  return {reversed.rbegin(), reversed.rend()};
}

std::string padded(UInt128 value, std::size_t width) {
  std::string text = toString(value);
  if (text.size() < width) text.insert(0, width - text.size(), '0');
  return text;
}

// a * b + c, or nullopt when it does not fit.
std::optional<UInt128> mulAdd(UInt128 a, UInt128 b, UInt128 c) {
  if (b != 0 && a > (kUInt128Max - c) / b) return std::nullopt;
  return a * b + c;
}

// --- Timecode -------------------------------------------------------------

// Timecode counts labels at the nominal rate. NTSC runs 1000/1001 slower, so
// in ten minutes 29.97 shows 17982 frames for 18000 labels: drop-frame skips
// the first two labels of every minute except each tenth (four at 59.94).
struct TimecodeBase {
  std::uint64_t fps = 1;
  std::uint64_t drop = 0;  // labels skipped at the start of a dropping minute
  std::uint64_t labelsPerMinute() const { return fps * 60; }
};

TimecodeBase timecodeBase(Rational rate) {
  const auto fps = std::uint64_t(nominalFrameRate(rate));
  return {fps, isDropFrameRate(rate) ? fps / 15 : 0};
}

std::uint64_t labelOfFrame(std::uint64_t frame, const TimecodeBase& base) {
  if (base.drop == 0) return frame;
  const std::uint64_t perTenMinutes = base.labelsPerMinute() * 10 - 9 * base.drop;
  const std::uint64_t perDroppingMinute = base.labelsPerMinute() - base.drop;
  const std::uint64_t tens = frame / perTenMinutes, rest = frame % perTenMinutes;
  // The first minute of each ten keeps all its labels; each later one loses `drop`.
  const std::uint64_t dropping =
      rest < base.labelsPerMinute() ? 0 : 1 + (rest - base.labelsPerMinute()) / perDroppingMinute;
  return frame + base.drop * (9 * tens + dropping);
}

bool isSkippedLabel(UInt128 label, const TimecodeBase& base) {
  const UInt128 minute = label / base.labelsPerMinute();
  return base.drop != 0 && label % base.labelsPerMinute() < base.drop && minute % 10 != 0;
}

// The frame an existing (not skipped) label names.
UInt128 frameOfLabel(UInt128 label, const TimecodeBase& base) {
  const UInt128 minutes = label / base.labelsPerMinute();
  return label - base.drop * (minutes - minutes / 10);
}

// The first frame of a timecode second: label FF 00, or the first label left
// after a drop-frame skip (00:01:00;02).
bool startsSecond(std::uint64_t label, const TimecodeBase& base) {
  if (label % base.fps == 0) return true;
  return base.drop != 0 && label % base.fps == base.drop && isSkippedLabel(label - base.drop, base);
}

std::size_t frameDigits(std::uint64_t fps) { return std::max<std::size_t>(2, toString(fps - 1).size()); }

std::string timecodeText(bool negative, std::uint64_t label, const TimecodeBase& base) {
  const std::uint64_t seconds = label / base.fps;
  std::string text = negative ? "-" : "";
  text += padded(seconds / 3600, 2) + ':' + padded(seconds / 60 % 60, 2) + ':' + padded(seconds % 60, 2);
  text += base.drop != 0 ? ';' : ':';
  return text + padded(label % base.fps, frameDigits(base.fps));
}

std::string clockText(bool negative, std::uint64_t seconds) {
  std::string text = negative ? "-" : "";
  if (seconds < 3600) return text + toString(seconds / 60) + ':' + padded(seconds % 60, 2);
  return text + toString(seconds / 3600) + ':' + padded(seconds / 60 % 60, 2) + ':' + padded(seconds % 60, 2);
}

// --- Seconds --------------------------------------------------------------

// Milliseconds, or the first power of ten at or above the rate, so frames
// (1/rate apart) never round to the same text and the text rounds back to
// its frame.
std::size_t secondsDecimals(Rational rate) {
  std::size_t decimals = 3;
  while (decimals < kMaxDecimals && UInt128(rate.num()) > pow10(decimals) * UInt128(rate.den())) ++decimals;
  return decimals;
}

// num/den seconds rounded half up at `decimals`.
std::string secondsText(bool negative, UInt128 num, UInt128 den, std::size_t decimals, bool trimZeros) {
  const UInt128 scale = pow10(decimals);
  UInt128 whole = num / den;
  UInt128 fraction = (2 * (num % den) * scale + den) / (2 * den);
  if (fraction == scale) {
    ++whole;
    fraction = 0;
  }
  std::string digits = padded(fraction, decimals);
  if (trimZeros) {
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
  }
  std::string text = (negative ? "-" : "") + toString(whole);
  if (!digits.empty()) text += '.' + digits;
  return text + " s";
}

// --- Parsing --------------------------------------------------------------

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<UInt128> parseDigits(std::string_view text) {
  if (text.empty() || text.size() > kMaxDigits) return std::nullopt;
  UInt128 value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + UInt128(c - '0');
  }
  return value;
}

std::optional<FrameIndex> parseTimecode(std::string_view text, bool negative, const TimecodeBase& base) {
  UInt128 fields[4];
  for (int i = 0; i < 4; ++i) {
    const std::size_t separator = text.find_first_of(":;");
    if ((separator == std::string_view::npos) != (i == 3)) return std::nullopt;
    const auto field = parseDigits(text.substr(0, separator));
    if (!field) return std::nullopt;
    fields[i] = *field;
    text.remove_prefix(i == 3 ? text.size() : separator + 1);
  }
  if (fields[1] >= 60 || fields[2] >= 60 || fields[3] >= base.fps) return std::nullopt;
  auto label = mulAdd(fields[0], 60, fields[1]);
  if (label) label = mulAdd(*label, 60, fields[2]);
  if (label) label = mulAdd(*label, base.fps, fields[3]);
  if (!label || isSkippedLabel(*label, base)) return std::nullopt;
  return signedFrame(negative, frameOfLabel(*label, base));
}

// Seconds snap to the nearest frame start (half up), which undoes the
// rounding of secondsText because its step never exceeds a frame.
std::optional<FrameIndex> parseSeconds(std::string_view text, bool negative, Rational rate) {
  const std::size_t point = text.find('.');
  const auto whole = parseDigits(text.substr(0, point));
  const std::string_view decimals = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  if (!whole || (point != std::string_view::npos && decimals.empty()) || decimals.size() > kMaxDecimals) {
    return std::nullopt;
  }
  const auto fraction = decimals.empty() ? std::optional<UInt128>(0) : parseDigits(decimals);
  if (!fraction) return std::nullopt;
  // frame = (whole + fraction / 10^k) * num / den, split so no product overflows.
  const UInt128 num = UInt128(rate.num()), den = UInt128(rate.den()), scale = pow10(decimals.size());
  const auto wholeFrames = mulAdd(*whole, num, 0);
  if (!wholeFrames) return std::nullopt;
  // Both terms stay below 2^123 (remainder < den < 2^63, scale and fraction < 10^18).
  const UInt128 rest = *wholeFrames % den * scale + *fraction * num, restDen = scale * den;
  return signedFrame(negative, *wholeFrames / den + (2 * rest + restDen) / (2 * restDen));
}

// --- Ruler ----------------------------------------------------------------

// 1 → 2 → 5 → 10 → 20 …
std::uint64_t next125(std::uint64_t value) {
  std::uint64_t power = 1;
  while (value / power >= 10) power *= 10;
  const std::uint64_t lead = value / power;
  return lead == 1 ? 2 * power : lead == 2 ? 5 * power : 10 * power;
}

// Clock steps that divide the next unit up, so ticks land on round minutes
// and hours: 1, 2, 5, 10, 15, 30 s, the same in minutes, then 1, 2, 5, 10 … h.
std::uint64_t nextClockStep(std::uint64_t seconds) {
  static constexpr std::uint64_t kSteps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
  for (std::uint64_t step : kSteps) {
    if (step > seconds) return step;
  }
  return next125(seconds / 3600) * 3600;
}

// Steps beyond this would overflow the loops; the ruler then shows one tick.
constexpr std::uint64_t kMaxStep = kFrameIndexMax / 4;

void appendFramesTicks(std::vector<RulerTick>& ticks, FrameIndex first, FrameIndex end, double pixelsPerFrame,
                       double minLabelPixels) {
  std::uint64_t step = 1;
  while (double(step) * pixelsPerFrame < minLabelPixels && step < kMaxStep) step = next125(step);
  const auto s = FrameIndex(step);
  FrameIndex frame = first / s * s;
  if (frame < first) {
    if (end - frame <= s) return;
    frame += s;
  }
  while (true) {
    ticks.push_back({Rational(frame), std::to_string(frame)});
    if (end - frame <= s) break;
    frame += s;
  }
}

void appendTimecodeTicks(std::vector<RulerTick>& ticks, FrameIndex first, FrameIndex end, Rational rate,
                         double pixelsPerFrame, double minLabelPixels) {
  const TimecodeBase base = timecodeBase(rate);
  // Fewest frames between two ticks: a tick at a skipped label moves up to
  // `drop` frames later, and each dropping minute in a step is `drop` short.
  const auto minGap = [&](std::uint64_t step) -> double {
    if (step < base.fps || base.drop == 0) return double(step);
    return double(step) - double(base.drop * (step / base.labelsPerMinute() + 1));
  };
  std::uint64_t step = 1;
  while (minGap(step) * pixelsPerFrame < minLabelPixels && step < kMaxStep) {
    // Below a second only divisors of the rate, so every second starts with a tick.
    if (step < base.fps) {
      ++step;
      while (base.fps % step != 0) ++step;
    } else {
      step = nextClockStep(step / base.fps) * base.fps;
    }
  }
  const std::uint64_t firstLabel = labelOfFrame(std::uint64_t(first), base);
  for (UInt128 label = (firstLabel + step - 1) / step * step;; label += step) {
    UInt128 shown = label;
    if (isSkippedLabel(label, base)) {
      if (step < base.fps) continue;  // moving it would crowd the next tick
      shown += base.drop;             // the second's first frame
    }
    const UInt128 frame = frameOfLabel(shown, base);
    if (frame >= UInt128(end)) break;
    ticks.push_back({Rational(FrameIndex(frame)), formatRulerLabel(FrameIndex(frame), rate, TimeDisplay::Timecode)});
  }
}

void appendSecondsTicks(std::vector<RulerTick>& ticks, FrameIndex first, FrameIndex end, Rational rate,
                        double pixelsPerFrame, double minLabelPixels) {
  const double pixelsPerSecond = pixelsPerFrame * rate.toDouble();
  static constexpr std::int64_t kSubSecond[] = {100, 50, 20, 10, 5, 2};  // 1/100 s … 1/2 s
  Rational step;
  for (std::int64_t parts : kSubSecond) {
    step = Rational(1, parts);
    if (step.toDouble() * pixelsPerSecond >= minLabelPixels) break;
  }
  if (step.toDouble() * pixelsPerSecond < minLabelPixels) {
    std::uint64_t seconds = 1;
    // Past 30 years a step shows one tick anyway, and the Rational products stay in range.
    while (double(seconds) * pixelsPerSecond < minLabelPixels && seconds < 1'000'000'000) {
      seconds = nextClockStep(seconds);
    }
    step = Rational(std::int64_t(seconds));
  }
  const Rational firstIndex = frameTime(first, rate) / step;
  for (std::int64_t index = -(Rational(0) - firstIndex).floor();; ++index) {
    const Rational time = Rational(index) * step;
    const Rational position = time * rate;
    if (position >= Rational(end)) break;
    ticks.push_back({position, secondsText(false, UInt128(time.num()), UInt128(time.den()), 3, true)});
  }
}

}  // namespace

std::int64_t nominalFrameRate(Rational rate) {
  if (!hasTime(rate)) return 1;
  const UInt128 num = UInt128(rate.num()), den = UInt128(rate.den());
  return std::max<std::int64_t>(1, std::int64_t((2 * num + den) / (2 * den)));
}

bool isDropFrameRate(Rational rate) {
  return hasTime(rate) && rate.den() == 1001 && rate.num() % 1000 == 0 && rate.num() / 1000 % 30 == 0;
}

std::string formatTime(FrameIndex frame, Rational rate, TimeDisplay display) {
  if (display == TimeDisplay::Frames || !hasTime(rate)) return std::to_string(frame);
  const std::uint64_t count = magnitude(frame);
  if (display == TimeDisplay::Seconds) {
    return secondsText(frame < 0, UInt128(count) * UInt128(rate.den()), UInt128(rate.num()), secondsDecimals(rate),
                       false);
  }
  const TimecodeBase base = timecodeBase(rate);
  return timecodeText(frame < 0, labelOfFrame(count, base), base);
}

std::optional<FrameIndex> parseTime(std::string_view text, Rational rate, TimeDisplay display) {
  text = trimmed(text);
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  if (hasTime(rate) && text.find_first_of(":;") != std::string_view::npos) {
    return parseTimecode(text, negative, timecodeBase(rate));
  }
  if (hasTime(rate) && !text.empty() && text.back() == 's') {
    text.remove_suffix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return parseSeconds(text, negative, rate);
  }
  if (hasTime(rate) && display == TimeDisplay::Seconds) return parseSeconds(text, negative, rate);
  const auto frame = parseDigits(text);
  return frame ? signedFrame(negative, *frame) : std::nullopt;
}

std::string formatRulerLabel(FrameIndex frame, Rational rate, TimeDisplay display) {
  if (display == TimeDisplay::Frames || !hasTime(rate)) return std::to_string(frame);
  const std::uint64_t count = magnitude(frame);
  if (display == TimeDisplay::Seconds) {
    return secondsText(frame < 0, UInt128(count) * UInt128(rate.den()), UInt128(rate.num()), secondsDecimals(rate),
                       true);
  }
  const TimecodeBase base = timecodeBase(rate);
  const std::uint64_t label = labelOfFrame(count, base);
  if (!startsSecond(label, base)) return timecodeText(frame < 0, label, base);
  return clockText(frame < 0, label / base.fps);
}

std::vector<RulerTick> rulerTicks(FrameRange visible, Rational rate, TimeDisplay display, double pixelsPerFrame,
                                  double minLabelPixels) {
  std::vector<RulerTick> ticks;
  const FrameIndex first = std::max<FrameIndex>(0, visible.first);
  if (!(pixelsPerFrame > 0) || first >= visible.end) return ticks;
  // At least a pixel apart; NaN lands here too.
  if (!(minLabelPixels >= 1)) minLabelPixels = 1;
  if (display == TimeDisplay::Frames || !hasTime(rate)) {
    appendFramesTicks(ticks, first, visible.end, pixelsPerFrame, minLabelPixels);
  } else if (display == TimeDisplay::Timecode) {
    appendTimecodeTicks(ticks, first, visible.end, rate, pixelsPerFrame, minLabelPixels);
  } else {
    appendSecondsTicks(ticks, first, visible.end, rate, pixelsPerFrame, minLabelPixels);
  }
  return ticks;
}

}  // namespace marionette::timeline
