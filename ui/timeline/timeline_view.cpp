#include "ui/timeline/timeline_view.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "core/timeline/time.h"
#include "ui/common/file_drop.h"
#include "ui/document/project_document.h"

namespace marionette::ui {

namespace {

constexpr double kHeaderWidth = 110;
constexpr double kDiamondRadius = 5;
constexpr std::array<std::pair<TimelineRow, double>, 7> kRows{{{TimelineRow::Ruler, 24},
                                                               {TimelineRow::Driver, 44},
                                                               {TimelineRow::Pose, 30},
                                                               {TimelineRow::Expression, 30},
                                                               {TimelineRow::Eyes, 20},
                                                               {TimelineRow::Brows, 20},
                                                               {TimelineRow::Mouth, 20}}};

std::optional<FaceRegion> regionOf(TimelineRow row) {
  switch (row) {
    case TimelineRow::Eyes:
      return FaceRegion::Eyes;
    case TimelineRow::Brows:
      return FaceRegion::Brows;
    case TimelineRow::Mouth:
      return FaceRegion::Mouth;
    default:
      return std::nullopt;
  }
}

bool isTrackRow(TimelineRow row) { return row != TimelineRow::Ruler && row != TimelineRow::Driver; }

timeline::TrackRef trackOf(TimelineRow row) {
  if (row == TimelineRow::Pose) return {timeline::TrackKind::Pose, std::nullopt};
  return {timeline::TrackKind::Expression, regionOf(row)};
}

QString rowLabel(TimelineRow row) {
  switch (row) {
    case TimelineRow::Ruler:
      return {};
    case TimelineRow::Driver:
      return TimelineView::tr("Driver");
    case TimelineRow::Pose:
      return TimelineView::tr("Pose");
    case TimelineRow::Expression:
      return TimelineView::tr("Expression");
    case TimelineRow::Eyes:
      return TimelineView::tr("  Eyes");
    case TimelineRow::Brows:
      return TimelineView::tr("  Brows");
    case TimelineRow::Mouth:
      return TimelineView::tr("  Mouth");
  }
  return {};
}

// The mode track a row draws, or null for a region that follows the expression.
const timeline::ModeTrack* modeTrackOf(const timeline::Project& project, TimelineRow row) {
  if (row == TimelineRow::Pose) return &project.pose;
  if (row == TimelineRow::Expression) return &project.expression;
  const auto region = regionOf(row);
  if (!region) return nullptr;
  const timeline::RegionTrack& track = project.region(*region);
  return track.followsExpression ? nullptr : &track.track;
}

}  // namespace

QColor modeColour(timeline::TrackMode mode, const QPalette& palette) {
  QColor colour;
  switch (mode) {
    case timeline::TrackMode::Driving:
      colour = QColor(52, 120, 200);
      break;
    case timeline::TrackMode::Source:
      colour = QColor(130, 130, 130);
      break;
    case timeline::TrackMode::Hold:
      colour = QColor(214, 140, 40);
      break;
    case timeline::TrackMode::Keyframed:
      colour = QColor(140, 90, 200);
      break;
    case timeline::TrackMode::DrivingOffset:
      colour = QColor(40, 160, 150);
      break;
  }
  // The hues stay; on a dark palette they are darkened a little so white
  // labels and the rows around them keep their contrast.
  if (palette.color(QPalette::Base).lightness() < 128) colour = colour.darker(125);
  return colour;
}

QString modeLabel(timeline::TrackMode mode) {
  switch (mode) {
    case timeline::TrackMode::Driving:
      return TimelineView::tr("Driving");
    case timeline::TrackMode::Source:
      return TimelineView::tr("Source");
    case timeline::TrackMode::Hold:
      return TimelineView::tr("Hold");
    case timeline::TrackMode::Keyframed:
      return TimelineView::tr("Keyframed");
    case timeline::TrackMode::DrivingOffset:
      return TimelineView::tr("Driving + offset");
  }
  return {};
}

TimelineView::TimelineView(ProjectDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
  setObjectName("TimelineView");
  setFocusPolicy(Qt::StrongFocus);
  connect(new FileDropFilter(this), &FileDropFilter::filesDropped, this, &TimelineView::filesDropped);
  double height = 0;
  for (const auto& [row, rowHeight] : kRows) height += rowHeight;
  setMinimumHeight(int(height) + 4);
  setMinimumWidth(400);
  connect(document_, &ProjectDocument::changed, this, [this] {
    // An out point at the old end follows the end when the clip's length changes.
    if (out_ <= in_ || out_ > frameCount() || out_ == knownFrameCount_) out_ = frameCount();
    knownFrameCount_ = frameCount();
    in_ = std::min(in_, out_ - 1);
    update();
  });
}

timeline::FrameIndex TimelineView::frameCount() const {
  return std::max<timeline::FrameIndex>(1, document_->project().settings.frameCount);
}

Rational TimelineView::frameTime(timeline::FrameIndex frame) const {
  return timeline::frameTime(frame, document_->project().settings.frameRate);
}

void TimelineView::setPlayhead(timeline::FrameIndex frame) {
  playhead_ = frame;
  update();
}

void TimelineView::setThumbnails(const QVector<QImage>& thumbnails) {
  thumbnails_ = thumbnails;
  update();
}

void TimelineView::setInOut(timeline::FrameIndex in, timeline::FrameIndex out) {
  in_ = std::clamp<timeline::FrameIndex>(in, 0, frameCount() - 1);
  out_ = std::clamp<timeline::FrameIndex>(out, in_ + 1, frameCount());
  emit selectionChanged();
  update();
}

void TimelineView::setTimeDisplay(timeline::TimeDisplay display) {
  display_ = display;
  update();
}

QRectF TimelineView::rowRect(TimelineRow row) const {
  double y = 0;
  for (const auto& [r, height] : kRows) {
    if (r == row) return {0, y, double(width()), height};
    y += height;
  }
  return {};
}

std::optional<TimelineRow> TimelineView::rowAt(double y) const {
  for (const auto& [row, height] : kRows)
    if (rowRect(row).contains(QPointF(kHeaderWidth + 1, y))) return row;
  return std::nullopt;
}

double TimelineView::xOfFrame(double frame) const {
  return kHeaderWidth + frame * (width() - kHeaderWidth - 8) / frameCount();
}

timeline::FrameIndex TimelineView::frameAtX(double x) const {
  const double perFrame = (width() - kHeaderWidth - 8) / double(frameCount());
  return std::clamp<timeline::FrameIndex>(timeline::FrameIndex(std::floor((x - kHeaderWidth) / perFrame)), 0,
                                          frameCount() - 1);
}

std::vector<timeline::ChannelId> TimelineView::rowChannels(TimelineRow row) const {
  std::vector<timeline::ChannelId> channels;
  if (!isTrackRow(row)) return channels;
  const auto region = regionOf(row);
  const timeline::TrackKind kind =
      row == TimelineRow::Pose ? timeline::TrackKind::Pose : timeline::TrackKind::Expression;
  for (int i = timeline::firstChannel(kind); i < timeline::channelEnd(kind); ++i) {
    const timeline::ChannelId id = *timeline::ChannelId::fromIndex(i);
    if (region && timeline::channelInfo(id).region != region) continue;
    // A region's channels show on its own row while it has modes of its own.
    if (!region && kind == timeline::TrackKind::Expression) {
      const auto own = timeline::channelInfo(id).region;
      if (own && !document_->project().region(*own).followsExpression) continue;
    }
    if (!focus_.empty() && std::find(focus_.begin(), focus_.end(), id) == focus_.end()) continue;
    channels.push_back(id);
  }
  return channels;
}

std::set<KeyRef> TimelineView::keysNear(TimelineRow row, double x) const {
  std::set<KeyRef> keys;
  const timeline::Project& project = document_->project();
  for (timeline::ChannelId channel : rowChannels(row)) {
    for (const timeline::Keyframe& key : project.curve(channel).keys()) {
      const double keyX = xOfFrame(timeline::frameAtTime(key.time, project.settings.frameRate) + 0.5);
      if (std::abs(keyX - x) <= kDiamondRadius + 1) keys.insert({channel, key.time});
    }
  }
  return keys;
}

void TimelineView::setFocusChannels(const std::vector<timeline::ChannelId>& channels) {
  focus_ = channels;
  update();
}

void TimelineView::selectRange(TimelineRow row, timeline::FrameIndex first, timeline::FrameIndex end) {
  first = std::clamp<timeline::FrameIndex>(first, 0, frameCount() - 1);
  range_ = RangeSelection{row, first, std::clamp<timeline::FrameIndex>(end, first + 1, frameCount())};
  emit selectionChanged();
  update();
}

bool TimelineView::setModeOverSelection(timeline::TrackMode mode) {
  const TimelineRow row = range_ ? range_->row : TimelineRow::Pose;
  const timeline::FrameRange frames =
      range_ ? timeline::FrameRange{range_->first, range_->end} : timeline::FrameRange{playhead_, frameCount()};
  return document_->apply(timeline::setModeOver(document_->project(), trackOf(row), frames, mode));
}

void TimelineView::selectKeys(const std::set<KeyRef>& keys) {
  selectedKeys_ = keys;
  emit selectionChanged();
  update();
}

bool TimelineView::deleteSelectedKeys() {
  if (selectedKeys_.empty()) return false;
  if (!document_->apply(timeline::deleteKeys(selectedKeys_))) return false;
  selectKeys({});
  return true;
}

bool TimelineView::moveSelectedKeys(timeline::FrameIndex frames, bool merge) {
  if (selectedKeys_.empty() || frames == 0) return false;
  const timeline::Project& project = document_->project();
  const std::set<KeyRef> moved = timeline::shiftedKeys(project, selectedKeys_, frames);
  // A drag that cannot go further (another key, the clip's edge) just stops.
  if (!document_->apply(timeline::shiftKeys(project, selectedKeys_, frames, merge), !merge)) return false;
  selectedKeys_ = moved;
  emit selectionChanged();
  return true;
}

void TimelineView::copySelectedKeys() {
  if (selectedKeys_.empty()) return;
  std::vector<timeline::ChannelId> channels;
  Rational first = selectedKeys_.begin()->time, last = first;
  for (const KeyRef& key : selectedKeys_) {
    if (std::find(channels.begin(), channels.end(), key.channel) == channels.end()) channels.push_back(key.channel);
    first = std::min(first, key.time);
    last = std::max(last, key.time);
  }
  clipboard_ = timeline::copyKeyframes(document_->project(), channels, first, last);
}

bool TimelineView::pasteKeys() {
  if (clipboard_.empty()) return false;
  return document_->apply(timeline::pasteKeyframes(clipboard_, frameTime(playhead_)));
}

void TimelineView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Base));
  paintRuler(painter);
  paintThumbnails(painter);
  for (TimelineRow row :
       {TimelineRow::Pose, TimelineRow::Expression, TimelineRow::Eyes, TimelineRow::Brows, TimelineRow::Mouth})
    paintTrackRow(painter, row);
  // In/out shading outside the range, then the playhead over everything.
  const QRectF all(kHeaderWidth, 0, width() - kHeaderWidth, height());
  QColor shade = palette().color(QPalette::Shadow);
  shade.setAlpha(50);
  painter.fillRect(QRectF(all.left(), 0, xOfFrame(in_) - all.left(), height()), shade);
  painter.fillRect(QRectF(xOfFrame(out_), 0, width() - xOfFrame(out_), height()), shade);
  const double x = xOfFrame(playhead_ + 0.5);
  painter.setPen(QPen(QColor(230, 60, 60), 2));
  painter.drawLine(QPointF(x, 0), QPointF(x, height()));
}

