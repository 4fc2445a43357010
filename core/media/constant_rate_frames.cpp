#include "core/media/constant_rate_frames.h"

namespace marionette {

namespace {

// A jump ahead by more than this is a seek; less is decoded through.
constexpr double kMaxDecodeAheadSeconds = 0.5;
// Where a backwards seek starts looking for the frame showing at a time: a
// variable-rate file may not have one at the time itself.
constexpr double kLookBackSeconds = 1.0;

}  // namespace

ConstantRateFrames::ConstantRateFrames(std::unique_ptr<VideoReader> reader, Rational rate)
    : reader_(std::move(reader)), rate_(rate) {}

Result<std::unique_ptr<ConstantRateFrames>> ConstantRateFrames::open(const std::string& path, Rational rate,
                                                                     PixelLayout layout) {
  if (!(rate > Rational(0))) return makeError("a constant frame rate must be positive");
  auto reader = VideoReader::open(path, layout);
  if (!reader) return reader.error();
  return std::unique_ptr<ConstantRateFrames>(new ConstantRateFrames(std::move(*reader), rate));
}

Result<bool> ConstantRateFrames::readAhead() {
  if (ended_) return false;
  auto frame = reader_->next();
  if (!frame) return frame.error();
  if (!frame->has_value()) {
    ended_ = true;
    next_.reset();
    return false;
  }
  next_ = std::move(**frame);
  return true;
}

Status ConstantRateFrames::restartBefore(Rational time) {
  // Past the end the last picture stands: look for it just before the end.
  const Rational duration = info().duration;
  if (duration > Rational(0) && !(time < duration)) time = std::max(Rational(0), duration - rate_.inverse());
  // A constant-rate file read at its own rate has a frame at the time itself.
  // When the first frame found starts later (a variable-rate file, another
  // rate), the picture showing then is searched from a little before.
  for (Rational from : {time, std::max(Rational(0), time - Rational(std::int64_t(kLookBackSeconds * 1000), 1000))}) {
    if (Status sought = reader_->seek(from); !sought) return sought;
    shown_.reset();
    next_.reset();
    ended_ = false;
    auto first = readAhead();
    if (!first) return first.error();
    if (!next_ || next_->time <= time || from == Rational(0)) return {};
  }
  return {};
}

Result<Image> ConstantRateFrames::frameAt(std::int64_t index) {
  const Rational time = Rational(std::max<std::int64_t>(0, index)) / rate_;
  const bool started = shown_.has_value() || next_.has_value();
  const bool backwards = shown_ && time < shown_->time;
  const bool farAhead = next_ && (time - next_->time).toDouble() > kMaxDecodeAheadSeconds;
  if (!started && time.toDouble() <= kMaxDecodeAheadSeconds) {
    auto first = readAhead();
    if (!first) return first.error();
  } else if (!started || backwards || farAhead) {
    if (Status restarted = restartBefore(time); !restarted) return restarted.error();
  }
  // Frames at or before `time` take their turn; the last of them shows.
  while (next_ && next_->time <= time) {
    shown_ = std::move(next_);
    next_.reset();
    auto more = readAhead();
    if (!more) return more.error();
  }
  // The file's first frame may start a little late; it stands for the start.
  if (!shown_ && next_) shown_ = next_;
  if (!shown_) return makeError("the driving video has no frame at " + std::to_string(time.toDouble()) + " s");
  return shown_->image;
}

}  // namespace marionette
