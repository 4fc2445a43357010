#pragma once

#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/media/video_reader.h"

namespace marionette::ui {

// Random access to a driving video's frames for the preview worker: steps
// forward without seeking during playback, seeks (frame-accurately) when the
// playhead jumps. Used by one thread only.
class DriverFrames {
 public:
  Status open(const std::string& path);
  const std::string& path() const { return path_; }
  Result<Image> frameAt(int index);

 private:
  std::string path_;
  std::unique_ptr<VideoReader> reader_;
  int nextIndex_ = 0;  // the frame next() returns without a seek
  Image last_;
  int lastIndex_ = -1;
};

}  // namespace marionette::ui
