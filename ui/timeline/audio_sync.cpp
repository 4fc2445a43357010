#include "ui/timeline/audio_sync.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>
#include <cmath>

#include <QFileInfo>

#include "ui/document/project_document.h"
#include "ui/preview/preview_controller.h"
#include "ui/timeline/playback.h"

namespace marionette::ui {

namespace {
// Re-seek the sound when it is this far from the picture (about 3 frames at
// 25 fps): small enough to stay lip-synced, large enough not to stutter.
constexpr double kMaxDriftMs = 120;
}  // namespace

AudioSync::AudioSync(ProjectDocument* document, PreviewController* preview, Playback* playback, bool enabled,
                     QObject* parent)
    : QObject(parent), document_(document), preview_(preview), playback_(playback) {
  if (!enabled) {
    note_ = tr("Sound is off.");
  } else if (QMediaDevices::audioOutputs().isEmpty()) {
    note_ = tr("No audio device: playback is silent.");
  } else {
    player_ = new QMediaPlayer(this);
    output_ = new QAudioOutput(this);
    player_->setAudioOutput(output_);
    connect(player_, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& message) {
      emit statusMessage(tr("The driver's sound cannot play: %1").arg(message));
    });
  }
  connect(document_, &ProjectDocument::changed, this, &AudioSync::updateSource);
  connect(playback_, &Playback::playingChanged, this, &AudioSync::playingChanged);
  connect(preview_, &PreviewController::playheadChanged, this, &AudioSync::playheadMoved);
  updateSource();
}

qint64 AudioSync::millisecondsAt(timeline::FrameIndex frame) const {
  const double rate = preview_->frameRate().toDouble();
  return rate > 0 ? qint64(std::llround(frame * 1000.0 / rate)) : 0;
}

void AudioSync::updateSource() {
  const auto& driver = document_->project().driver;
  QString path = driver ? QString::fromStdString(driver->file.path) : QString();
  if (!QFileInfo(path).isFile()) path.clear();  // a missing driver plays its motion silently
  if (path == source_) return;
  source_ = path;
  if (!player_) return;
  player_->stop();
  player_->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path));
}

void AudioSync::playingChanged(bool playing) {
  if (!player_) {
    if (playing && !note_.isEmpty() && !source_.isEmpty()) emit statusMessage(note_);
    return;
  }
  if (!playing || playback_->direction() < 0 || source_.isEmpty()) {
    player_->pause();
    return;
  }
  player_->setPosition(millisecondsAt(preview_->playhead()));
  player_->play();
}

void AudioSync::playheadMoved(timeline::FrameIndex frame) {
  if (!player_ || !playback_->playing() || player_->playbackState() != QMediaPlayer::PlayingState) return;
  const qint64 expected = millisecondsAt(frame);
  lastDriftMs_ = double(expected - player_->position());
  // A loop back to the in point, or drift: seek the sound to the picture.
  if (std::abs(lastDriftMs_) > kMaxDriftMs) player_->setPosition(expected);
}

}  // namespace marionette::ui
