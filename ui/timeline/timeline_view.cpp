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

QString timecode(int frame, Rational frameRate) {
  const double rate = std::max(1e-9, frameRate.toDouble());
  const int fps = std::max(1, int(std::lround(rate)));
  const int totalSeconds = int(frame / rate);
  return QString("%1:%2:%3")
      .arg(totalSeconds / 60, 2, 10, QChar('0'))
      .arg(totalSeconds % 60, 2, 10, QChar('0'))
      .arg(frame % fps, 2, 10, QChar('0'));
}

QColor modeColour(timeline::TrackMode mode) {
  switch (mode) {
    case timeline::TrackMode::Driving:
      return QColor(52, 120, 200);
    case timeline::TrackMode::Source:
      return QColor(130, 130, 130);
    case timeline::TrackMode::Hold:
      return QColor(214, 140, 40);
    case timeline::TrackMode::Keyframed:
      return QColor(140, 90, 200);
    case timeline::TrackMode::DrivingOffset:
      return QColor(40, 160, 150);
  }
  return Qt::gray;
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

int TimelineView::frameCount() const {
  return int(std::max<std::int64_t>(1, document_->project().settings.frameCount));
}

Rational TimelineView::frameTime(int frame) const {
  return timeline::frameTime(frame, document_->project().settings.frameRate);
}

void TimelineView::setPlayhead(int frame) {
  playhead_ = frame;
  update();
}

void TimelineView::setThumbnails(const QVector<QImage>& thumbnails) {
  thumbnails_ = thumbnails;
  update();
}

void TimelineView::setInOut(int in, int out) {
  in_ = std::clamp(in, 0, frameCount() - 1);
  out_ = std::clamp(out, in_ + 1, frameCount());
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

int TimelineView::frameAtX(double x) const {
  const double perFrame = (width() - kHeaderWidth - 8) / double(frameCount());
  return std::clamp(int((x - kHeaderWidth) / perFrame), 0, frameCount() - 1);
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

void TimelineView::selectRange(TimelineRow row, int first, int end) {
  range_ = RangeSelection{row, std::clamp(first, 0, frameCount() - 1), std::clamp(end, first + 1, frameCount())};
  emit selectionChanged();
  update();
}

bool TimelineView::setModeOverSelection(timeline::TrackMode mode) {
  const TimelineRow row = range_ ? range_->row : TimelineRow::Pose;
  const int first = range_ ? range_->first : playhead_;
  std::optional<Rational> end;
  if (range_ && range_->end < frameCount()) end = frameTime(range_->end);
  timeline::HoldTarget hold;
  hold.driverFrame = first;  // Hold freezes on the range's first driver frame
  if (regionOf(row) && document_->project().region(*regionOf(row)).followsExpression) {
    // A region gets modes of its own only once it stops following the expression track.
    std::vector<timeline::CommandPtr> commands;
    commands.push_back(timeline::setRegionFollows(*regionOf(row), false));
    commands.push_back(timeline::setTrackMode(trackOf(row), frameTime(first), end, mode, hold));
    return document_->apply(std::make_unique<CompositeCommand>(
        tr("Set %1 to %2").arg(rowLabel(row).trimmed(), modeLabel(mode)).toStdString(), std::move(commands)));
  }
  return document_->apply(timeline::setTrackMode(trackOf(row), frameTime(first), end, mode, hold));
}

void TimelineView::selectKeys(const std::set<KeyRef>& keys) {
  selectedKeys_ = keys;
  emit selectionChanged();
  update();
}

bool TimelineView::deleteSelectedKeys() {
  if (selectedKeys_.empty()) return false;
  std::vector<timeline::CommandPtr> commands;
  for (const KeyRef& key : selectedKeys_) commands.push_back(timeline::removeKeyframe(key.channel, key.time));
  const std::string name = selectedKeys_.size() == 1 ? commands.front()->name() : tr("Delete keyframes").toStdString();
  if (!document_->apply(std::make_unique<CompositeCommand>(name, std::move(commands)))) return false;
  selectKeys({});
  return true;
}

bool TimelineView::moveSelectedKeys(int frames, bool merge) {
  if (selectedKeys_.empty() || frames == 0) return false;
  const timeline::Project& project = document_->project();
  const Rational rate = project.settings.frameRate;
  std::vector<timeline::CommandPtr> commands;
  std::set<KeyRef> moved;
  // Keys moving right go first (right to left) so none lands on a neighbour still to move.
  std::vector<KeyRef> order(selectedKeys_.begin(), selectedKeys_.end());
  if (frames > 0) std::reverse(order.begin(), order.end());
  for (const KeyRef& key : order) {
    const auto index = project.curve(key.channel).find(key.time);
    if (!index) continue;
    const std::int64_t frame = timeline::frameAtTime(key.time, rate) + frames;
    if (frame < 0 || frame >= frameCount()) return false;
    const Rational to = timeline::frameTime(frame, rate);
    commands.push_back(timeline::moveKeyframe(key.channel, key.time, to, project.curve(key.channel).at(*index).value));
    moved.insert({key.channel, to});
  }
  const std::string name = tr("Move keyframes").toStdString();
  if (!document_->apply(std::make_unique<CompositeCommand>(name, std::move(commands), merge ? "move-keys" : "")))
    return false;
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
  painter.setPen(palette().color(QPalette::Text));
  const Rational rate = document_->project().settings.frameRate;
  painter.drawText(QRectF(4, ruler.top(), kHeaderWidth - 8, ruler.height()), Qt::AlignVCenter,
                   timecode(playhead_, rate));
  // Ticks every second or every few, so labels never overlap.
  const double perFrame = (width() - kHeaderWidth - 8) / double(frameCount());
  const int fps = std::max(1, int(std::lround(rate.toDouble())));
  int step = fps;
  while (step * perFrame < 70) step *= 2;
  for (int frame = 0; frame < frameCount(); frame += step) {
    const double x = xOfFrame(frame);
    painter.drawLine(QPointF(x, ruler.bottom() - 8), QPointF(x, ruler.bottom()));
    painter.drawText(QPointF(x + 3, ruler.bottom() - 9), timecode(frame, rate));
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
  if (!track) {
    painter.fillRect(lane, palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(lane.adjusted(6, 0, 0, 0), Qt::AlignVCenter, tr("follows Expression"));
  } else {
    const Rational rate = project.settings.frameRate;
    for (std::size_t i = 0; i < track->segments.size(); ++i) {
      const timeline::ModeSegment& segment = track->segments[i];
      const double start = xOfFrame(double(timeline::frameAtTime(segment.start, rate)));
      const double end = i + 1 < track->segments.size()
                             ? xOfFrame(double(timeline::frameAtTime(track->segments[i + 1].start, rate)))
                             : lane.right();
      const QRectF block(start, lane.top(), std::max(1.0, end - start), lane.height());
      painter.fillRect(block, modeColour(segment.mode));
      painter.setPen(Qt::white);
      if (block.width() > 60 && rect.height() >= 24)
        painter.drawText(block.adjusted(4, 0, 0, 0), Qt::AlignVCenter, modeLabel(segment.mode));
    }
  }
  if (range_ && range_->row == row) {
    QColor highlight = palette().color(QPalette::Highlight);
    highlight.setAlpha(110);
    painter.fillRect(
        QRectF(xOfFrame(range_->first), rect.top(), xOfFrame(range_->end) - xOfFrame(range_->first), rect.height()),
        highlight);
  }
  // Diamonds: one per key time in this row; filled when selected.
  painter.setRenderHint(QPainter::Antialiasing);
  const Rational rate = project.settings.frameRate;
  for (timeline::ChannelId channel : rowChannels(row)) {
    for (const timeline::Keyframe& key : project.curve(channel).keys()) {
      const double x = xOfFrame(timeline::frameAtTime(key.time, rate) + 0.5);
      const double y = rect.center().y();
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
  const int frame = frameAtX(event->position().x());
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
  const int frame = frameAtX(event->position().x());
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
      const int delta = frame - dragStartFrame_ - dragAppliedFrames_;
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
