#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/image.h"
#include "core/base/rational.h"
#include "core/base/result.h"

namespace marionette {

struct AudioStreamInfo {
  std::string codecName;
  int sampleRate = 0;
  int channels = 0;
  Rational duration;   // seconds
  Rational startTime;  // seconds, relative to the video stream's start (negative = audio leads)
};

struct VideoInfo {
  int width = 0;  // after rotation metadata is applied
  int height = 0;
  Rational frameRate;           // exact nominal rate, e.g. 30000/1001
  Rational duration;            // seconds
  std::int64_t frameCount = 0;  // from the container, or estimated from duration * frameRate
  int rotationDegrees = 0;      // clockwise rotation applied to decoded frames (0, 90, 180, 270)
  bool variableFrameRate = false;
  std::string codecName;
  std::optional<AudioStreamInfo> audio;
};

enum class PixelLayout { Rgb, Gray };

struct VideoFrame {
  Image image;
  std::int64_t index = 0;  // 0-based decode order; after seek(), time * frameRate rounded
  // Presentation time in seconds from the stream start. For constant-rate
  // video it is snapped to the exact k / frameRate grid when the container's
  // clock is coarser (Matroska stores milliseconds).
  Rational time;
};

// Decodes one video stream frame by frame; memory does not grow with length.
class VideoReader {
 public:
  static Result<std::unique_ptr<VideoReader>> open(const std::string& path, PixelLayout layout = PixelLayout::Rgb);
  virtual ~VideoReader() = default;

  virtual const VideoInfo& info() const = 0;
  // The next frame, std::nullopt at the end, or an error for a corrupt stream.
  virtual Result<std::optional<VideoFrame>> next() = 0;
  // Positions the reader so that next() returns the first frame whose time is
  // >= `time` (frame-accurate: decodes forward from the preceding keyframe).
  virtual Status seek(Rational time) = 0;
  // Problems that did not stop decoding, e.g. "'x.mp4' is truncated or
  // corrupt: decoding stopped at frame 70 of 175". Complete once next() has
  // returned std::nullopt.
  virtual std::vector<std::string> warnings() const { return {}; }
};

}  // namespace marionette
