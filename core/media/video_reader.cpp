#include "core/media/video_reader.h"

#include <algorithm>
#include <utility>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include "core/media/ffmpeg_input.h"
#include "core/media/ffmpeg_util.h"
#include "core/media/file_util.h"
#include "core/media/frame_converter.h"
#include "core/media/video_probe.h"

namespace marionette {

namespace {

using media_detail::quotePath;

// Damaged streams produce runs of failing packets; past this many in a row the
// rest of the file is taken to be unreadable.
constexpr int kMaxConsecutiveFailures = 64;
// Each failed seek attempt starts this much further back (doubling).
constexpr std::int64_t kSeekBackoffSeconds = 1;
constexpr int kMaxSeekAttempts = 12;

class FfmpegVideoReader final : public VideoReader {
 public:
  FfmpegVideoReader(std::string path, PixelLayout layout) : path_(std::move(path)), layout_(layout) {}

  Status open();

  const VideoInfo& info() const override { return info_; }
  Result<std::optional<VideoFrame>> next() override;
  Status seek(Rational time) override;
  std::vector<std::string> warnings() const override { return warnings_; }

 private:
  // Decodes the next frame into frame_: true when there is one, false at the
  // end of the stream.
  Result<bool> decodeFrame();
  Status feedDecoder();
  void endInput();
  Error failure(const std::string& reason) const;

  Rational frameTime();
  Result<VideoFrame> deliver(std::int64_t index);
  Result<std::optional<VideoFrame>> endOfStream();
  Result<bool> seekFrom(std::int64_t timestamp, Rational target);
  std::int64_t streamStart() const { return startPts_ == AV_NOPTS_VALUE ? 0 : startPts_; }

  std::string path_;
  PixelLayout layout_;
  media_detail::InputFormatPtr format_;
  media_detail::CodecContextPtr codec_;
  media_detail::PacketPtr packet_;
  media_detail::FramePtr frame_;
  std::unique_ptr<media_detail::FrameConverter> converter_;
  AVStream* stream_ = nullptr;
  VideoInfo info_;

