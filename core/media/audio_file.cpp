#include "core/media/audio_file.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
}

#include <algorithm>
#include <filesystem>

#include "core/base/partial_file.h"
#include "core/media/ffmpeg_input.h"
#include "core/media/ffmpeg_util.h"
#include "core/media/file_util.h"

namespace marionette {

namespace {

using media_detail::ffmpegErrorText;
using media_detail::quotePath;

struct ResamplerDeleter {
  void operator()(SwrContext* context) const { swr_free(&context); }
};
using ResamplerPtr = std::unique_ptr<SwrContext, ResamplerDeleter>;

struct FifoDeleter {
  void operator()(AVAudioFifo* fifo) const { av_audio_fifo_free(fifo); }
};
using FifoPtr = std::unique_ptr<AVAudioFifo, FifoDeleter>;

class FfmpegAudioReader final : public AudioReader {
 public:
  explicit FfmpegAudioReader(std::string path) : path_(std::move(path)) {}

  Status open() {
    media_detail::installFfmpegLogCapture();
    if (const int opened = media_detail::openCheckedInput(path_, format_); opened < 0) {
      const std::string refusal = media_detail::takeInputRefusal();
      return makeError("cannot read " + quotePath(path_) + ": " +
                       (refusal.empty() ? ffmpegErrorText(opened) : refusal));
    }
    if (avformat_find_stream_info(format_.get(), nullptr) < 0)
      return makeError("cannot read " + quotePath(path_) + ": not a media file");
    const AVCodec* codec = nullptr;
    stream_ = av_find_best_stream(format_.get(), AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (stream_ < 0 || !codec) return makeError(quotePath(path_) + " has no sound");
    decoder_.reset(avcodec_alloc_context3(codec));
    frame_.reset(av_frame_alloc());
    packet_.reset(av_packet_alloc());
    if (!decoder_ || !frame_ || !packet_) return makeError("cannot read " + quotePath(path_) + ": out of memory");
    avcodec_parameters_to_context(decoder_.get(), format_->streams[stream_]->codecpar);
    if (const int opened = avcodec_open2(decoder_.get(), codec, nullptr); opened < 0)
      return makeError("cannot decode the sound of " + quotePath(path_) + ": " + ffmpegErrorText(opened));
    channels_ = std::clamp(decoder_->ch_layout.nb_channels, 1, 2);
    AVChannelLayout outLayout;
    av_channel_layout_default(&outLayout, channels_);
    SwrContext* raw = nullptr;
    const int made = swr_alloc_set_opts2(&raw, &outLayout, AV_SAMPLE_FMT_S16, decoder_->sample_rate,
                                         &decoder_->ch_layout, decoder_->sample_fmt, decoder_->sample_rate, 0, nullptr);
    resampler_.reset(raw);
    if (made < 0 || swr_init(resampler_.get()) < 0)
      return makeError("cannot convert the sound of " + quotePath(path_) + " to 16-bit samples");
    return {};
  }

  int sampleRate() const override { return decoder_->sample_rate; }
  int channels() const override { return channels_; }

  Result<std::optional<AudioSamples>> next() override {
    for (;;) {
      const int received = avcodec_receive_frame(decoder_.get(), frame_.get());
      if (received >= 0) return convert();
      if (received == AVERROR_EOF) return std::optional<AudioSamples>();
      if (received != AVERROR(EAGAIN))
        return makeError("cannot decode the sound of " + quotePath(path_) + ": " + ffmpegErrorText(received));
      if (Status fed = feed(); !fed) return fed.error();
    }
  }

 private:
  Status feed() {
    for (;;) {
      const int read = av_read_frame(format_.get(), packet_.get());
      if (read == AVERROR_EOF) {
        avcodec_send_packet(decoder_.get(), nullptr);
        return {};
      }
      if (read < 0) return makeError("cannot read " + quotePath(path_) + ": " + ffmpegErrorText(read));
      const bool ours = packet_->stream_index == stream_;
      if (ours) avcodec_send_packet(decoder_.get(), packet_.get());
      av_packet_unref(packet_.get());
      if (ours) return {};
    }
  }

  Result<std::optional<AudioSamples>> convert() {
    AudioSamples out;
    out.sampleRate = decoder_->sample_rate;
    out.channels = channels_;
    const int capacity = swr_get_out_samples(resampler_.get(), frame_->nb_samples);
    out.interleaved.resize(std::size_t(std::max(capacity, 0)) * channels_);
    auto* target = reinterpret_cast<std::uint8_t*>(out.interleaved.data());
    const int converted = swr_convert(resampler_.get(), &target, capacity,
                                      const_cast<const std::uint8_t**>(frame_->extended_data), frame_->nb_samples);
    av_frame_unref(frame_.get());
    if (converted < 0) return makeError("cannot convert the sound of " + quotePath(path_));
    out.interleaved.resize(std::size_t(converted) * channels_);
    return std::optional<AudioSamples>(std::move(out));
  }

  std::string path_;
  media_detail::InputFormatPtr format_;
  media_detail::CodecContextPtr decoder_;
  media_detail::FramePtr frame_;
  media_detail::PacketPtr packet_;
  ResamplerPtr resampler_;
  int stream_ = -1;
  int channels_ = 1;
};

class AacAudioWriter final : public AudioWriter {
 public:
  AacAudioWriter(std::string path, int sampleRate, int channels)
      : path_(std::move(path)), sampleRate_(sampleRate), channels_(channels) {}
  ~AacAudioWriter() override {
    format_.reset();
    if (!temp_.empty()) media_detail::removeQuietly(temp_);
  }