void TimelineView::paintRuler(QPainter& painter) const {
  const QRectF ruler = rowRect(TimelineRow::Ruler);
  painter.fillRect(ruler, palette().color(QPalette::Window));
  painter.setPen(palette().color(QPalette::WindowText));
  const Rational rate = document_->project().settings.frameRate;
  painter.drawText(QRectF(4, ruler.top(), kHeaderWidth - 8, ruler.height()), Qt::AlignVCenter,
                   QString::fromStdString(timeline::formatTime(playhead_, rate, display_)));
  // The widest label decides the spacing, so labels never run together.
  const QFontMetrics metrics(font());
  const QString widest =
      QString::fromStdString(timeline::formatTime(frameCount(), rate, timeline::TimeDisplay::Timecode));
  const double perFrame = (width() - kHeaderWidth - 8) / double(frameCount());
  for (const timeline::RulerTick& tick :
       timeline::rulerTicks({0, frameCount()}, rate, display_, perFrame, metrics.horizontalAdvance(widest) + 12)) {
    const double x = xOfFrame(tick.position.toDouble());
    painter.drawLine(QPointF(x, ruler.bottom() - 8), QPointF(x, ruler.bottom()));
    painter.drawText(QPointF(x + 3, ruler.bottom() - 9), QString::fromStdString(tick.label));
  }
  painter.drawLine(ruler.bottomLeft(), ruler.bottomRight());
}

