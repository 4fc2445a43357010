#include "ui/timeline/playback.h"

#include "ui/preview/editor_controller.h"

namespace marionette::ui {

Playback::Playback(EditorController* editor, QObject* parent) : QObject(parent), editor_(editor) {
  timer_.setTimerType(Qt::PreciseTimer);
  connect(&timer_, &QTimer::timeout, this, &Playback::tick);
}

void Playback::setRange(int in, int out) {
  in_ = in;
  out_ = out;
}

void Playback::play(int direction) {
  direction_ = direction < 0 ? -1 : 1;
  const double rate = editor_->frameRate().toDouble();
  timer_.start(int(1000.0 / (rate > 0 ? rate : 25)));
  emit playingChanged(true);
}

void Playback::pause() {
  timer_.stop();
  emit playingChanged(false);
}

void Playback::toggle() { playing() ? pause() : play(direction_); }

void Playback::step(int frames) {
  pause();
  editor_->setPlayhead(editor_->playhead() + frames);
}

void Playback::tick() {
  const int first = std::max(0, in_);
  const int end = out_ > first ? std::min(out_, editor_->frameCount()) : editor_->frameCount();
  int next = editor_->playhead() + direction_;
  if (next >= end || next < first) {
    if (!loop_) return pause();
    next = direction_ > 0 ? first : end - 1;
  }
  editor_->setPlayhead(next);
}

}  // namespace marionette::ui
