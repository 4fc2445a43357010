#include "core/media/video_encoder.h"

#include <algorithm>
#include <array>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/frame.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace marionette::media_detail {

namespace {

// Two workers: the renderer producing the frames needs the machine too.
constexpr int kEncoderThreads = 2;
constexpr int kMaxCrf = 51;
constexpr int kUnitFixed = 1 << 16;  // sws's fixed-point 1.0
// FFV1 level 3 allows slices (threaded coding) and per-slice CRCs.
constexpr int kFfv1Level = 3;
constexpr std::array<const char*, 10> kX264Presets = {"ultrafast", "superfast", "veryfast", "faster",   "fast",
                                                      "medium",    "slow",      "slower",   "veryslow", "placebo"};

struct CodecTraits {
  const char* name;
  AVPixelFormat format;
  const char* containers;
};

// H.264 in 4:2:0 plays everywhere; FFV1 keeps RGB bit-exact for archiving and
// tests; ProRes 4:2:2 10-bit is what editors expect as an intermediate.
constexpr std::array<CodecTraits, 3> kCodecs = {CodecTraits{"libx264", AV_PIX_FMT_YUV420P, ".mp4, .mov or .mkv"},
                                                CodecTraits{"ffv1", AV_PIX_FMT_BGR0, ".mkv or .mov"},
                                                CodecTraits{"prores_ks", AV_PIX_FMT_YUV422P10LE, ".mov"}};

bool isRgbFormat(AVPixelFormat format) {
  const AVPixFmtDescriptor* descriptor = av_pix_fmt_desc_get(format);
  return descriptor && (descriptor->flags & AV_PIX_FMT_FLAG_RGB);
}

Status setPrivateOption(AVCodecContext& encoder, const char* key, const std::string& value) {
  if (const int set = av_opt_set(encoder.priv_data, key, value.c_str(), 0); set < 0) {
    return makeError(std::string("cannot set ") + key + "=" + value + ": " + ffmpegErrorText(set));
  }
  return {};
}

void tagColours(AVCodecContext& encoder) {
  // Tagged BT.709 so players and our reader convert back with the same matrix
  // the writer used; untagged SD video would be read as BT.601.
  encoder.color_primaries = AVCOL_PRI_BT709;
  encoder.color_trc = AVCOL_TRC_BT709;
  if (isRgbFormat(encoder.pix_fmt)) {
    encoder.colorspace = AVCOL_SPC_RGB;
    encoder.color_range = AVCOL_RANGE_JPEG;
  } else {
    encoder.colorspace = AVCOL_SPC_BT709;
    encoder.color_range = AVCOL_RANGE_MPEG;
  }
}

Status configureCodec(AVCodecContext& encoder, const std::string& name, const VideoWriterOptions& options) {
  if (name == "libx264") {
    if (Status preset = setPrivateOption(encoder, "preset", options.preset); !preset) return preset;
    return setPrivateOption(encoder, "crf", std::to_string(options.crf));
  }
  if (name == "prores_ks") return setPrivateOption(encoder, "vendor", "apl0");  // QuickTime checks the vendor
  if (name == "ffv1") encoder.level = kFfv1Level;
  return {};
}

}  // namespace

Result<EncoderChoice> chooseEncoder(const VideoWriterOptions& options) {
  const auto traits = std::find_if(kCodecs.begin(), kCodecs.end(),
                                   [&](const CodecTraits& codec) { return options.codec == codec.name; });
  if (traits == kCodecs.end()) {
    return makeError("unsupported video codec '" + options.codec + "' (use libx264, ffv1 or prores_ks)");
  }
  if (options.codec == "libx264") {
    if (std::find(kX264Presets.begin(), kX264Presets.end(), options.preset) == kX264Presets.end()) {
      return makeError("unknown x264 preset '" + options.preset + "' (use ultrafast … veryslow, e.g. veryfast)");
    }
    if (options.crf < 0 || options.crf > kMaxCrf) {
      return makeError("CRF " + std::to_string(options.crf) + " is out of range (0 is lossless, 51 the worst)");
    }
  }
  if (!options.frameRate.valid() || options.frameRate <= Rational(0)) {
    return makeError("the frame rate must be positive");
  }
  const AVPixFmtDescriptor* descriptor = av_pix_fmt_desc_get(traits->format);
  // Subsampled chroma covers 2x2 (or 2x1) pixel blocks, so sizes must be multiples.
  const int stepX = 1 << descriptor->log2_chroma_w;
  const int stepY = 1 << descriptor->log2_chroma_h;
  EncoderChoice choice;
  choice.encoderName = traits->name;
  choice.pixelFormat = traits->format;
  choice.width = options.width / stepX * stepX;
  choice.height = options.height / stepY * stepY;
  choice.containerHint = traits->containers;
  if (choice.width < 2 || choice.height < 2) {
    return makeError("a " + std::to_string(options.width) + "x" + std::to_string(options.height) +
                     " video is too small to encode");
  }
  if (!avcodec_find_encoder_by_name(traits->name)) {
    return makeError(std::string("this FFmpeg build has no ") + traits->name + " encoder");
  }
  return choice;
}

