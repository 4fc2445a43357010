#include "ui/timeline/timeline_panel.h"

#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/preview/preview_controller.h"
#include "ui/timeline/playback.h"
#include "ui/timeline/timeline_view.h"

namespace marionette::ui {

namespace {

enum class Glyph { StepBack, Play, Pause, StepForward };

// Transport symbols drawn in the palette's text colour, so they read on
// light and dark themes alike (the style's stock icons are dark on dark).
QIcon glyphIcon(Glyph glyph, const QColor& colour) {
  constexpr int kSide = 32;
  QPixmap pixmap(kSide, kSide);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(colour);
  // A triangle with its base at x = `base` pointing to x = `tip`.
  auto triangle = [&](double base, double tip) {
    QPainterPath path;
    path.moveTo(base, 7);
    path.lineTo(tip, 16);
    path.lineTo(base, 25);
    path.closeSubpath();
    painter.drawPath(path);
  };
  switch (glyph) {
    case Glyph::Play:
      triangle(9, 25);
      break;
    case Glyph::Pause:
      painter.drawRect(QRectF(9, 7, 5, 18));
      painter.drawRect(QRectF(18, 7, 5, 18));
      break;
    case Glyph::StepForward:
      triangle(7, 20);
      painter.drawRect(QRectF(21, 7, 4, 18));
      break;
    case Glyph::StepBack:
      triangle(25, 12);
      painter.drawRect(QRectF(7, 7, 4, 18));
      break;
  }
  return QIcon(pixmap);
}

QToolButton* button(const QString& text, const QString& tip, QWidget* parent) {
  auto* b = new QToolButton(parent);
  b->setText(text);
  b->setToolTip(tip);
  b->setAutoRaise(true);
  return b;
}

QString displayName(timeline::TimeDisplay display) {
  switch (display) {
    case timeline::TimeDisplay::Timecode:
      return TimelinePanel::tr("Timecode");
    case timeline::TimeDisplay::Frames:
      return TimelinePanel::tr("Frames");
    case timeline::TimeDisplay::Seconds:
      return TimelinePanel::tr("Seconds");
  }
  return {};
}

}  // namespace

TimelinePanel::TimelinePanel(ProjectDocument* document, ProjectMedia* media, PreviewController* preview,
                             Playback* playback, QWidget* parent)
    : QWidget(parent), view_(new TimelineView(document, this)), playback_(playback) {
  auto* bar = new QHBoxLayout;
  bar->setSpacing(2);
  back_ = button(tr("Back"), tr("Step back (Left)"), this);
  play_ = button(tr("Play"), tr("Play / pause (Space, J/K/L)"), this);
  forward_ = button(tr("Forward"), tr("Step forward (Right)"), this);
  play_->setObjectName("playButton");
  auto* loop = button(tr("Loop"), tr("Loop over in/out"), this);
  loop->setCheckable(true);
  loop->setChecked(playback->loop());
  timecode_ = new QToolButton(this);
  timecode_->setObjectName("timecodeButton");
  timecode_->setAutoRaise(true);
  timecode_->setPopupMode(QToolButton::InstantPopup);
  timecode_->setToolTip(tr("The playhead's time; click to show timecode, frames or seconds"));
  auto* displays = new QMenu(timecode_);
  auto* displayGroup = new QActionGroup(displays);
  for (timeline::TimeDisplay display :
       {timeline::TimeDisplay::Timecode, timeline::TimeDisplay::Frames, timeline::TimeDisplay::Seconds}) {
    QAction* action = displays->addAction(displayName(display));
    action->setCheckable(true);
    action->setChecked(display == view_->timeDisplay());
    action->setActionGroup(displayGroup);
    connect(action, &QAction::triggered, this, [this, display] {
      view_->setTimeDisplay(display);
      showTime(preview_->playhead());
    });
  }
  timecode_->setMenu(displays);
  for (QWidget* w : std::initializer_list<QWidget*>{back_, play_, forward_, loop, timecode_}) bar->addWidget(w);
  bar->addSpacing(12);
  selection_ = new QLabel(this);
  selection_->setObjectName("selectionHint");
  // The hint gives way first when the panel is narrow.
  selection_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  bar->addWidget(selection_, 1);
  for (timeline::TrackMode mode : {timeline::TrackMode::Driving, timeline::TrackMode::Source, timeline::TrackMode::Hold,
                                   timeline::TrackMode::Keyframed, timeline::TrackMode::DrivingOffset}) {
    auto* b = button(modeLabel(mode), tr("Set the selected range to %1").arg(modeLabel(mode)), this);
    modeButtons_.push_back({b, mode});
    connect(b, &QToolButton::clicked, this, [this, mode] { view_->setModeOverSelection(mode); });
    bar->addWidget(b);
  }
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->addLayout(bar);
  layout->addWidget(view_, 1);
  preview_ = preview;
  paintGlyphs();

  connect(back_, &QToolButton::clicked, playback, [playback] { playback->step(-1); });
  connect(forward_, &QToolButton::clicked, playback, [playback] { playback->step(1); });
  connect(play_, &QToolButton::clicked, playback, &Playback::toggle);
  connect(loop, &QToolButton::toggled, playback, &Playback::setLoop);
  connect(playback, &Playback::playingChanged, this, [this] { paintGlyphs(); });
  connect(preview, &PreviewController::playheadChanged, this, &TimelinePanel::showTime);
  connect(document, &ProjectDocument::changed, this, [this] { showTime(preview_->playhead()); });
  connect(view_, &TimelineView::playheadRequested, preview, [preview](timeline::FrameIndex frame, bool scrubbing) {
    preview->setPlayhead(frame, scrubbing ? PreviewQuality::Draft : PreviewQuality::Full);
  });
  connect(view_, &TimelineView::selectionChanged, this, &TimelinePanel::showSelection);
  connect(view_, &TimelineView::filesDropped, media, &ProjectMedia::openFiles);
  connect(media, &ProjectMedia::thumbnailsChanged, this, [this, media] { view_->setThumbnails(media->thumbnails()); });
  showTime(0);
  showSelection();
}

void TimelinePanel::showTime(timeline::FrameIndex frame) {
  view_->setPlayhead(frame);
  const QString time = QString::fromStdString(timeline::formatTime(frame, preview_->frameRate(), view_->timeDisplay()));
  timecode_->setText(view_->timeDisplay() == timeline::TimeDisplay::Frames
                         ? tr("frame %1 of %2").arg(frame).arg(preview_->frameCount())
                         : tr("%1 (frame %2)").arg(time).arg(frame));
}

void TimelinePanel::showSelection() {
  const auto range = view_->rangeSelection();
  // Says how a range is chosen until one is, then which one it is.
  selectionText_ = range ? tr("Frames %1–%2 selected:").arg(range->first).arg(range->end - 1)
                         : tr("Drag on a row to select a range, then:");
  selection_->setToolTip(selectionText_);
  fitSelectionText();
}

void TimelinePanel::fitSelectionText() {
  // Shortened to the room there is; a stub of a word helps nobody, so a
  // hint cut to less than half is left to the tooltip.
  const QFontMetrics metrics(selection_->font());
  const QString fitted = metrics.elidedText(selectionText_, Qt::ElideRight, selection_->width());
  selection_->setText(fitted.size() * 2 >= selectionText_.size() ? fitted : QString());
}

void TimelinePanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitSelectionText();
}

void TimelinePanel::paintGlyphs() {
  const QColor colour = palette().color(QPalette::ButtonText);
  back_->setIcon(glyphIcon(Glyph::StepBack, colour));
  forward_->setIcon(glyphIcon(Glyph::StepForward, colour));
  play_->setIcon(glyphIcon(playback_->playing() ? Glyph::Pause : Glyph::Play, colour));
  for (const auto& [b, mode] : modeButtons_)
    b->setStyleSheet(QString("QToolButton { color: %1; font-weight: bold; }")
                         .arg(palette().color(QPalette::Window).lightness() < 128
                                  ? modeColour(mode, palette()).lighter(150).name()
                                  : modeColour(mode, palette()).name()));
}

void TimelinePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) paintGlyphs();
  QWidget::changeEvent(event);
}

}  // namespace marionette::ui
