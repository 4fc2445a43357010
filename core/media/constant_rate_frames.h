#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/base/image.h"
#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/media/video_reader.h"

namespace marionette {

// A video's pictures at one constant frame rate: frame k is the picture
// showing at time k / rate — the last of the file's frames whose time is at
// or before it — however the file's own frames are timed. For a constant-rate
// file at its own rate that is simply each frame in turn; a variable-rate
// file is resampled the same way its tracked motion is (resampledAt), so the
// export's driver panel and teeth match the motion frame for frame.
// Increasing indices decode forward without seeking; a jump back or far
// ahead seeks. Used by one thread only.
class ConstantRateFrames {
 public:
  static Result<std::unique_ptr<ConstantRateFrames>> open(const std::string& path, Rational rate,
                                                          PixelLayout layout = PixelLayout::Rgb);

  const VideoInfo& info() const { return reader_->info(); }
  // The picture of frame `index` (0 = the video's start). Past the end the
  // last picture stands, so a driver a frame short never drops output.
  Result<Image> frameAt(std::int64_t index);

 private:
  ConstantRateFrames(std::unique_ptr<VideoReader> reader, Rational rate);
  Status restartBefore(Rational time);
  Result<bool> readAhead();

  std::unique_ptr<VideoReader> reader_;
  Rational rate_;
  std::optional<VideoFrame> shown_;  // the picture at the last index asked for
  std::optional<VideoFrame> next_;   // the file's frame after it, already decoded
  bool ended_ = false;
};

}  // namespace marionette
