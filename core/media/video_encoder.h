#pragma once

// The video half of the writer: which encoder and pixel format a codec name
// means, opening it, and turning RGB Images into frames it accepts.

#include <cstdint>
#include <string>

#include "core/base/image.h"
#include "core/base/result.h"
#include "core/media/ffmpeg_util.h"
#include "core/media/video_writer.h"

struct SwsContext;

namespace marionette::media_detail {

struct EncoderChoice {
  std::string encoderName;    // as FFmpeg knows it, e.g. "libx264"
  int pixelFormat = -1;       // an AVPixelFormat
  int width = 0;              // the requested size rounded down to what the
  int height = 0;             // pixel format's chroma subsampling allows
  std::string containerHint;  // for messages, e.g. ".mp4, .mov or .mkv"
};

// Checks the codec name, its options and the frame size.
Result<EncoderChoice> chooseEncoder(const VideoWriterOptions& options);

// An opened encoder; `globalHeader` when the container wants codec headers
// out of band (MP4, MOV, MKV).
Result<CodecContextPtr> openEncoder(const EncoderChoice& choice, const VideoWriterOptions& options, bool globalHeader);

// Converts RGB (or gray) Images of the size the writer was created with into
// frames for the encoder, cropping the odd last row/column that chroma
// subsampling cannot hold.
class EncoderInput {
 public:
  EncoderInput(const EncoderChoice& choice, int sourceWidth, int sourceHeight);
  ~EncoderInput();
  EncoderInput(const EncoderInput&) = delete;
  EncoderInput& operator=(const EncoderInput&) = delete;

  // The frame stays owned by this object and valid until the next call.
  Result<AVFrame*> convert(const Image& image, std::int64_t pts);

 private:
  EncoderChoice choice_;
  int sourceWidth_;
  int sourceHeight_;
  SwsContext* sws_ = nullptr;
  int swsChannels_ = 0;
  FramePtr frame_;
};

}  // namespace marionette::media_detail
