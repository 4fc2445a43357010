#include "ui/timeline/playback.h"

#include "ui/preview/preview_controller.h"

namespace marionette::ui {

Playback::Playback(PreviewController* preview, QObject* parent) : QObject(parent), preview_(preview) {
  timer_.setTimerType(Qt::PreciseTimer);
  connect(&timer_, &QTimer::timeout, this, &Playback::tick);
}

void Playback::setRange(timeline::FrameIndex in, timeline::FrameIndex out) {
  in_ = in;
  out_ = out;
}

void Playback::play(int direction) {
  direction_ = direction < 0 ? -1 : 1;
  const double rate = preview_->frameRate().toDouble();
  timer_.start(int(1000.0 / (rate > 0 ? rate : 25)));
  emit playingChanged(true);
}

void Playback::pause() {
  timer_.stop();
  emit playingChanged(false);
}

void Playback::toggle() { playing() ? pause() : play(direction_); }

void Playback::step(timeline::FrameIndex frames) {
  pause();
  preview_->setPlayhead(preview_->playhead() + frames);
}

void Playback::tick() {
  const timeline::FrameIndex first = std::max<timeline::FrameIndex>(0, in_);
  const timeline::FrameIndex end = out_ > first ? std::min(out_, preview_->frameCount()) : preview_->frameCount();
  timeline::FrameIndex next = preview_->playhead() + direction_;
  if (next >= end || next < first) {
    if (!loop_) return pause();
    next = direction_ > 0 ? first : end - 1;
  }
  preview_->setPlayhead(next);
}

}  // namespace marionette::ui