void TimelineView::paintThumbnails(QPainter& painter) const {
  const QRectF row = rowRect(TimelineRow::Driver);
  painter.setPen(palette().color(QPalette::Text));
  painter.drawText(QRectF(4, row.top(), kHeaderWidth - 8, row.height()), Qt::AlignVCenter,
                   rowLabel(TimelineRow::Driver));
  if (thumbnails_.isEmpty()) return;
  const double left = kHeaderWidth, span = width() - kHeaderWidth - 8;
  const double tileWidth = row.height() * thumbnails_.front().width() / std::max(1, thumbnails_.front().height());
  const int tiles = std::max(1, int(span / tileWidth));
  for (int i = 0; i < tiles; ++i) {
    const QImage& image =
        thumbnails_[std::min<qsizetype>(thumbnails_.size() - 1, qsizetype(i) * thumbnails_.size() / tiles)];
    painter.drawImage(QRectF(left + i * tileWidth, row.top() + 2, tileWidth - 1, row.height() - 4), image);
  }
}

void TimelineView::paintTrackRow(QPainter& painter, TimelineRow row) const {
  const QRectF rect = rowRect(row);
  const timeline::Project& project = document_->project();
  painter.setPen(palette().color(QPalette::Text));
  painter.drawText(QRectF(4, rect.top(), kHeaderWidth - 8, rect.height()), Qt::AlignVCenter, rowLabel(row));
  const QRectF lane(kHeaderWidth, rect.top() + 2, width() - kHeaderWidth - 8, rect.height() - 4);
  const timeline::ModeTrack* track = modeTrackOf(project, row);
  const bool tall = rect.height() >= 24;
  if (!track) {
    painter.fillRect(lane, palette().color(QPalette::AlternateBase));
    QColor faint = palette().color(QPalette::Text);
    faint.setAlpha(150);
    painter.setPen(faint);
    painter.drawText(lane.adjusted(6, 0, 0, 0), Qt::AlignVCenter, tr("follows Expression"));
  } else {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const Rational rate = project.settings.frameRate;
    for (std::size_t i = 0; i < track->segments.size(); ++i) {
      const timeline::ModeSegment& segment = track->segments[i];
      const double start = xOfFrame(double(timeline::frameAtTime(segment.start, rate)));
      const double end = i + 1 < track->segments.size()
                             ? xOfFrame(double(timeline::frameAtTime(track->segments[i + 1].start, rate)))
                             : lane.right();
      const QRectF block(start, lane.top(), std::max(1.0, end - start), lane.height());
      painter.fillRect(block, modeColour(segment.mode, palette()));
      painter.setPen(Qt::white);
      // The label sits above the keys' diamonds and is cut to its block.
      const QString label = metrics.elidedText(modeLabel(segment.mode), Qt::ElideRight, int(block.width()) - 6);
      if (tall && label.size() > 1) painter.drawText(block.adjusted(3, 1, 0, 0), Qt::AlignTop | Qt::AlignLeft, label);
    }
    painter.setFont(font());
  }
  if (range_ && range_->row == row) {
    // Tinted and outlined twice (dark and light), so it shows on every mode's colour.
    const QRectF selection(xOfFrame(range_->first), rect.top() + 1, xOfFrame(range_->end) - xOfFrame(range_->first),
                           rect.height() - 2);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(90);
    painter.fillRect(selection, tint);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 0, 0, 200), 1));
    painter.drawRect(selection.adjusted(0, 0, -1, -1));
    painter.setPen(QPen(QColor(255, 255, 255, 230), 1, Qt::DashLine));
    painter.drawRect(selection.adjusted(1, 1, -2, -2));
  }
  // Diamonds: one per key time in this row; filled when selected.
  painter.setRenderHint(QPainter::Antialiasing);
  const Rational rate = project.settings.frameRate;
  for (timeline::ChannelId channel : rowChannels(row)) {
    for (const timeline::Keyframe& key : project.curve(channel).keys()) {
      const double x = xOfFrame(timeline::frameAtTime(key.time, rate) + 0.5);
      const double y = tall ? rect.bottom() - kDiamondRadius - 3 : rect.center().y();
      QPainterPath diamond;
      diamond.moveTo(x, y - kDiamondRadius);
      diamond.lineTo(x + kDiamondRadius, y);
      diamond.lineTo(x, y + kDiamondRadius);
      diamond.lineTo(x - kDiamondRadius, y);
      diamond.closeSubpath();
      const bool selected = selectedKeys_.count({channel, key.time}) != 0;
      painter.setPen(QPen(Qt::black, 1));
      painter.setBrush(selected ? QColor(255, 210, 60) : QColor(245, 245, 245));
      painter.drawPath(diamond);
    }
  }
  painter.setRenderHint(QPainter::Antialiasing, false);
  painter.setBrush(Qt::NoBrush);
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
  const auto row = rowAt(event->position().y());
  const timeline::FrameIndex frame = frameAtX(event->position().x());
  if (!row || event->button() != Qt::LeftButton || event->position().x() < kHeaderWidth) return;
  if (*row == TimelineRow::Ruler || *row == TimelineRow::Driver) {
    drag_ = Drag::Scrub;
    emit playheadRequested(frame, true);
    return;
  }
  std::set<KeyRef> hit = keysNear(*row, event->position().x());
  if (!hit.empty()) {
    std::set<KeyRef> keys = event->modifiers() & Qt::ShiftModifier ? selectedKeys_ : std::set<KeyRef>{};
    const bool alreadySelected = std::includes(selectedKeys_.begin(), selectedKeys_.end(), hit.begin(), hit.end());
    if (alreadySelected && !(event->modifiers() & Qt::ShiftModifier)) keys = selectedKeys_;
    keys.insert(hit.begin(), hit.end());
    selectKeys(keys);
    drag_ = Drag::Keys;
    dragStartFrame_ = frame;
    dragAppliedFrames_ = 0;
    return;
  }
  if (!(event->modifiers() & Qt::ShiftModifier)) selectKeys({});
  drag_ = Drag::Range;
  dragStartFrame_ = frame;
  selectRange(*row, frame, frame + 1);
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
  const timeline::FrameIndex frame = frameAtX(event->position().x());
  switch (drag_) {
    case Drag::None:
      return;
    case Drag::Scrub:
      emit playheadRequested(frame, true);
      return;
    case Drag::Range:
      selectRange(range_->row, std::min(dragStartFrame_, frame), std::max(dragStartFrame_, frame) + 1);
      return;
    case Drag::Keys: {
      const timeline::FrameIndex delta = frame - dragStartFrame_ - dragAppliedFrames_;
      if (delta != 0 && moveSelectedKeys(delta, true)) dragAppliedFrames_ += delta;
      return;
    }
  }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
  if (drag_ == Drag::Scrub) emit playheadRequested(frameAtX(event->position().x()), false);
  if (drag_ == Drag::Keys) document_->endMerge();
  drag_ = Drag::None;
}