  Status open() {
    if (sampleRate_ < 8000 || sampleRate_ > 192000 || channels_ < 1 || channels_ > 2)
      return makeError("cannot record sound at " + std::to_string(sampleRate_) + " Hz with " +
                       std::to_string(channels_) + " channels (8000-192000 Hz, mono or stereo)");
    if (std::filesystem::exists(path_)) return makeError(quotePath(path_) + " already exists");
    Result<std::string> temp = createPartial(path_, PartialKind::File);
    if (!temp) return temp.error();
    temp_ = *temp;
    const AVOutputFormat* container = av_guess_format("ipod", nullptr, nullptr);
    AVFormatContext* raw = nullptr;
    if (const int made = avformat_alloc_output_context2(&raw, container, nullptr, temp_.c_str()); made < 0)
      return failure(made);
    format_.reset(raw);
    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec) return makeError("cannot write " + quotePath(path_) + ": this FFmpeg has no AAC encoder");
    encoder_.reset(avcodec_alloc_context3(codec));
    frame_.reset(av_frame_alloc());
    packet_.reset(av_packet_alloc());
    if (!encoder_ || !frame_ || !packet_) return makeError("cannot write " + quotePath(path_) + ": out of memory");
    encoder_->sample_rate = sampleRate_;
    encoder_->sample_fmt = AV_SAMPLE_FMT_FLTP;
    encoder_->bit_rate = 64000 * channels_;
    encoder_->time_base = AVRational{1, sampleRate_};
    av_channel_layout_default(&encoder_->ch_layout, channels_);
    if (format_->oformat->flags & AVFMT_GLOBALHEADER) encoder_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (const int opened = avcodec_open2(encoder_.get(), codec, nullptr); opened < 0) return failure(opened);
    stream_ = avformat_new_stream(format_.get(), nullptr);
    if (!stream_) return makeError("cannot write " + quotePath(path_) + ": out of memory");
    avcodec_parameters_from_context(stream_->codecpar, encoder_.get());
    stream_->time_base = encoder_->time_base;
    SwrContext* resampler = nullptr;
    swr_alloc_set_opts2(&resampler, &encoder_->ch_layout, AV_SAMPLE_FMT_FLTP, sampleRate_, &encoder_->ch_layout,
                        AV_SAMPLE_FMT_S16, sampleRate_, 0, nullptr);
    resampler_.reset(resampler);
    fifo_.reset(av_audio_fifo_alloc(AV_SAMPLE_FMT_FLTP, channels_, encoder_->frame_size * 4));
    if (!resampler_ || swr_init(resampler_.get()) < 0 || !fifo_)
      return makeError("cannot write " + quotePath(path_) + ": cannot set up the sound conversion");
    if (const int opened = avio_open(&format_->pb, temp_.c_str(), AVIO_FLAG_WRITE); opened < 0) return failure(opened);
    if (const int written = avformat_write_header(format_.get(), nullptr); written < 0) return failure(written);
    return {};
  }

  Status write(const AudioSamples& samples) override {
    if (failed_) return *failed_;
    if (samples.sampleRate != sampleRate_ || samples.channels != channels_)
      return makeError("sound at " + std::to_string(samples.sampleRate) + " Hz with " +
                       std::to_string(samples.channels) + " channels cannot go into " + quotePath(path_) +
                       ", which records " + std::to_string(sampleRate_) + " Hz with " + std::to_string(channels_));
    const int count = int(samples.frameCount());
    if (count == 0) return {};
    FramePtr planar(av_frame_alloc());
    planar->nb_samples = count;
    planar->format = AV_SAMPLE_FMT_FLTP;
    av_channel_layout_copy(&planar->ch_layout, &encoder_->ch_layout);
    if (av_frame_get_buffer(planar.get(), 0) < 0)
      return makeError("cannot write " + quotePath(path_) + ": out of memory");
    const auto* source = reinterpret_cast<const std::uint8_t*>(samples.interleaved.data());
    if (swr_convert(resampler_.get(), planar->extended_data, count, &source, count) < 0)
      return makeError("cannot convert sound for " + quotePath(path_));
    av_audio_fifo_write(fifo_.get(), reinterpret_cast<void**>(planar->extended_data), count);
    written_ += count;
    return encodeWhole(false);
  }

