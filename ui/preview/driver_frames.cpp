#include "ui/preview/driver_frames.h"

namespace marionette::ui {

namespace {
// A short jump forward is cheaper to decode through than to seek over.
constexpr int kMaxDecodeAhead = 12;
// Frames kept for a return to the same position (about 24 MB at 512²).
constexpr std::size_t kRecentFrames = 32;
}  // namespace

Status DriverFrames::open(const std::string& path) {
  auto reader = VideoReader::open(path);
  if (!reader) return reader.error();
  reader_ = std::move(*reader);
  path_ = path;
  nextIndex_ = 0;
  lastIndex_ = -1;
  recent_.clear();
  return {};
}

Result<Image> DriverFrames::frameAt(timeline::FrameIndex index) {
  if (!reader_) return makeError("no driving video is open");
  if (index == lastIndex_) return last_;
  for (const auto& [kept, image] : recent_)
    if (kept == index) return image;
  if (index < nextIndex_ || index > nextIndex_ + kMaxDecodeAhead) {
    const Rational rate = reader_->info().frameRate;
    Status seeked = reader_->seek(Rational(index) * rate.inverse());
    if (!seeked) return seeked.error();
    nextIndex_ = index;
  }
  while (true) {
    auto frame = reader_->next();
    if (!frame) return frame.error();
    if (!*frame) {
      // Past the end (a truncated file): keep showing the last decoded frame.
      if (lastIndex_ >= 0) return last_;
      return makeError("the driving video has no frame " + std::to_string(index));
    }
    nextIndex_ = (*frame)->index + 1;
    last_ = std::move((*frame)->image);
    lastIndex_ = (*frame)->index;
    recent_.emplace_back(lastIndex_, last_);
    if (recent_.size() > kRecentFrames) recent_.pop_front();
    if (lastIndex_ >= index) return last_;
  }
}

}  // namespace marionette::ui