void TimelineView::keyPressEvent(QKeyEvent* event) {
  if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
    deleteSelectedKeys();
  } else if (event->matches(QKeySequence::Copy)) {
    copySelectedKeys();
  } else if (event->matches(QKeySequence::Paste)) {
    pasteKeys();
  } else if (event->key() == Qt::Key_I) {
    setInOut(playhead_, out_);
  } else if (event->key() == Qt::Key_O) {
    setInOut(in_, playhead_ + 1);
  } else {
    QWidget::keyPressEvent(event);
  }
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event) {
  const auto row = rowAt(event->pos().y());
  if (!row || !isTrackRow(*row)) return;
  if (!range_ || range_->row != *row) selectRange(*row, frameAtX(event->pos().x()), frameCount());
  QMenu menu(this);
  for (timeline::TrackMode mode : {timeline::TrackMode::Driving, timeline::TrackMode::Source, timeline::TrackMode::Hold,
                                   timeline::TrackMode::Keyframed, timeline::TrackMode::DrivingOffset}) {
    menu.addAction(tr("Set to %1").arg(modeLabel(mode)), this, [this, mode] { setModeOverSelection(mode); });
  }
  if (regionOf(*row)) {
    menu.addSeparator();
    const FaceRegion region = *regionOf(*row);
    menu.addAction(tr("Follow Expression"), this,
                   [this, region] { document_->apply(timeline::setRegionFollows(region, true)); });
  }
  menu.exec(event->globalPos());
}

}  // namespace marionette::ui