Result<CodecContextPtr> openEncoder(const EncoderChoice& choice, const VideoWriterOptions& options, bool globalHeader) {
  const AVCodec* codec = avcodec_find_encoder_by_name(choice.encoderName.c_str());
  CodecContextPtr encoder(avcodec_alloc_context3(codec));
  if (!encoder) return makeError("cannot start the " + choice.encoderName + " encoder: out of memory");
  encoder->width = choice.width;
  encoder->height = choice.height;
  encoder->pix_fmt = static_cast<AVPixelFormat>(choice.pixelFormat);
  encoder->sample_aspect_ratio = AVRational{1, 1};
  // One tick per frame: pts are frame numbers, exact for 30000/1001 too.
  const Rational tick = options.frameRate.inverse();
  encoder->time_base = AVRational{static_cast<int>(tick.num()), static_cast<int>(tick.den())};
  encoder->framerate = AVRational{static_cast<int>(options.frameRate.num()), static_cast<int>(options.frameRate.den())};
  encoder->thread_count = kEncoderThreads;
  if (globalHeader) encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  tagColours(*encoder);
  if (Status configured = configureCodec(*encoder, choice.encoderName, options); !configured) {
    return makeError("cannot start the " + choice.encoderName + " encoder: " + configured.error().message);
  }
  if (const int opened = avcodec_open2(encoder.get(), codec, nullptr); opened < 0) {
    return makeError("cannot start the " + choice.encoderName +
                     " encoder: " + withFfmpegDetail(ffmpegErrorText(opened)));
  }
  return encoder;
}

EncoderInput::EncoderInput(const EncoderChoice& choice, int sourceWidth, int sourceHeight)
    : choice_(choice), sourceWidth_(sourceWidth), sourceHeight_(sourceHeight) {}

EncoderInput::~EncoderInput() { sws_freeContext(sws_); }

Result<AVFrame*> EncoderInput::convert(const Image& image, std::int64_t pts) {
  if (image.width != sourceWidth_ || image.height != sourceHeight_ || (image.channels != 3 && image.channels != 1) ||
      image.pixels.size() < image.stride() * image.height) {
    return makeError("a " + std::to_string(image.width) + "x" + std::to_string(image.height) + " frame with " +
                     std::to_string(image.channels) + " channels does not fit a writer set up for " +
                     std::to_string(sourceWidth_) + "x" + std::to_string(sourceHeight_) + " RGB");
  }
  if (!frame_) {
    frame_.reset(av_frame_alloc());
    if (!frame_) return makeError("out of memory");
    frame_->format = choice_.pixelFormat;
    frame_->width = choice_.width;
    frame_->height = choice_.height;
    if (const int allocated = av_frame_get_buffer(frame_.get(), 0); allocated < 0)
      return makeError(ffmpegErrorText(allocated));
    // Some encoders (ProRes) take the colour tags from the frame, not the context.
    frame_->color_primaries = AVCOL_PRI_BT709;
    frame_->color_trc = AVCOL_TRC_BT709;
    frame_->colorspace = isRgbFormat(static_cast<AVPixelFormat>(choice_.pixelFormat)) ? AVCOL_SPC_RGB : AVCOL_SPC_BT709;
    frame_->color_range = frame_->colorspace == AVCOL_SPC_RGB ? AVCOL_RANGE_JPEG : AVCOL_RANGE_MPEG;
  }
  // The encoder may still hold the previous frame's buffers.
  if (const int writable = av_frame_make_writable(frame_.get()); writable < 0)
    return makeError(ffmpegErrorText(writable));
  if (!sws_ || swsChannels_ != image.channels) {
    sws_freeContext(sws_);
    // Source size = output size: the extra odd row/column is cropped, not scaled.
    const AVPixelFormat source = image.channels == 3 ? AV_PIX_FMT_RGB24 : AV_PIX_FMT_GRAY8;
    const auto target = static_cast<AVPixelFormat>(choice_.pixelFormat);
    // Accurate rounding costs a 512² frame about 0.5 ms in 8-bit 4:2:0, where
    // the encoder's own quantisation dwarfs it; the 10-bit and lossless
    // formats keep it.
    const int flags = target == AV_PIX_FMT_YUV420P ? SWS_BICUBIC : SWS_BICUBIC | SWS_ACCURATE_RND;
    sws_ = sws_getContext(choice_.width, choice_.height, source, choice_.width, choice_.height, target, flags, nullptr,
                          nullptr, nullptr);
    if (!sws_) return makeError("cannot convert frames for the " + choice_.encoderName + " encoder");
    if (!isRgbFormat(target)) {
      sws_setColorspaceDetails(sws_, sws_getCoefficients(SWS_CS_DEFAULT), 1, sws_getCoefficients(SWS_CS_ITU709), 0, 0,
                               kUnitFixed, kUnitFixed);
    }
    swsChannels_ = image.channels;
  }
  const std::uint8_t* planes[4] = {image.pixels.data(), nullptr, nullptr, nullptr};
  const int strides[4] = {static_cast<int>(image.stride()), 0, 0, 0};
  sws_scale(sws_, planes, strides, 0, choice_.height, frame_->data, frame_->linesize);
  frame_->pts = pts;
  return frame_.get();
}

}  // namespace marionette::media_detail
