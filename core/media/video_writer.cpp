#include "core/media/video_writer.h"

#include <filesystem>
#include <optional>
#include <string_view>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

#include "core/base/atomic_file.h"
#include "core/base/partial_file.h"
#include "core/media/audio_copier.h"
#include "core/media/ffmpeg_util.h"
#include "core/media/file_util.h"
#include "core/media/video_encoder.h"

namespace marionette {

namespace {

using media_detail::quotePath;

using media_detail::isQuickTimeFamily;
using media_detail::OutputFormatPtr;

bool containerAccepts(const AVOutputFormat& container, const std::string& encoderName) {
  // avformat_query_codec only consults the muxer's tag table, which misses
  // codecs MOV handles specially: FFV1 in MOV works (the ffmpeg CLI writes it).
  if (encoderName == "ffv1" && std::string_view(container.name) == "mov") return true;
  const AVCodec* codec = avcodec_find_encoder_by_name(encoderName.c_str());
  return codec && avformat_query_codec(&container, codec->id, FF_COMPLIANCE_NORMAL) == 1;
}

class FfmpegVideoWriter final : public VideoWriter {
 public:
  FfmpegVideoWriter(std::string path, VideoWriterOptions options)
      : path_(std::move(path)), options_(std::move(options)) {}
  ~FfmpegVideoWriter() override { cancel(); }

  Status start();
  Status write(const Image& rgbFrame) override;
  Status finish() override;
  void cancel() override;
  std::vector<std::string> notes() const override { return notes_; }

 private:
  enum class State { Open, Finished, Abandoned };

  Status checkDestination() const;
  Result<const AVOutputFormat*> chooseContainer(const media_detail::EncoderChoice& choice) const;
  Status openOutput(const AVOutputFormat& container, const media_detail::EncoderChoice& choice);
  Status writeHeader();
  Status drainEncoder();
  Status finishStream();
  // Abandons the output (removing the temp file); the error sticks, so later
  // calls report the same reason.
  Error fail(const std::string& reason);
  Error writeFailure(int code);

