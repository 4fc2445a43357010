#pragma once

#include <deque>
#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/media/video_reader.h"
#include "core/timeline/time.h"

namespace marionette::ui {

// Random access to a driving video's frames for the preview worker: steps
// forward without seeking during playback, seeks (frame-accurately) when the
// playhead jumps, and keeps the most recent frames: an edit re-renders the
// same frame after read-ahead has moved the decoder on, and a seek back
// (decoding from the previous keyframe) costs far more than the render.
// Used by one thread only.
class DriverFrames {
 public:
  Status open(const std::string& path);
  const std::string& path() const { return path_; }
  Result<Image> frameAt(timeline::FrameIndex index);

 private:
  std::string path_;
  std::unique_ptr<VideoReader> reader_;
  timeline::FrameIndex nextIndex_ = 0;  // the frame next() returns without a seek
  Image last_;
  timeline::FrameIndex lastIndex_ = -1;
  std::deque<std::pair<timeline::FrameIndex, Image>> recent_;  // newest last
};

}  // namespace marionette::ui
