#pragma once

#include <deque>
#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/media/constant_rate_frames.h"
#include "core/timeline/time.h"

namespace marionette::ui {

// Random access to a driving video's pictures for the preview worker, at
// the project's frame rate and exactly as the export reads them (a
// variable-rate driver is resampled the same way): steps forward without
// seeking during playback, seeks when the playhead jumps, and keeps the most
// recent pictures, since an edit re-renders the same frame after read-ahead
// has moved the decoder on and a seek back costs far more than the render.
// Used by one thread only.
class DriverFrames {
 public:
  Status open(const std::string& path, Rational rate);
  const std::string& path() const { return path_; }
  Rational rate() const { return rate_; }
  Result<Image> frameAt(timeline::FrameIndex index);

 private:
  std::string path_;
  Rational rate_;
  std::unique_ptr<ConstantRateFrames> frames_;
  std::deque<std::pair<timeline::FrameIndex, Image>> recent_;  // newest last
};

}  // namespace marionette::ui