  std::string path_;
  VideoWriterOptions options_;
  std::string temp_;
  OutputFormatPtr output_;
  media_detail::CodecContextPtr encoder_;
  AVStream* videoStream_ = nullptr;
  std::unique_ptr<media_detail::EncoderInput> input_;
  std::unique_ptr<media_detail::AudioCopier> audio_;
  media_detail::PacketPtr packet_;
  std::int64_t framesWritten_ = 0;
  State state_ = State::Open;
  std::optional<Error> failure_;
  std::vector<std::string> notes_;
};

Error FfmpegVideoWriter::fail(const std::string& reason) {
  cancel();
  failure_ = makeError(reason);
  return *failure_;
}

Error FfmpegVideoWriter::writeFailure(int code) {
  return fail("cannot write " + quotePath(path_) + ": " +
              media_detail::withFfmpegDetail(media_detail::ffmpegErrorText(code)));
}

// The destination must not be one of the job's inputs, even with overwrite:
// rendering a video over its own driving video destroys it mid-read.
Status FfmpegVideoWriter::checkDestination() const {
  std::vector<std::string> inputs = options_.protectedPaths;
  if (!options_.audioSourcePath.empty()) inputs.push_back(options_.audioSourcePath);
  return checkOutputPath(path_, options_.overwrite, inputs);
}

Result<const AVOutputFormat*> FfmpegVideoWriter::chooseContainer(const media_detail::EncoderChoice& choice) const {
  const AVOutputFormat* container = av_guess_format(nullptr, path_.c_str(), nullptr);
  if (!container) {
    return makeError("cannot tell which kind of video to write from the name " + quotePath(path_) + " (use " +
                     choice.containerHint + ")");
  }
  if (!containerAccepts(*container, choice.encoderName)) {
    return makeError(options_.codec + " video cannot be stored in " + quotePath(path_) + " (use " +
                     choice.containerHint + ")");
  }
  return container;
}

Status FfmpegVideoWriter::start() {
  Result<media_detail::EncoderChoice> choice = media_detail::chooseEncoder(options_);
  if (!choice) return makeError("cannot write " + quotePath(path_) + ": " + choice.error().message);
  Result<const AVOutputFormat*> container = chooseContainer(*choice);
  if (!container) return container.error();
  if (Status destination = checkDestination(); !destination) return destination;
  if (!options_.audioSourcePath.empty()) {
    Result<std::unique_ptr<media_detail::AudioCopier>> audio =
        media_detail::AudioCopier::open(options_.audioSourcePath, options_.audioStart);
    if (!audio) return audio.error();
    audio_ = std::move(*audio);
    if (!audio_) notes_.push_back(quotePath(options_.audioSourcePath) + " has no audio; the video is silent");
  }
  Result<std::string> temp = createPartial(path_, PartialKind::File);
  if (!temp) return temp.error();
  temp_ = *temp;
  if (Status opened = openOutput(**container, *choice); !opened) return fail(opened.error().message);
  if (choice->width != options_.width || choice->height != options_.height) {
    notes_.push_back("frames are cropped from " + std::to_string(options_.width) + "x" +
                     std::to_string(options_.height) + " to " + std::to_string(choice->width) + "x" +
                     std::to_string(choice->height) + " for " + options_.codec);
  }
  return {};
}

Status FfmpegVideoWriter::openOutput(const AVOutputFormat& container, const media_detail::EncoderChoice& choice) {
  AVFormatContext* raw = nullptr;
  if (const int allocated = avformat_alloc_output_context2(&raw, &container, nullptr, temp_.c_str()); allocated < 0) {
    return makeError("cannot write " + quotePath(path_) + ": " + media_detail::ffmpegErrorText(allocated));
  }
  output_.reset(raw);
  Result<media_detail::CodecContextPtr> encoder =
      media_detail::openEncoder(choice, options_, (container.flags & AVFMT_GLOBALHEADER) != 0);
  if (!encoder) return makeError("cannot write " + quotePath(path_) + ": " + encoder.error().message);
  encoder_ = std::move(*encoder);
  videoStream_ = avformat_new_stream(output_.get(), nullptr);
  packet_.reset(av_packet_alloc());
  if (!videoStream_ || !packet_) return makeError("cannot write " + quotePath(path_) + ": out of memory");
  if (const int copied = avcodec_parameters_from_context(videoStream_->codecpar, encoder_.get()); copied < 0) {
    return makeError("cannot write " + quotePath(path_) + ": " + media_detail::ffmpegErrorText(copied));
  }
  videoStream_->time_base = encoder_->time_base;
  videoStream_->avg_frame_rate = encoder_->framerate;
  if (audio_) {
    if (Status added = audio_->addStream(*output_, path_); !added) return added;
  }
  input_ = std::make_unique<media_detail::EncoderInput>(choice, options_.width, options_.height);
  return writeHeader();
}

Status FfmpegVideoWriter::writeHeader() {
  if (const int opened = avio_open(&output_->pb, temp_.c_str(), AVIO_FLAG_WRITE); opened < 0) {
    return makeError("cannot write " + quotePath(path_) + ": " + media_detail::ffmpegErrorText(opened));
  }
  AVDictionary* muxerOptions = nullptr;
  for (const auto& [key, value] : options_.metadata) av_dict_set(&output_->metadata, key.c_str(), value.c_str(), 0);
  // Index at the front, so players can start before the whole file arrives;
  // MP4 and MOV keep tags of any name only as metadata keys.
  if (isQuickTimeFamily(output_->oformat->name))
    av_dict_set(&muxerOptions, "movflags", options_.metadata.empty() ? "+faststart" : "+faststart+use_metadata_tags",
                0);
  const int written = avformat_write_header(output_.get(), &muxerOptions);
  av_dict_free(&muxerOptions);
  if (written < 0) {
    return makeError("cannot write " + quotePath(path_) + ": " +
                     media_detail::withFfmpegDetail(media_detail::ffmpegErrorText(written)));
  }
  return {};
}

Status FfmpegVideoWriter::drainEncoder() {
  for (;;) {
    const int received = avcodec_receive_packet(encoder_.get(), packet_.get());
    if (received == AVERROR(EAGAIN) || received == AVERROR_EOF) return {};
    if (received < 0) {
      return fail("cannot encode " + quotePath(path_) + ": " +
                  media_detail::withFfmpegDetail(media_detail::ffmpegErrorText(received)));
    }
    av_packet_rescale_ts(packet_.get(), encoder_->time_base, videoStream_->time_base);
    packet_->stream_index = videoStream_->index;
    const std::int64_t dts = packet_->dts;
    if (const int written = av_interleaved_write_frame(output_.get(), packet_.get()); written < 0) {
      return writeFailure(written);
    }
    // Audio follows the video as it is written, so the interleaving queue
    // stays short however long the video is.
    if (audio_ && dts != AV_NOPTS_VALUE) {
      const Rational videoTime(dts * videoStream_->time_base.num, videoStream_->time_base.den);
      if (Status copied = audio_->copyUntil(videoTime); !copied) {
        return fail("cannot write " + quotePath(path_) + ": " + copied.error().message);
      }
    }
  }
}

Status FfmpegVideoWriter::write(const Image& rgbFrame) {
  if (failure_) return *failure_;
  if (state_ != State::Open) return makeError("cannot write to " + quotePath(path_) + ": the writer is closed");
  Result<AVFrame*> frame = input_->convert(rgbFrame, framesWritten_);
  if (!frame)
    return makeError("cannot write frame " + std::to_string(framesWritten_) + " to " + quotePath(path_) + ": " +
                     frame.error().message);
  if (const int sent = avcodec_send_frame(encoder_.get(), *frame); sent < 0) {
    return fail("cannot encode " + quotePath(path_) + ": " +
                media_detail::withFfmpegDetail(media_detail::ffmpegErrorText(sent)));
  }
  ++framesWritten_;
  return drainEncoder();
}

Status FfmpegVideoWriter::finishStream() {
  if (const int sent = avcodec_send_frame(encoder_.get(), nullptr); sent < 0) {
    return fail("cannot encode " + quotePath(path_) + ": " + media_detail::ffmpegErrorText(sent));
  }
  if (Status drained = drainEncoder(); !drained) return drained;
  if (audio_) {
    const Rational videoLength = Rational(framesWritten_) / options_.frameRate;
    if (Status copied = audio_->copyUntil(videoLength); !copied) {
      return fail("cannot write " + quotePath(path_) + ": " + copied.error().message);
    }
  }
  if (const int trailer = av_write_trailer(output_.get()); trailer < 0) return writeFailure(trailer);
  // Closing flushes the last buffered bytes: a full disk may only show here.
  if (const int closed = avio_closep(&output_->pb); closed < 0) return writeFailure(closed);
  return {};
}

Status FfmpegVideoWriter::finish() {
  if (failure_) return *failure_;
  if (state_ != State::Open) return makeError("cannot finish " + quotePath(path_) + ": the writer is closed");
  if (framesWritten_ == 0) return fail("no frames were written to " + quotePath(path_));
  if (Status finished = finishStream(); !finished) return finished;
  output_.reset();
  // Re-checked because the file may have appeared while the video was encoding.
  if (Status destination = checkDestination(); !destination) return fail(destination.error().message);
  if (Status committed = media_detail::commitTemp(temp_, path_); !committed) return fail(committed.error().message);
  temp_.clear();
  state_ = State::Finished;
  return {};
}

void FfmpegVideoWriter::cancel() {
  if (state_ != State::Open) return;
  state_ = State::Abandoned;
  output_.reset();
  encoder_.reset();
  audio_.reset();
  if (!temp_.empty()) media_detail::removeQuietly(temp_);
  temp_.clear();
}

}  // namespace

Result<std::unique_ptr<VideoWriter>> VideoWriter::create(const std::string& path, const VideoWriterOptions& options) {
  media_detail::installFfmpegLogCapture();
  auto writer = std::make_unique<FfmpegVideoWriter>(path, options);
  if (Status started = writer->start(); !started) return started.error();
  return std::unique_ptr<VideoWriter>(std::move(writer));
}

}  // namespace marionette