  Status finish() override {
    if (failed_) return *failed_;
    if (Status encoded = encodeWhole(true); !encoded) return encoded;
    if (const int sent = avcodec_send_frame(encoder_.get(), nullptr); sent < 0) return failure(sent);
    if (Status drained = drain(); !drained) return drained;
    if (const int trailer = av_write_trailer(format_.get()); trailer < 0) return failure(trailer);
    if (const int closed = avio_closep(&format_->pb); closed < 0) return failure(closed);
    format_.reset();
    if (Status committed = media_detail::commitTemp(temp_, path_); !committed) return committed;
    temp_.clear();
    return {};
  }

  double secondsWritten() const override { return double(written_) / sampleRate_; }

 private:
  using FramePtr = media_detail::FramePtr;

  // Whole encoder frames from the FIFO; at the end also the short rest.
  Status encodeWhole(bool last) {
    const int size = encoder_->frame_size;
    while (av_audio_fifo_size(fifo_.get()) >= size || (last && av_audio_fifo_size(fifo_.get()) > 0)) {
      const int count = std::min(size, av_audio_fifo_size(fifo_.get()));
      av_frame_unref(frame_.get());
      frame_->nb_samples = count;
      frame_->format = AV_SAMPLE_FMT_FLTP;
      frame_->sample_rate = sampleRate_;
      av_channel_layout_copy(&frame_->ch_layout, &encoder_->ch_layout);
      if (av_frame_get_buffer(frame_.get(), 0) < 0)
        return makeError("cannot write " + quotePath(path_) + ": out of memory");
      av_audio_fifo_read(fifo_.get(), reinterpret_cast<void**>(frame_->extended_data), count);
      frame_->pts = pts_;
      pts_ += count;
      if (const int sent = avcodec_send_frame(encoder_.get(), frame_.get()); sent < 0) return failure(sent);
      if (Status drained = drain(); !drained) return drained;
    }
    return {};
  }

  Status drain() {
    for (;;) {
      const int received = avcodec_receive_packet(encoder_.get(), packet_.get());
      if (received == AVERROR(EAGAIN) || received == AVERROR_EOF) return {};
      if (received < 0) return failure(received);
      av_packet_rescale_ts(packet_.get(), encoder_->time_base, stream_->time_base);
      packet_->stream_index = stream_->index;
      if (const int written = av_interleaved_write_frame(format_.get(), packet_.get()); written < 0)
        return failure(written);
    }
  }

  Status failure(int code) {
    failed_ = makeError("cannot write " + quotePath(path_) + ": " + ffmpegErrorText(code));
    return *failed_;
  }

