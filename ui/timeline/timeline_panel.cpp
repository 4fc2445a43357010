#include "ui/timeline/timeline_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <optional>

#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/preview/preview_controller.h"
#include "ui/timeline/playback.h"
#include "ui/timeline/timeline_view.h"

namespace marionette::ui {

namespace {

QToolButton* button(const QString& text, const QString& tip, QWidget* parent,
                    std::optional<QStyle::StandardPixmap> icon = std::nullopt) {
  auto* b = new QToolButton(parent);
  b->setText(text);
  if (icon) b->setIcon(parent->style()->standardIcon(*icon));
  b->setToolTip(tip);
  b->setAutoRaise(true);
  return b;
}

}  // namespace

TimelinePanel::TimelinePanel(ProjectDocument* document, ProjectMedia* media, PreviewController* preview,
                             Playback* playback, QWidget* parent)
    : QWidget(parent), view_(new TimelineView(document, this)) {
  auto* bar = new QHBoxLayout;
  auto* back = button(tr("Back"), tr("Step back (Left)"), this, QStyle::SP_MediaSeekBackward);
  auto* play = button(tr("Play"), tr("Play / pause (Space, J/K/L)"), this, QStyle::SP_MediaPlay);
  auto* forward = button(tr("Forward"), tr("Step forward (Right)"), this, QStyle::SP_MediaSeekForward);
  auto* loop = button(tr("Loop"), tr("Loop over in/out"), this);
  play->setObjectName("playButton");
  loop->setCheckable(true);
  loop->setChecked(playback->loop());
  timecode_ = new QLabel(this);
  timecode_->setMinimumWidth(150);
  for (QWidget* w : std::initializer_list<QWidget*>{back, play, forward, loop, timecode_}) bar->addWidget(w);
  bar->addSpacing(16);
  bar->addWidget(new QLabel(tr("Set selection to:"), this));
  for (timeline::TrackMode mode : {timeline::TrackMode::Driving, timeline::TrackMode::Source, timeline::TrackMode::Hold,
                                   timeline::TrackMode::Keyframed, timeline::TrackMode::DrivingOffset}) {
    auto* b =
        button(modeLabel(mode), tr("Set the selected range of the selected row to %1").arg(modeLabel(mode)), this);
    b->setStyleSheet(QString("QToolButton { color: %1; font-weight: bold; }").arg(modeColour(mode, palette()).name()));
    connect(b, &QToolButton::clicked, this, [this, mode] { view_->setModeOverSelection(mode); });
    bar->addWidget(b);
  }
  bar->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->addLayout(bar);
  layout->addWidget(view_, 1);

  connect(back, &QToolButton::clicked, playback, [playback] { playback->step(-1); });
  connect(forward, &QToolButton::clicked, playback, [playback] { playback->step(1); });
  connect(play, &QToolButton::clicked, playback, &Playback::toggle);
  connect(loop, &QToolButton::toggled, playback, &Playback::setLoop);
  connect(playback, &Playback::playingChanged, play, [play](bool playing) {
    play->setIcon(play->style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  });
  auto showTime = [this, preview](timeline::FrameIndex frame) {
    view_->setPlayhead(frame);
    const QString time =
        QString::fromStdString(timeline::formatTime(frame, preview->frameRate(), view_->timeDisplay()));
    timecode_->setText(tr("%1  (frame %2 of %3)").arg(time).arg(frame).arg(preview->frameCount()));
  };
  connect(preview, &PreviewController::playheadChanged, this, showTime);
  connect(document, &ProjectDocument::changed, this, [showTime, preview] { showTime(preview->playhead()); });
  connect(view_, &TimelineView::playheadRequested, preview, [preview](timeline::FrameIndex frame, bool scrubbing) {
    preview->setPlayhead(frame, scrubbing ? PreviewQuality::Draft : PreviewQuality::Full);
  });
  connect(view_, &TimelineView::filesDropped, media, &ProjectMedia::openFiles);
  connect(media, &ProjectMedia::thumbnailsChanged, this, [this, media] { view_->setThumbnails(media->thumbnails()); });
  showTime(0);
}

}  // namespace marionette::ui
