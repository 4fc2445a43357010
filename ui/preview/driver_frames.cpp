#include "ui/preview/driver_frames.h"

#include <algorithm>

namespace marionette::ui {

namespace {
// Pictures kept for a return to the same position (about 24 MB at 512²).
constexpr std::size_t kRecentFrames = 32;
}  // namespace

Status DriverFrames::open(const std::string& path, Rational rate) {
  auto frames = ConstantRateFrames::open(path, rate);
  if (!frames) return frames.error();
  frames_ = std::move(*frames);
  path_ = path;
  rate_ = rate;
  recent_.clear();
  return {};
}

Result<Image> DriverFrames::frameAt(timeline::FrameIndex index) {
  if (!frames_) return makeError("no driving video is open");
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it)
    if (it->first == index) return it->second;
  auto image = frames_->frameAt(index);
  if (!image) return image.error();
  recent_.emplace_back(index, *image);
  if (recent_.size() > kRecentFrames) recent_.pop_front();
  return image;
}

}  // namespace marionette::ui
