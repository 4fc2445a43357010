#include "ui/curves/curve_editor.h"

#include <qcustomplot.h>
#include <QComboBox>
#include <QMouseEvent>
#include <QVBoxLayout>

#include "core/timeline/motion_at.h"
#include "core/timeline/time.h"
#include "ui/common/channel_names.h"
#include "ui/document/project_document.h"

namespace marionette::ui {

namespace {

constexpr double kPickRadiusPixels = 8;

// The project with `track` following the driver everywhere: what the
// channel would do without any edit.
timeline::Project drivingOnly(const timeline::Project& project, timeline::TrackKind track) {
  timeline::Project copy = project;
  timeline::ModeTrack& modes = track == timeline::TrackKind::Pose ? copy.pose : copy.expression;
  modes.segments = {timeline::ModeSegment{}};
  return copy;
}

}  // namespace

CurveEditor::CurveEditor(ProjectDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
  setObjectName("CurveEditor");
  channelBox_ = new QComboBox(this);
  for (const timeline::TimelineChannel& channel : timeline::timelineChannels())
    channelBox_->addItem(channelLabel(channel), channel.id.index());
  channelBox_->setCurrentIndex(channel_.index());
  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(160);
  plot_->legend->setVisible(true);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.8);
  plot_->legend->setFont(small);
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  plot_->xAxis->setLabel(tr("frame"));
  for (int i = 0; i < 3; ++i) plot_->addGraph();
  plot_->graph(0)->setName(tr("driver"));
  plot_->graph(0)->setPen(QPen(QColor(150, 150, 150), 1.5));
  plot_->graph(1)->setName(tr("result"));
  plot_->graph(1)->setPen(QPen(QColor(52, 120, 200), 2));
  plot_->graph(2)->setName(tr("keyframes"));
  plot_->graph(2)->setLineStyle(QCPGraph::lsNone);
  plot_->graph(2)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QColor(230, 150, 30), 11));
  plot_->installEventFilter(this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(channelBox_);
  layout->addWidget(plot_, 1);
  connect(channelBox_, &QComboBox::currentIndexChanged, this,
          [this](int) { setChannel(*timeline::ChannelId::fromIndex(channelBox_->currentData().toInt())); });
  connect(document_, &ProjectDocument::changed, this, &CurveEditor::rebuild);
  rebuild();
}

void CurveEditor::setChannel(timeline::ChannelId channel) {
  channel_ = channel;
  if (channelBox_->currentData().toInt() != channel.index()) channelBox_->setCurrentIndex(channel.index());
  rebuild();
}

void CurveEditor::setPlayhead(int frame) {
  // Only the line moves; the curves depend on the project, not the playhead.
  playhead_ = frame;
  if (!playheadLine_) return;
  playheadLine_->point1->setCoords(frame, 0);
  playheadLine_->point2->setCoords(frame, 1);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

int CurveEditor::evaluatedPointCount() const { return plot_->graph(1)->dataCount(); }

void CurveEditor::rebuild() {
  const timeline::Project& project = document_->project();
  const Motion portrait = project.portrait.motion.value_or(Motion{});
  const std::size_t index = std::size_t(channel_.index());
  const timeline::Project driving = drivingOnly(project, channel_.track());
  const std::int64_t frames = std::max<std::int64_t>(1, project.settings.frameCount);
  // Long clips are sampled so a redraw stays cheap.
  const std::int64_t step = std::max<std::int64_t>(1, frames / 1500);
  QVector<double> x, driver, result;
  for (std::int64_t f = 0; f < frames; f += step) {
    x << double(f);
    result << timeline::channelValuesOf(timeline::motionAt(project, f), portrait)[index];
    if (project.hasDriverMotion()) driver << timeline::channelValuesOf(timeline::motionAt(driving, f), portrait)[index];
  }
  plot_->graph(0)->setData(project.hasDriverMotion() ? x : QVector<double>{}, driver);
  plot_->graph(1)->setData(x, result);
  QVector<double> keyX, keyY;
  plot_->clearItems();
  const Rational rate = project.settings.frameRate;
  for (const timeline::Keyframe& key : project.curve(channel_).keys()) {
    const double kx = key.time.toDouble() * rate.toDouble();
    keyX << kx;
    keyY << key.value;
    if (key.interpolation != timeline::Interpolation::Bezier) continue;
    for (const timeline::Handle& handle : {key.in, key.out}) {
      auto* line = new QCPItemLine(plot_);
      line->setPen(QPen(QColor(230, 150, 30), 1, Qt::DashLine));
      line->start->setCoords(kx, key.value);
      line->end->setCoords(kx + handle.dt * rate.toDouble(), key.value + handle.dv);
    }
  }
  plot_->graph(2)->setData(keyX, keyY);
  playheadLine_ = new QCPItemStraightLine(plot_);
  playheadLine_->setPen(QPen(QColor(230, 60, 60), 1.5));
  playheadLine_->point1->setCoords(playhead_, 0);
  playheadLine_->point2->setCoords(playhead_, 1);
  const timeline::TimelineChannel& channel = timeline::channelInfo(channel_);
  plot_->xAxis->setRange(0, double(frames));
  plot_->yAxis->setRange(channel.minimum, channel.maximum);
  plot_->yAxis->setLabel(QString::fromUtf8(channel.unit.data(), int(channel.unit.size())));
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

std::optional<Rational> CurveEditor::keyNear(const QPointF& pixel) const {
  const timeline::Project& project = document_->project();
  const double rate = project.settings.frameRate.toDouble();
  for (const timeline::Keyframe& key : project.curve(channel_).keys()) {
    const QPointF at(plot_->xAxis->coordToPixel(key.time.toDouble() * rate), plot_->yAxis->coordToPixel(key.value));
    if (QLineF(at, pixel).length() <= kPickRadiusPixels) return key.time;
  }
  return std::nullopt;
}

bool CurveEditor::eventFilter(QObject* watched, QEvent* event) {
  if (watched != plot_) return false;
  if (event->type() == QEvent::MouseButtonPress) {
    draggedKey_ = keyNear(static_cast<QMouseEvent*>(event)->position());
    return draggedKey_.has_value();
  }
  if (event->type() == QEvent::MouseMove && draggedKey_) {
    const QPointF pos = static_cast<QMouseEvent*>(event)->position();
    const timeline::Project& project = document_->project();
    const std::int64_t frame =
        std::clamp<std::int64_t>(std::llround(plot_->xAxis->pixelToCoord(pos.x())), 0, project.settings.frameCount - 1);
    const timeline::TimelineChannel& channel = timeline::channelInfo(channel_);
    const double value = std::clamp(plot_->yAxis->pixelToCoord(pos.y()), channel.minimum, channel.maximum);
    const Rational to = timeline::frameTime(frame, project.settings.frameRate);
    if (document_->apply(timeline::moveKeyframe(channel_, *draggedKey_, to, value, true))) draggedKey_ = to;
    return true;
  }
  if (event->type() == QEvent::MouseButtonRelease && draggedKey_) {
    draggedKey_.reset();
    document_->endMerge();
    return true;
  }
  return false;
}

}  // namespace marionette::ui