  std::string path_, temp_;
  int sampleRate_, channels_;
  media_detail::OutputFormatPtr format_;
  media_detail::CodecContextPtr encoder_;
  FramePtr frame_;
  media_detail::PacketPtr packet_;
  ResamplerPtr resampler_;
  FifoPtr fifo_;
  AVStream* stream_ = nullptr;
  std::int64_t pts_ = 0, written_ = 0;
  std::optional<Status> failed_;
};

Status joinFailure(const std::string& output, int code) {
  return makeError("cannot write " + quotePath(output) + ": " + ffmpegErrorText(code));
}

}  // namespace

Result<std::unique_ptr<AudioReader>> AudioReader::open(const std::string& path) {
  auto reader = std::make_unique<FfmpegAudioReader>(path);
  if (Status opened = reader->open(); !opened) return opened.error();
  return std::unique_ptr<AudioReader>(std::move(reader));
}

Result<std::unique_ptr<AudioWriter>> AudioWriter::create(const std::string& path, int sampleRate, int channels) {
  auto writer = std::make_unique<AacAudioWriter>(path, sampleRate, channels);
  if (Status opened = writer->open(); !opened) return opened.error();
  return std::unique_ptr<AudioWriter>(std::move(writer));
}

Status joinVideoAndAudio(const std::string& videoPath, const std::string& audioPath, const std::string& output) {
  if (std::filesystem::exists(output)) return makeError(quotePath(output) + " already exists");
  media_detail::InputFormatPtr inputs[2];
  const std::string paths[2] = {videoPath, audioPath};
  const AVMediaType kinds[2] = {AVMEDIA_TYPE_VIDEO, AVMEDIA_TYPE_AUDIO};
  int streams[2] = {-1, -1};
  for (int i = 0; i < 2; ++i) {
    if (const int opened = media_detail::openCheckedInput(paths[i], inputs[i]); opened < 0)
      return makeError("cannot read " + quotePath(paths[i]) + ": " + ffmpegErrorText(opened));
    if (avformat_find_stream_info(inputs[i].get(), nullptr) < 0)
      return makeError("cannot read " + quotePath(paths[i]) + ": not a media file");
    streams[i] = av_find_best_stream(inputs[i].get(), kinds[i], -1, -1, nullptr, 0);
    if (streams[i] < 0)
      return makeError(quotePath(paths[i]) + (i == 0 ? " has no video stream" : " has no audio stream"));
  }
  Result<std::string> temp = createPartial(output, PartialKind::File);
  if (!temp) return temp.error();
  struct RemoveUnlessKept {
    std::string path;
    ~RemoveUnlessKept() {
      if (!path.empty()) media_detail::removeQuietly(path);
    }
  } guard{*temp};
  media_detail::OutputFormatPtr muxer;
  {
    AVFormatContext* raw = nullptr;
    if (const int made = avformat_alloc_output_context2(&raw, nullptr, nullptr, temp->c_str()); made < 0)
      return joinFailure(output, made);
    muxer.reset(raw);
  }
  AVStream* outStreams[2] = {};
  for (int i = 0; i < 2; ++i) {
    outStreams[i] = avformat_new_stream(muxer.get(), nullptr);
    if (!outStreams[i]) return makeError("cannot write " + quotePath(output) + ": out of memory");
    avcodec_parameters_copy(outStreams[i]->codecpar, inputs[i]->streams[streams[i]]->codecpar);
    outStreams[i]->codecpar->codec_tag = 0;
    outStreams[i]->time_base = inputs[i]->streams[streams[i]]->time_base;
  }
  outStreams[0]->avg_frame_rate = inputs[0]->streams[streams[0]]->avg_frame_rate;
  if (const int opened = avio_open(&muxer->pb, temp->c_str(), AVIO_FLAG_WRITE); opened < 0)
    return joinFailure(output, opened);
  if (const int written = avformat_write_header(muxer.get(), nullptr); written < 0) return joinFailure(output, written);
  media_detail::PacketPtr packets[2] = {media_detail::PacketPtr(av_packet_alloc()),
                                        media_detail::PacketPtr(av_packet_alloc())};
  bool pending[2] = {false, false}, ended[2] = {false, false};
  double videoEnd = 0;
  auto readNext = [&](int i) -> Status {
    for (;;) {
      const int read = av_read_frame(inputs[i].get(), packets[i].get());
      if (read == AVERROR_EOF) {
        ended[i] = true;
        return {};
      }
      if (read < 0) return makeError("cannot read " + quotePath(paths[i]) + ": " + ffmpegErrorText(read));
      if (packets[i]->stream_index == streams[i]) {
        pending[i] = true;
        return {};
      }
      av_packet_unref(packets[i].get());
    }
  };
  auto seconds = [&](int i) {
    const AVRational base = inputs[i]->streams[streams[i]]->time_base;
    const std::int64_t ts = packets[i]->dts != AV_NOPTS_VALUE ? packets[i]->dts : packets[i]->pts;
    return ts == AV_NOPTS_VALUE ? 0.0 : double(ts) * base.num / base.den;
  };
  for (int i = 0; i < 2; ++i)
    if (Status read = readNext(i); !read) return read;
  while (pending[0] || pending[1]) {
    // The earlier packet goes first, so players never wait for one stream.
    const int i = !pending[1] || (pending[0] && seconds(0) <= seconds(1)) ? 0 : 1;
    if (i == 0) {
      const AVRational base = inputs[0]->streams[streams[0]]->time_base;
      const std::int64_t end = packets[0]->pts + std::max<std::int64_t>(packets[0]->duration, 0);
      videoEnd = std::max(videoEnd, double(end) * base.num / base.den);
    } else if (ended[0] && !pending[0] && seconds(1) >= videoEnd) {
      av_packet_unref(packets[1].get());
      pending[1] = false;
      break;
    }
    packets[i]->stream_index = outStreams[i]->index;
    av_packet_rescale_ts(packets[i].get(), inputs[i]->streams[streams[i]]->time_base, outStreams[i]->time_base);
    packets[i]->pos = -1;
    if (const int written = av_interleaved_write_frame(muxer.get(), packets[i].get()); written < 0)
      return joinFailure(output, written);
    pending[i] = false;
    if (!ended[i])
      if (Status read = readNext(i); !read) return read;
  }
  if (const int trailer = av_write_trailer(muxer.get()); trailer < 0) return joinFailure(output, trailer);
  if (const int closed = avio_closep(&muxer->pb); closed < 0) return joinFailure(output, closed);
  muxer.reset();
  if (Status committed = media_detail::commitTemp(*temp, output); !committed) return committed;
  guard.path.clear();
  return {};
}

}  // namespace marionette
