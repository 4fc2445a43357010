#include "ui/curves/curve_editor.h"

#include <qcustomplot.h>
#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <algorithm>

#include "core/timeline/editing.h"
#include "core/timeline/motion_at.h"
#include "core/timeline/time.h"
#include "ui/common/channel_names.h"
#include "ui/document/project_document.h"

namespace marionette::ui {

namespace {

constexpr double kPickRadiusPixels = 8;
constexpr double kTickSpacingPixels = 80;  // x labels at least this far apart
constexpr int kRebuildDelayMs = 40;

// The project with `track` following the driver everywhere: what the
// channel would do without any edit.
timeline::Project drivingOnly(const timeline::Project& project, timeline::TrackKind track) {
  timeline::Project copy = project;
  timeline::ModeTrack& modes = track == timeline::TrackKind::Pose ? copy.pose : copy.expression;
  modes.segments = {timeline::ModeSegment{}};
  if (track == timeline::TrackKind::Expression)
    for (FaceRegion region : timeline::kRegions) copy.region(region).followsExpression = true;
  return copy;
}

// The smallest span the value axis shows, so a flat curve is not blown up
// into noise: two degrees, a twentieth of a face unit, a tenth of a reading.
double minimumSpan(const timeline::TimelineChannel& channel) {
  if (channel.unit == "°") return 2;
  if (channel.id.track() == timeline::TrackKind::Pose) return 0.05;
  return 0.1;
}

}  // namespace

CurveEditor::CurveEditor(ProjectDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
  setObjectName("CurveEditor");
  channelBox_ = new QComboBox(this);
  for (const timeline::TimelineChannel& channel : timeline::timelineChannels())
    channelBox_->addItem(channelLabel(channel), channel.id.index());
  channelBox_->setCurrentIndex(channel_.index());
  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(120);
  // The legend is a line of text beside the channel, never over the data.
  plot_->legend->setVisible(false);
  legend_ = new QLabel(this);
  legend_->setObjectName("curveLegend");
  legend_->setWordWrap(true);  // wraps between entries under a narrow panel instead of widening it
  plot_->xAxis->setLabel(tr("frame"));
  for (int i = 0; i < 3; ++i) plot_->addGraph();
  plot_->graph(0)->setName(tr("driver"));
  plot_->graph(1)->setName(tr("result"));
  plot_->graph(2)->setName(tr("keyframes"));
  plot_->graph(2)->setLineStyle(QCPGraph::lsNone);
  plot_->installEventFilter(this);
  applyPalette();
  legend_->setAlignment(Qt::AlignCenter);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(channelBox_);
  layout->addWidget(plot_, 1);
  layout->addWidget(legend_);
  connect(channelBox_, &QComboBox::currentIndexChanged, this,
          [this](int) { setChannel(*timeline::ChannelId::fromIndex(channelBox_->currentData().toInt())); });
  // Redrawn shortly after the project changes, not inside the edit: the
  // preview's new frame gets the UI thread first, and a drag's many changes
  // make one redraw.
  rebuildTimer_.setSingleShot(true);
  rebuildTimer_.setInterval(kRebuildDelayMs);
  connect(&rebuildTimer_, &QTimer::timeout, this, &CurveEditor::rebuild);
  connect(document_, &ProjectDocument::changed, &rebuildTimer_, qOverload<>(&QTimer::start));
  rebuild();
}

void CurveEditor::applyPalette() {
  const QPalette p = palette();
  const QColor text = p.color(QPalette::WindowText);
  plot_->setBackground(p.color(QPalette::Base));
  plot_->axisRect()->setBackground(p.color(QPalette::Base));
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    QColor grid = text;
    grid.setAlpha(40);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
  }
  // Halfway between text and background: quieter than the result, and the
  // same colour in the legend's text.
  const QColor base = p.color(QPalette::Base);
  const QColor driver((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                      (text.blue() + base.blue()) / 2);
  plot_->graph(0)->setPen(QPen(driver, 1.5));
  plot_->graph(1)->setPen(QPen(p.color(QPalette::Highlight), 2));
  plot_->graph(2)->setScatterStyle(
      QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(text, 1), QBrush(QColor(230, 150, 30)), 11));
  legend_->setText(tr("<span style='color:%1'>━</span>&nbsp;result &nbsp; <span style='color:%2'>━</span>&nbsp;driver "
                      "&nbsp; <span style='color:#e6961e'>◆</span>&nbsp;keys")
                       .arg(p.color(QPalette::Highlight).name(), driver.name(QColor::HexRgb)));
}

void CurveEditor::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
    applyPalette();
    rebuild();
  }
  QWidget::changeEvent(event);
}

