#include "core/pipeline/clip_frame_source.h"

#include <filesystem>

namespace marionette {

namespace {

// Sleeps until `when` in steps short enough that stop() is prompt.
bool waitUntil(LiveClock::time_point when, const std::atomic<bool>& stopping) {
  constexpr auto kStep = std::chrono::milliseconds(5);
  while (!stopping) {
    const auto now = LiveClock::now();
    if (now >= when) return true;
    std::this_thread::sleep_for(std::min<LiveClock::duration>(when - now, kStep));
  }
  return false;
}

LiveClock::duration secondsAsDuration(double seconds) {
  return std::chrono::duration_cast<LiveClock::duration>(std::chrono::duration<double>(seconds));
}

}  // namespace

Result<std::unique_ptr<ClipFrameSource>> ClipFrameSource::open(const std::string& path) {
  auto reader = VideoReader::open(path, PixelLayout::Rgb);
  if (!reader) return reader.error();
  return std::unique_ptr<ClipFrameSource>(new ClipFrameSource(path, (*reader)->info()));
}

ClipFrameSource::ClipFrameSource(std::string path, VideoInfo info) : path_(std::move(path)), info_(std::move(info)) {}

ClipFrameSource::~ClipFrameSource() { stop(); }

std::string ClipFrameSource::name() const { return std::filesystem::path(path_).filename().string(); }

Rational ClipFrameSource::frameRate() const { return info_.frameRate; }

Status ClipFrameSource::start(LiveSink& sink) {
  stop();
  stopping_ = false;
  // Opened before the clock starts, so the first frame is not late.
  auto picture = VideoReader::open(path_, PixelLayout::Rgb);
  if (!picture) return picture.error();
  std::unique_ptr<AudioReader> sound;
  if (info_.audio) {
    auto opened = AudioReader::open(path_);
    if (opened) sound = std::move(*opened);  // a clip's sound is optional: the picture plays on without it
  }
  // A short lead lets the first frame be decoded before it is due.
  const LiveClock::time_point zero = LiveClock::now() + std::chrono::milliseconds(40);
  picture_ = std::thread(
      [this, &sink, zero, reader = std::move(*picture)]() mutable { playPicture(std::move(reader), sink, zero); });
  if (sound)
    sound_ = std::thread(
        [this, &sink, zero, reader = std::move(sound)]() mutable { playSound(std::move(reader), sink, zero); });
  return {};
}

void ClipFrameSource::stop() {
  stopping_ = true;
  if (picture_.joinable()) picture_.join();
  if (sound_.joinable()) sound_.join();
}

void ClipFrameSource::playPicture(std::unique_ptr<VideoReader> reader, LiveSink& sink, LiveClock::time_point zero) {
  std::int64_t sequence = 0;
  while (!stopping_) {
    auto next = reader->next();
    if (!next) {
      sink.sourceFailed(next.error().message);
      return;
    }
    if (!next->has_value()) break;
    VideoFrame& video = **next;
    if (!waitUntil(zero + secondsAsDuration(video.time.toDouble()), stopping_)) return;
    sink.frameArrived(LiveFrame{std::move(video.image), sequence++, LiveClock::now()});
  }
  if (!stopping_) sink.sourceEnded();
}

void ClipFrameSource::playSound(std::unique_ptr<AudioReader> reader, LiveSink& sink, LiveClock::time_point zero) {
  const int rate = reader->sampleRate(), channels = reader->channels();
  const std::size_t blockSamples = std::size_t(rate / 50) * channels;  // 20 ms, as a sound card delivers
  AudioSamples pending{rate, channels, {}};
  std::int64_t delivered = 0;
  auto deliver = [&](std::size_t count) {
    AudioSamples block{rate, channels, {pending.interleaved.begin(), pending.interleaved.begin() + count}};
    pending.interleaved.erase(pending.interleaved.begin(), pending.interleaved.begin() + count);
    delivered += block.frameCount();
    // A block is ready once its last sample has been "heard".
    if (!waitUntil(zero + secondsAsDuration(double(delivered) / rate), stopping_)) return false;
    sink.soundArrived(block);
    return true;
  };
  while (!stopping_) {
    auto next = reader->next();
    if (!next || !next->has_value()) break;
    const auto& samples = (*next)->interleaved;
    pending.interleaved.insert(pending.interleaved.end(), samples.begin(), samples.end());
    while (pending.interleaved.size() >= blockSamples)
      if (!deliver(blockSamples)) return;
  }
  if (!pending.interleaved.empty()) deliver(pending.interleaved.size());
}

}  // namespace marionette
