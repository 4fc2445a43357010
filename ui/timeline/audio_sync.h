#pragma once

#include <QObject>
#include <QString>

#include "core/timeline/time.h"

class QAudioOutput;
class QMediaPlayer;

namespace marionette::ui {

class PreviewController;
class ProjectDocument;
class Playback;

// Plays the driving video's sound while the transport plays forward, kept
// within a frame or two of the playhead (re-seeked when it drifts). Without
// an audio device (headless runs, servers) it stays silent and says so once.
class AudioSync : public QObject {
  Q_OBJECT

 public:
  AudioSync(ProjectDocument* document, PreviewController* preview, Playback* playback, bool enabled,
            QObject* parent = nullptr);

  bool available() const { return player_ != nullptr; }
  // Why there is no sound, or empty.
  QString note() const { return note_; }
  // Milliseconds the sound was behind (+) or ahead (-) of the picture at
  // the last playhead move while playing; for the benchmark.
  double lastDriftMs() const { return lastDriftMs_; }

 signals:
  void statusMessage(const QString& text);

 private:
  void updateSource();
  void playingChanged(bool playing);
  void playheadMoved(timeline::FrameIndex frame);
  qint64 millisecondsAt(timeline::FrameIndex frame) const;

  ProjectDocument* document_;
  PreviewController* preview_;
  Playback* playback_;
  QMediaPlayer* player_ = nullptr;
  QAudioOutput* output_ = nullptr;
  QString source_;
  QString note_;
  double lastDriftMs_ = 0;
};

}  // namespace marionette::ui
