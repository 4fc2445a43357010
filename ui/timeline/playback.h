#pragma once

#include <QObject>
#include <QTimer>

#include "core/timeline/time.h"

#include "core/base/rational.h"

namespace marionette::ui {

class PreviewController;

// Plays the clip at its frame rate by moving the preview's playhead
// (forward with L, backward with J, stop with K; space toggles), looping
// over the in/out range when asked. The preview's read-ahead keeps up.
class Playback : public QObject {
  Q_OBJECT

 public:
  explicit Playback(PreviewController* preview, QObject* parent = nullptr);

  bool playing() const { return timer_.isActive(); }
  int direction() const { return direction_; }
  void play(int direction = 1);
  void pause();
  void toggle();
  void step(timeline::FrameIndex frames);
  void setLoop(bool loop) { loop_ = loop; }
  bool loop() const { return loop_; }
  void setRange(timeline::FrameIndex in, timeline::FrameIndex out);  // out exclusive

 signals:
  void playingChanged(bool playing);

 private:
  void tick();

  PreviewController* preview_;
  QTimer timer_;
  int direction_ = 1;
  bool loop_ = true;
  timeline::FrameIndex in_ = 0, out_ = 0;
};

}  // namespace marionette::ui
