#include "core/media/video_probe.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

#include "core/base/file_check.h"
#include "core/media/ffmpeg_input.h"
#include "core/media/file_util.h"

namespace marionette::media_detail {

namespace {

// Frame threading on two workers: the machines this runs on have two cores,
// and the tracker needs one of them.
constexpr int kDecoderThreads = 2;
// r_frame_rate and avg_frame_rate of constant-rate files differ by rounding at
// most; beyond this the timestamps are genuinely irregular.
constexpr double kVariableRateTolerance = 0.01;
constexpr std::size_t kProbeBytes = 1 << 20;
// AVERROR(errno) values are small negatives; FFmpeg's own codes are tags.
constexpr int kLargestErrno = 4095;
// 8K (7680x4320, either way up) is the largest frame any camera or phone
// records; a header claiming more is refused before a decoder allocates
// frames of that size (one 12000x12000 frame alone is 216 MB).
constexpr int kMaxVideoSide = 8192;

Rational toRational(AVRational value) { return Rational(value.num, value.den); }
bool positive(AVRational value) { return value.num > 0 && value.den > 0; }
bool isSystemError(int code) { return code < 0 && code >= -kLargestErrno; }

bool isStillImageDemuxer(std::string_view name) {
  return name == "image2" || name == "image2pipe" || name.ends_with("_pipe");
}

// The "tty" demuxer shows text files as ANSI art; nobody means that as a video.
bool isTextDemuxer(std::string_view name) { return name == "tty"; }

// Whether FFmpeg recognises the container at all, to tell a damaged video
// from a file that never was one.
bool recognisedContainer(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return false;
  std::vector<std::uint8_t> buffer(kProbeBytes + AVPROBE_PADDING_SIZE, 0);
  const std::size_t size = std::fread(buffer.data(), 1, kProbeBytes, file);
  std::fclose(file);
  AVProbeData probe{path.c_str(), buffer.data(), static_cast<int>(size), nullptr};
  int score = 0;
  const AVInputFormat* format = av_probe_input_format3(&probe, 1, &score);
  return format && score >= AVPROBE_SCORE_RETRY && !isTextDemuxer(format->name) && !isStillImageDemuxer(format->name);
}

Error notAVideo(const std::string& path) { return makeError(quotePath(path) + " is not a video file FFmpeg can read"); }

Error corrupt(const std::string& path, const std::string& detail) {
  return makeError(quotePath(path) + " is truncated or corrupt" + (detail.empty() ? "" : " (" + detail + ")"));
}

// Refused before FFmpeg opens anything: a named pipe would block the open
// and a device would stream forever.
Status checkFile(const std::string& path) {
  Result<std::uint64_t> size = checkRegularFile(path, "a video");
  if (!size) return size.error();
  if (*size == 0) return makeError(quotePath(path) + " is an empty file, not a video");
  return {};
}

Result<InputFormatPtr> openContainer(const std::string& path) {
  if (Status usable = checkFile(path); !usable) return usable.error();
  takeFfmpegLogMessage();
  InputFormatPtr format;
  const int opened = openCheckedInput(path, format);
  if (opened < 0) {
    const std::string detail = takeFfmpegLogMessage();
    if (std::string refused = takeInputRefusal(); !refused.empty()) return makeError(refused);
    // A demuxer refusing its header can answer with an errno (y4m gives EBUSY
    // for an impossible picture size); its log line says what is wrong.
    if (isSystemError(opened) && detail.empty()) {
      return makeError("cannot open " + quotePath(path) + ": " + ffmpegErrorText(opened));
    }
    if (!recognisedContainer(path)) return notAVideo(path);
    return corrupt(path, detail.empty() ? ffmpegErrorText(opened) : detail);
  }
  const std::string_view name = format->iformat->name;
  if (isTextDemuxer(name)) return notAVideo(path);
  if (isStillImageDemuxer(name)) return makeError(quotePath(path) + " is a still image, not a video");
  const int found = avformat_find_stream_info(format.get(), nullptr);
  // A playlist opens its segments here: a refused one explains whatever failed.
  if (std::string refused = takeInputRefusal(); !refused.empty()) return makeError(refused);
  if (found < 0) return corrupt(path, withFfmpegDetail(ffmpegErrorText(found)));
  takeFfmpegLogMessage();  // complaints about damaged packets come back, if they matter, from decoding
  return format;
}

bool isAttachedPicture(const AVStream& stream) { return (stream.disposition & AV_DISPOSITION_ATTACHED_PIC) != 0; }

// FFmpeg's choice of video stream, except cover art, which is a still image.
Result<AVStream*> chooseVideoStream(const std::string& path, AVFormatContext& format) {
  int index = av_find_best_stream(&format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (index >= 0 && isAttachedPicture(*format.streams[index])) index = -1;
  for (unsigned i = 0; index < 0 && i < format.nb_streams; ++i) {
    const AVStream& stream = *format.streams[i];
    if (stream.codecpar->codec_type == AVMEDIA_TYPE_VIDEO && !isAttachedPicture(stream)) index = static_cast<int>(i);
  }
  if (index < 0) return makeError(quotePath(path) + " contains no video stream");
  return format.streams[index];
}

Result<CodecContextPtr> openDecoder(const std::string& path, const AVStream& stream) {
  const AVCodecParameters& parameters = *stream.codecpar;
  const AVCodec* decoder = avcodec_find_decoder(parameters.codec_id);
  if (!decoder) {
    return makeError(quotePath(path) + " uses the video codec '" + avcodec_get_name(parameters.codec_id) +
                     "', which this FFmpeg build cannot decode");
  }
  if (parameters.width <= 0 || parameters.height <= 0) return corrupt(path, "the video stream has no frame size");
  if (parameters.width > kMaxVideoSide || parameters.height > kMaxVideoSide) {
    return makeError(quotePath(path) + " has frames too large to decode (" + std::to_string(parameters.width) + "x" +
                     std::to_string(parameters.height) + "; the limit is " + std::to_string(kMaxVideoSide) +
                     " pixels a side)");
  }
  CodecContextPtr codec(avcodec_alloc_context3(decoder));
  if (!codec) return makeError("cannot open " + quotePath(path) + ": out of memory");
  if (const int copied = avcodec_parameters_to_context(codec.get(), &parameters); copied < 0) {
    return makeError("cannot open " + quotePath(path) + ": " + ffmpegErrorText(copied));
  }
  codec->thread_count = kDecoderThreads;
  codec->pkt_timebase = stream.time_base;
  if (const int opened = avcodec_open2(codec.get(), decoder, nullptr); opened < 0) {
    return makeError("cannot decode " + quotePath(path) + ": " + withFfmpegDetail(ffmpegErrorText(opened)));
  }
  return codec;
}

// Clockwise quarter turns that make the stored frames upright. The display
// matrix states its rotation counter-clockwise; odd angles snap to the nearest
// quarter turn.
int rotationDegrees(const AVStream& stream) {
  std::size_t size = 0;
  const std::uint8_t* matrix = av_stream_get_side_data(&stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
  if (!matrix || size < 9 * sizeof(std::int32_t)) return 0;
  const double counterClockwise = av_display_rotation_get(reinterpret_cast<const std::int32_t*>(matrix));
  if (std::isnan(counterClockwise)) return 0;
  const long quarterTurns = std::lround(-counterClockwise / 90.0);
  return static_cast<int>(((quarterTurns % 4) + 4) % 4) * 90;
}

struct FrameRate {
  Rational rate;
  bool variable = false;
};

FrameRate frameRateOf(AVFormatContext& format, AVStream& stream) {
  const AVRational real = stream.r_frame_rate;
  const AVRational average = stream.avg_frame_rate;
  if (positive(real) && positive(average)) {
    const double r = av_q2d(real), a = av_q2d(average);
    // For variable-rate video the average describes the clip better than the
    // finest timestamp grid r_frame_rate reports.
    if (std::abs(r - a) > kVariableRateTolerance * r) return {toRational(average), true};
    return {toRational(real), false};
  }
  if (positive(real)) return {toRational(real), false};
  if (positive(average)) return {toRational(average), false};
  const AVRational guessed = av_guess_frame_rate(&format, &stream, nullptr);
  if (positive(guessed)) return {toRational(guessed), true};
  return {Rational(25), true};  // nothing to go on; timestamps still decide frame times
}

Rational streamDuration(const AVFormatContext& format, const AVStream& stream) {
  if (stream.duration != AV_NOPTS_VALUE && stream.duration > 0) {
    return Rational(stream.duration * stream.time_base.num, stream.time_base.den);
  }
  if (format.duration != AV_NOPTS_VALUE && format.duration > 0) return Rational(format.duration, AV_TIME_BASE);
  return Rational(0);
}

Rational startSeconds(const AVStream& stream) {
  if (stream.start_time == AV_NOPTS_VALUE) return Rational(0);
  return Rational(stream.start_time * stream.time_base.num, stream.time_base.den);
}

std::optional<AudioStreamInfo> describeAudio(const AVFormatContext& format, const AVStream& video) {
  const int index = av_find_best_stream(const_cast<AVFormatContext*>(&format), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
  if (index < 0) return std::nullopt;
  const AVStream& stream = *format.streams[index];
  AudioStreamInfo audio;
  audio.codecName = avcodec_get_name(stream.codecpar->codec_id);
  audio.sampleRate = stream.codecpar->sample_rate;
  audio.channels = stream.codecpar->ch_layout.nb_channels;
  audio.duration = streamDuration(format, stream);
  audio.startTime = startSeconds(stream) - startSeconds(video);
  return audio;
}

VideoInfo videoInfoOf(AVFormatContext& format, AVStream& stream) {
  VideoInfo info;
  info.rotationDegrees = rotationDegrees(stream);
  const bool quarterTurn = info.rotationDegrees == 90 || info.rotationDegrees == 270;
  info.width = quarterTurn ? stream.codecpar->height : stream.codecpar->width;
  info.height = quarterTurn ? stream.codecpar->width : stream.codecpar->height;
  const FrameRate rate = frameRateOf(format, stream);
  info.frameRate = rate.rate;
  info.variableFrameRate = rate.variable;
  info.duration = streamDuration(format, stream);
  info.frameCount = stream.nb_frames > 0 ? stream.nb_frames : (info.duration * info.frameRate + Rational(1, 2)).floor();
  info.codecName = avcodec_get_name(stream.codecpar->codec_id);
  info.audio = describeAudio(format, stream);
  return info;
}

}  // namespace

Result<OpenedVideo> openVideo(const std::string& path) {
  installFfmpegLogCapture();
  Result<InputFormatPtr> format = openContainer(path);
  if (!format) return format.error();
  Result<AVStream*> stream = chooseVideoStream(path, **format);
  if (!stream) return stream.error();
  // Demuxing only this stream (and audio for its description) keeps
  // av_read_frame from handing back packets nobody will use.
  for (unsigned i = 0; i < (*format)->nb_streams; ++i) {
    if ((*format)->streams[i] != *stream) (*format)->streams[i]->discard = AVDISCARD_ALL;
  }
  Result<CodecContextPtr> codec = openDecoder(path, **stream);
  if (!codec) return codec.error();
  OpenedVideo opened;
  opened.info = videoInfoOf(**format, **stream);
  opened.format = std::move(*format);
  opened.codec = std::move(*codec);
  opened.stream = *stream;
  return opened;
}

}  // namespace marionette::media_detail