  std::int64_t startPts_ = AV_NOPTS_VALUE;  // the stream's zero time, in stream time base
  std::int64_t nextIndex_ = 0;
  std::int64_t delivered_ = 0;
  std::optional<Rational> lastTime_;
  std::optional<VideoFrame> pending_;  // found by seek(), handed out by the next next()
  bool inputEnded_ = false;
  bool ended_ = false;
  bool seeked_ = false;
  int consecutiveFailures_ = 0;
  int failedPackets_ = 0;
  std::string lastFailure_;
  std::vector<std::string> warnings_;
};

Status FfmpegVideoReader::open() {
  Result<media_detail::OpenedVideo> opened = media_detail::openVideo(path_);
  if (!opened) return opened.error();
  format_ = std::move(opened->format);
  codec_ = std::move(opened->codec);
  stream_ = opened->stream;
  info_ = std::move(opened->info);
  startPts_ = stream_->start_time;
  packet_.reset(av_packet_alloc());
  frame_.reset(av_frame_alloc());
  if (!packet_ || !frame_) return makeError("cannot open " + quotePath(path_) + ": out of memory");
  converter_ = std::make_unique<media_detail::FrameConverter>(stream_->codecpar->width, stream_->codecpar->height,
                                                              layout_, info_.rotationDegrees);
  return {};
}

Error FfmpegVideoReader::failure(const std::string& reason) const {
  return makeError(quotePath(path_) + " is truncated or corrupt: " + reason);
}

void FfmpegVideoReader::endInput() {
  avcodec_send_packet(codec_.get(), nullptr);  // enter draining: the decoder returns what it holds
  inputEnded_ = true;
}

Status FfmpegVideoReader::feedDecoder() {
  for (;;) {
    const int read = av_read_frame(format_.get(), packet_.get());
    // A playlist whose next segment is not a regular file skips it or ends:
    // say so, rather than "corrupt" or a short clip.
    if (read < 0) {
      if (std::string refused = media_detail::takeInputRefusal(); !refused.empty()) return makeError(refused);
    }
    if (read == AVERROR_EOF) {
      endInput();
      return {};
    }
    if (read < 0) {
      // A damaged or cut-off container: keep going while the demuxer can
      // still find packets, as players do.
      ++failedPackets_;
      lastFailure_ = media_detail::withFfmpegDetail(media_detail::ffmpegErrorText(read));
      if (++consecutiveFailures_ > kMaxConsecutiveFailures || read == AVERROR(EIO)) endInput();
      if (inputEnded_) return {};
      continue;
    }
    if (packet_->stream_index != stream_->index) {
      av_packet_unref(packet_.get());
      continue;
    }
    if (packet_->flags & AV_PKT_FLAG_CORRUPT) {
      // Typically the last packet of a cut-off file: still worth decoding, as
      // error concealment may recover most of the picture.
      ++failedPackets_;
      lastFailure_ = media_detail::withFfmpegDetail("damaged packet");
    }
    const int sent = avcodec_send_packet(codec_.get(), packet_.get());
    av_packet_unref(packet_.get());
    if (sent >= 0 || sent == AVERROR(EAGAIN)) return {};
    ++failedPackets_;
    lastFailure_ = media_detail::withFfmpegDetail(media_detail::ffmpegErrorText(sent));
    if (++consecutiveFailures_ > kMaxConsecutiveFailures) {
      return failure("decoding stopped at frame " + std::to_string(nextIndex_) + " (" + lastFailure_ + ")");
    }
  }
}

Result<bool> FfmpegVideoReader::decodeFrame() {
  for (;;) {
    const int received = avcodec_receive_frame(codec_.get(), frame_.get());
    if (received >= 0) {
      consecutiveFailures_ = 0;
      return true;
    }
    if (received == AVERROR_EOF) return false;
    if (received != AVERROR(EAGAIN)) {
      // A damaged frame; decoders recover at the next keyframe, as players do.
      ++failedPackets_;
      lastFailure_ = media_detail::withFfmpegDetail(media_detail::ffmpegErrorText(received));
      if (++consecutiveFailures_ > kMaxConsecutiveFailures) {
        return failure("decoding stopped at frame " + std::to_string(nextIndex_) + " (" + lastFailure_ + ")");
      }
      continue;
    }
    if (inputEnded_) return false;
    if (Status fed = feedDecoder(); !fed) return fed.error();
  }
}

// Exact time of frame_ relative to the stream start; frames without any
// timestamp continue from the previous one at the nominal rate.
Rational FfmpegVideoReader::frameTime() {
  const std::int64_t pts = frame_->best_effort_timestamp;
  if (pts == AV_NOPTS_VALUE) {
    return lastTime_ ? *lastTime_ + info_.frameRate.inverse() : Rational(0);
  }
  if (startPts_ == AV_NOPTS_VALUE) startPts_ = pts;
  const AVRational base = stream_->time_base;
  const Rational time((pts - startPts_) * base.num, base.den);
  if (info_.variableFrameRate) return time;
  // Containers with coarse clocks (Matroska counts milliseconds) store 8/30 s
  // as 0.267 s. For constant-rate video the exact grid time is meant, and
  // floor(time * rate) must give the frame number back.
  const Rational slot = Rational((time * info_.frameRate + Rational(1, 2)).floor()) / info_.frameRate;
  const Rational tick(base.num, base.den);
  const Rational offset = slot > time ? slot - time : time - slot;
  return offset <= tick ? slot : time;
}

Result<VideoFrame> FfmpegVideoReader::deliver(std::int64_t index) {
  VideoFrame frame;
  frame.time = frameTime();
  Result<Image> image = converter_->convert(*frame_);
  if (!image) return makeError("cannot decode " + quotePath(path_) + ": " + image.error().message);
  frame.image = std::move(*image);
  frame.index = index;
  lastTime_ = frame.time;
  nextIndex_ = index + 1;
  ++delivered_;
  return frame;
}

Result<std::optional<VideoFrame>> FfmpegVideoReader::endOfStream() {
  ended_ = true;
  if (delivered_ == 0 && !seeked_) {
    if (failedPackets_ > 0) return failure("no frame could be decoded (" + lastFailure_ + ")");
    return makeError(quotePath(path_) + " contains no video frames");
  }
  if (failedPackets_ > 0 && warnings_.empty()) {
    const bool cutShort = !seeked_ && info_.frameCount > 0 && nextIndex_ < info_.frameCount;
    warnings_.push_back(quotePath(path_) + " is truncated or corrupt: " +
                        (cutShort ? "decoding stopped at frame " + std::to_string(nextIndex_) + " of " +
                                        std::to_string(info_.frameCount)
                                  : std::to_string(failedPackets_) + " damaged packets (" + lastFailure_ + ")"));
  }
  return std::optional<VideoFrame>();
}

Result<std::optional<VideoFrame>> FfmpegVideoReader::next() {
  if (pending_) return std::optional<VideoFrame>(std::exchange(pending_, std::nullopt));
  if (ended_) return std::optional<VideoFrame>();
  Result<bool> decoded = decodeFrame();
  if (!decoded) {
    ended_ = true;
    return decoded.error();
  }
  if (!*decoded) return endOfStream();
  Result<VideoFrame> frame = deliver(nextIndex_);
  if (!frame) return frame.error();
  return std::optional<VideoFrame>(std::move(*frame));
}

// One seek attempt: true when the decoder, positioned at `timestamp`, came out
// at or before `target` (or at the very start); frames before the target are
// then skipped and the target frame becomes pending_.
Result<bool> FfmpegVideoReader::seekFrom(std::int64_t timestamp, Rational target) {
  if (av_seek_frame(format_.get(), stream_->index, timestamp, AVSEEK_FLAG_BACKWARD) < 0) return false;
  avcodec_flush_buffers(codec_.get());
  inputEnded_ = false;
  ended_ = false;
  consecutiveFailures_ = 0;
  bool first = true;
  for (;;) {
    Result<bool> decoded = decodeFrame();
    if (!decoded) return decoded.error();
    if (!*decoded) {
      ended_ = true;  // the target lies past the last frame
      return true;
    }
    const Rational time = frameTime();
    if (first && time > target && timestamp > streamStart()) return false;  // landed after the target
    first = false;
    if (time < target) continue;
    // Decode order is not known after a jump; the nominal rate gives the index
    // exactly for constant-rate video.
    const Rational position = time * info_.frameRate + Rational(1, 2);
    Result<VideoFrame> frame = deliver(position.floor());
    if (!frame) return frame.error();
    pending_ = std::move(*frame);
    return true;
  }
}

Status FfmpegVideoReader::seek(Rational time) {
  pending_.reset();
  seeked_ = true;
  if (time < Rational(0)) time = Rational(0);
  const AVRational base = stream_->time_base;
  const std::int64_t start = streamStart();
  const std::int64_t target = start + (time * Rational(base.den, base.num)).floor();
  std::int64_t backoff = av_rescale_q(kSeekBackoffSeconds, AVRational{1, 1}, base);
  std::int64_t timestamp = target;
  for (int attempt = 0; attempt < kMaxSeekAttempts; ++attempt) {
    Result<bool> landed = seekFrom(timestamp, time);
    if (!landed) return landed.error();
    if (*landed) return {};
    if (timestamp <= start) break;
    // Some demuxers index keyframes by decode time and land just after the
    // target; step back further until decoding starts before it.
    timestamp = std::max(start, timestamp - backoff);
    backoff *= 2;
  }
  return makeError("cannot seek to " + std::to_string(time.toDouble()) + " s in " + quotePath(path_));
}

}  // namespace

Result<std::unique_ptr<VideoReader>> VideoReader::open(const std::string& path, PixelLayout layout) {
  auto reader = std::make_unique<FfmpegVideoReader>(path, layout);
  if (Status opened = reader->open(); !opened) return opened.error();
  return std::unique_ptr<VideoReader>(std::move(reader));
}

}  // namespace marionette
