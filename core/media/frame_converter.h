#pragma once

#include <vector>

#include "core/base/image.h"
#include "core/base/result.h"
#include "core/media/video_reader.h"

struct AVFrame;
struct SwsContext;

namespace marionette::media_detail {

// Turns decoded frames into 8-bit RGB or gray Images of one fixed size, rotated
// for display. Frames whose size or pixel format changes mid-stream are scaled
// to the size the stream started with, so every frame a reader hands out has
// the size its info() promised.
class FrameConverter {
 public:
  FrameConverter(int codedWidth, int codedHeight, PixelLayout layout, int rotationDegrees);
  ~FrameConverter();
  FrameConverter(const FrameConverter&) = delete;
  FrameConverter& operator=(const FrameConverter&) = delete;

  Result<Image> convert(const AVFrame& frame);

 private:
  Status prepare(const AVFrame& frame);

  int width_;
  int height_;
  PixelLayout layout_;
  int rotation_;
  SwsContext* sws_ = nullptr;
  // What sws_ was set up for; frames rarely change it, so it is rebuilt only then.
  struct SourceKey {
    int width = 0, height = 0, format = -1, colorspace = -1, fullRange = -1;
    bool operator==(const SourceKey&) const = default;
  };
  SourceKey source_;
  std::vector<std::uint8_t> unrotated_;
};

}  // namespace marionette::media_detail