void CurveEditor::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitTicks();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CurveEditor::fitTicks() {
  const int width = std::max(1, plot_->axisRect()->width());
  plot_->xAxis->ticker()->setTickCount(std::max(2, int(width / kTickSpacingPixels)));
  plot_->yAxis->ticker()->setTickCount(std::max(2, plot_->axisRect()->height() / 35));
}

void CurveEditor::setChannel(timeline::ChannelId channel) {
  // A slider pressed in the inspector focuses its channel here; the plot
  // follows a moment later so the press's own edit renders first.
  if (channel == channel_ && channelBox_->currentData().toInt() == channel.index()) return;
  channel_ = channel;
  if (channelBox_->currentData().toInt() != channel.index()) channelBox_->setCurrentIndex(channel.index());
  rebuildTimer_.start();
}

void CurveEditor::setPlayhead(timeline::FrameIndex frame) {
  // Only the line moves; the curves depend on the project, not the playhead.
  playhead_ = frame;
  if (!playheadLine_) return;
  playheadLine_->point1->setCoords(double(frame), 0);
  playheadLine_->point2->setCoords(double(frame), 1);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

int CurveEditor::evaluatedPointCount() const { return plot_->graph(1)->dataCount(); }

void CurveEditor::rebuild() {
  const timeline::Project& project = document_->project();
  const Motion portrait = project.portrait.motion.value_or(Motion{});
  const std::size_t index = std::size_t(channel_.index());
  const timeline::Project driving = drivingOnly(project, channel_.track());
  const timeline::FrameIndex frames = std::max<timeline::FrameIndex>(1, project.settings.frameCount);
  // Long clips are sampled so a redraw stays cheap.
  const timeline::FrameIndex step = std::max<timeline::FrameIndex>(1, frames / 1500);
  QVector<double> x, driver, result;
  double low = 1e300, high = -1e300;
  auto widen = [&](double v) {
    low = std::min(low, v);
    high = std::max(high, v);
  };
  for (timeline::FrameIndex f = 0; f < frames; f += step) {
    x << double(f);
    result << timeline::channelValuesOf(timeline::motionAt(project, f), portrait)[index];
    widen(result.back());
    if (project.hasDriverMotion()) {
      driver << timeline::channelValuesOf(timeline::motionAt(driving, f), portrait)[index];
      widen(driver.back());
    }
  }
  plot_->graph(0)->setData(project.hasDriverMotion() ? x : QVector<double>{}, driver);
  plot_->graph(0)->setVisible(project.hasDriverMotion());
  plot_->graph(1)->setData(x, result);
  QVector<double> keyX, keyY;
  plot_->clearItems();
  const Rational rate = project.settings.frameRate;
  const QColor handleColour(230, 150, 30);
  for (const timeline::Keyframe& key : project.curve(channel_).keys()) {
    const double kx = key.time.toDouble() * rate.toDouble();
    keyX << kx;
    keyY << key.value;
    widen(key.value);
    if (key.interpolation != timeline::Interpolation::Bezier) continue;
    for (const timeline::Handle& handle : {key.in, key.out}) {
      auto* line = new QCPItemLine(plot_);
      line->setPen(QPen(handleColour, 1, Qt::DashLine));
      line->start->setCoords(kx, key.value);
      line->end->setCoords(kx + handle.dt * rate.toDouble(), key.value + handle.dv);
      widen(key.value + handle.dv);
    }
  }
  plot_->graph(2)->setData(keyX, keyY);
  playheadLine_ = new QCPItemStraightLine(plot_);
  playheadLine_->setPen(QPen(QColor(230, 60, 60), 1.5));
  playheadLine_->point1->setCoords(double(playhead_), 0);
  playheadLine_->point2->setCoords(double(playhead_), 1);
  const timeline::TimelineChannel& channel = timeline::channelInfo(channel_);
  // The value axis fits what is drawn, with a margin, never thinner than a
  // span that keeps tracker noise from looking like motion.
  const double centre = (low + high) / 2;
  const double span = std::max(high - low, minimumSpan(channel)) * 1.15;
  plot_->xAxis->setRange(0, double(frames));
  plot_->yAxis->setRange(centre - span / 2, centre + span / 2);
  plot_->yAxis->setLabel(channelUnit(channel));
  fitTicks();
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
    const auto frame = timeline::FrameIndex(std::llround(plot_->xAxis->pixelToCoord(pos.x())));
    const timeline::TimelineChannel& channel = timeline::channelInfo(channel_);
    const double value = std::clamp(plot_->yAxis->pixelToCoord(pos.y()), channel.minimum, channel.maximum);
    const timeline::KeyRef key{channel_, *draggedKey_};
    if (document_->apply(timeline::moveKey(project, key, frame, value, true), false))
      draggedKey_ =
          timeline::frameTime(std::clamp<timeline::FrameIndex>(
                                  frame, 0, std::max<timeline::FrameIndex>(0, project.settings.frameCount - 1)),
                              project.settings.frameRate);
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
