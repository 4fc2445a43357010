#include "core/media/frame_converter.h"

#include <opencv2/core.hpp>
#include <string>

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace marionette::media_detail {

namespace {

// Full chroma interpolation, since blocky chroma edges would show around lips
// and eyes, and accurate rounding, though it costs: it leaves swscale's SIMD
// path (2.7 ms for a 512² frame against about 0.1 ms, more than decoding it).
// Without it frames differ by at most one level, yet on d0's nearly still
// head that alone moved the tracker's noise enough to turn self-reenactment
// jitter from 3% below the real clip's to 1% above (shake +8%). The check
// sits at noise level there; the decode stays exact rather than the check
// being loosened.
constexpr int kSwsFlags = SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT;
constexpr int kUnitFixed = 1 << 16;  // sws's fixed-point 1.0 for brightness/contrast/saturation

bool isYuv(AVPixelFormat format) {
  const AVPixFmtDescriptor* descriptor = av_pix_fmt_desc_get(format);
  return descriptor && !(descriptor->flags & AV_PIX_FMT_FLAG_RGB) && descriptor->nb_components >= 3;
}

bool isFullRange(const AVFrame& frame) {
  // The deprecated yuvj formats imply full range without saying so.
  const auto format = static_cast<AVPixelFormat>(frame.format);
  return frame.color_range == AVCOL_RANGE_JPEG || format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P ||
         format == AV_PIX_FMT_YUVJ444P || format == AV_PIX_FMT_YUVJ440P;
}

cv::RotateFlags rotateFlag(int degrees) {
  switch (degrees) {
    case 90:
      return cv::ROTATE_90_CLOCKWISE;
    case 180:
      return cv::ROTATE_180;
    default:
      return cv::ROTATE_90_COUNTERCLOCKWISE;
  }
}

}  // namespace

FrameConverter::FrameConverter(int codedWidth, int codedHeight, PixelLayout layout, int rotationDegrees)
    : width_(codedWidth), height_(codedHeight), layout_(layout), rotation_(rotationDegrees) {}

FrameConverter::~FrameConverter() { sws_freeContext(sws_); }

Status FrameConverter::prepare(const AVFrame& frame) {
  const auto source = static_cast<AVPixelFormat>(frame.format);
  const AVPixelFormat target = layout_ == PixelLayout::Gray ? AV_PIX_FMT_GRAY8 : AV_PIX_FMT_RGB24;
  const SourceKey key{frame.width, frame.height, frame.format, frame.colorspace, isFullRange(frame) ? 1 : 0};
  if (sws_ && key == source_) return {};
  sws_freeContext(sws_);
  sws_ =
      sws_getContext(frame.width, frame.height, source, width_, height_, target, kSwsFlags, nullptr, nullptr, nullptr);
  if (!sws_) {
    const char* name = av_get_pix_fmt_name(source);
    return makeError(std::string("cannot convert video frames in pixel format ") + (name ? name : "unknown"));
  }
  if (isYuv(source)) {
    // Untagged video gets sws's default (BT.601) matrix, as players do for SD.
    sws_setColorspaceDetails(sws_, sws_getCoefficients(key.colorspace), key.fullRange,
                             sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, kUnitFixed, kUnitFixed);
  }
  source_ = key;
  return {};
}

Result<Image> FrameConverter::convert(const AVFrame& frame) {
  if (Status ready = prepare(frame); !ready) return ready.error();
  const int channels = layout_ == PixelLayout::Gray ? 1 : 3;
  const bool quarterTurn = rotation_ == 90 || rotation_ == 270;
  Image image = Image::make(quarterTurn ? height_ : width_, quarterTurn ? width_ : height_, channels);
  const bool rotate = rotation_ != 0;
  if (rotate) unrotated_.resize(static_cast<std::size_t>(width_) * height_ * channels);
  std::uint8_t* planes[4] = {rotate ? unrotated_.data() : image.pixels.data(), nullptr, nullptr, nullptr};
  const int strides[4] = {width_ * channels, 0, 0, 0};
  sws_scale(sws_, frame.data, frame.linesize, 0, frame.height, planes, strides);
  if (rotate) {
    const cv::Mat source(height_, width_, CV_8UC(channels), unrotated_.data());
    cv::Mat target(image.height, image.width, CV_8UC(channels), image.pixels.data());
    cv::rotate(source, target, rotateFlag(rotation_));
  }
  return image;
}

}  // namespace marionette::media_detail
