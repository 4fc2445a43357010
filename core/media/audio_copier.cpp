#include "core/media/audio_copier.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include "core/media/ffmpeg_input.h"
#include "core/media/file_util.h"

namespace marionette::media_detail {

namespace {

// Output time 0 is the source's first video frame, because the frames being
// written were made from that video; without video, the audio's own start.
std::int64_t zeroTimestamp(const AVFormatContext& format, const AVStream& audio) {
  const int video = av_find_best_stream(const_cast<AVFormatContext*>(&format), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (video >= 0 && format.streams[video]->start_time != AV_NOPTS_VALUE) {
    const AVStream& stream = *format.streams[video];
    return av_rescale_q(stream.start_time, stream.time_base, audio.time_base);
  }
  return audio.start_time == AV_NOPTS_VALUE ? 0 : audio.start_time;
}

}  // namespace

AudioCopier::AudioCopier(std::string sourcePath, InputFormatPtr source, AVStream* stream, std::int64_t zero)
    : sourcePath_(std::move(sourcePath)),
      source_(std::move(source)),
      input_(stream),
      zero_(zero),
      packet_(av_packet_alloc()) {}

Result<std::unique_ptr<AudioCopier>> AudioCopier::open(const std::string& sourcePath, Rational start) {
  installFfmpegLogCapture();
  InputFormatPtr source;
  if (const int opened = openCheckedInput(sourcePath, source); opened < 0) {
    if (std::string refused = takeInputRefusal(); !refused.empty()) return makeError(refused);
    return makeError("cannot read audio from " + quotePath(sourcePath) + ": " +
                     withFfmpegDetail(ffmpegErrorText(opened)));
  }
  const int found = avformat_find_stream_info(source.get(), nullptr);
  if (std::string refused = takeInputRefusal(); !refused.empty()) return makeError(refused);
  if (found < 0) {
    return makeError("cannot read audio from " + quotePath(sourcePath) + ": " +
                     withFfmpegDetail(ffmpegErrorText(found)));
  }
  const int index = av_find_best_stream(source.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
  if (index < 0) return std::unique_ptr<AudioCopier>();
  for (unsigned i = 0; i < source->nb_streams; ++i) {
    if (static_cast<int>(i) != index) source->streams[i]->discard = AVDISCARD_ALL;
  }
  AVStream* stream = source->streams[index];
  const std::int64_t zero = zeroTimestamp(*source, *stream) +
                            av_rescale(start.num(), stream->time_base.den, start.den() * stream->time_base.num);
  std::unique_ptr<AudioCopier> copier(new AudioCopier(sourcePath, std::move(source), stream, zero));
  if (!copier->packet_) return makeError("cannot read audio from " + quotePath(sourcePath) + ": out of memory");
  return copier;
}

Status AudioCopier::addStream(AVFormatContext& output, const std::string& destination) {
  const AVCodecID codec = input_->codecpar->codec_id;
  if (avformat_query_codec(output.oformat, codec, FF_COMPLIANCE_NORMAL) == 0) {
    return makeError("the audio of " + quotePath(sourcePath_) + " (" + avcodec_get_name(codec) +
                     ") cannot be stored in " + quotePath(destination) + " (a " + output.oformat->name +
                     " file); choose another container");
  }
  outputStream_ = avformat_new_stream(&output, nullptr);
  if (!outputStream_) return makeError("cannot write " + quotePath(destination) + ": out of memory");
  if (const int copied = avcodec_parameters_copy(outputStream_->codecpar, input_->codecpar); copied < 0) {
    return makeError("cannot copy the audio of " + quotePath(sourcePath_) + ": " + ffmpegErrorText(copied));
  }
  // The source container's codec tag may mean nothing in the output's.
  outputStream_->codecpar->codec_tag = 0;
  outputStream_->time_base = input_->time_base;
  output_ = &output;
  return {};
}

Result<bool> AudioCopier::readPacket() {
  for (;;) {
    const int read = av_read_frame(source_.get(), packet_.get());
    if (read == AVERROR_EOF) return false;
    if (read < 0) {
      return makeError("cannot read audio from " + quotePath(sourcePath_) + ": " +
                       withFfmpegDetail(ffmpegErrorText(read)));
    }
    if (packet_->stream_index != input_->index) {
      av_packet_unref(packet_.get());
      continue;
    }
    const std::int64_t start = packet_->pts != AV_NOPTS_VALUE ? packet_->pts : packet_->dts;
    // Packets ending before the first frame would play before the video starts.
    // One ending exactly at 0 is kept: it is usually the encoder's priming
    // packet, which the decoder needs to get the first real samples right.
    if (start != AV_NOPTS_VALUE && start - zero_ + packet_->duration < 0) {
      av_packet_unref(packet_.get());
      continue;
    }
    return true;
  }
}

Rational AudioCopier::packetStart() const {
  const std::int64_t start = packet_->pts != AV_NOPTS_VALUE ? packet_->pts : packet_->dts;
  if (start == AV_NOPTS_VALUE) return Rational(0);
  return Rational((start - zero_) * input_->time_base.num, input_->time_base.den);
}

Status AudioCopier::copyUntil(Rational until) {
  while (!sourceEnded_) {
    if (!havePacket_) {
      Result<bool> read = readPacket();
      if (!read) return read.error();
      havePacket_ = *read;
      if (!havePacket_) {
        sourceEnded_ = true;
        break;
      }
    }
    if (packetStart() >= until) break;
    if (packet_->pts != AV_NOPTS_VALUE) packet_->pts -= zero_;
    if (packet_->dts != AV_NOPTS_VALUE) packet_->dts -= zero_;
    av_packet_rescale_ts(packet_.get(), input_->time_base, outputStream_->time_base);
    packet_->stream_index = outputStream_->index;
    packet_->pos = -1;
    havePacket_ = false;
    // Takes the packet's data whether or not it succeeds.
    if (const int written = av_interleaved_write_frame(output_, packet_.get()); written < 0) {
      return makeError(ffmpegErrorText(written));
    }
  }
  return {};
}

}  // namespace marionette::media_detail
