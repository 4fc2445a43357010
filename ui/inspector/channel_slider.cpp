#include "ui/inspector/channel_slider.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionSlider>
#include <cmath>

namespace marionette::ui {

namespace {

constexpr int kSteps = 1000;
constexpr double kFineFactor = 0.1;
constexpr double kKeyStep = 0.01;  // of the range per arrow key (Shift: a tenth)

}  // namespace

ChannelSlider::ChannelSlider(const timeline::TimelineChannel& channel, QWidget* parent)
    : QSlider(Qt::Horizontal, parent), channel_(channel), low_(channel.minimum), high_(channel.maximum) {
  QSlider::setRange(0, kSteps);
  setFocusPolicy(Qt::StrongFocus);
  setMinimumWidth(60);
  showValue(channel.defaultValue);
}

void ChannelSlider::setRange(double low, double high) {
  low_ = low;
  high_ = std::max(high, low + 1e-9);
}

void ChannelSlider::showValue(double value) {
  value_ = value;
  if (!dragging_) setRange(std::min(channel_.minimum, value), std::max(channel_.maximum, value));
  const QSignalBlocker block(this);
  QSlider::setValue(int(std::lround((value - low_) / (high_ - low_) * kSteps)));
  update();
}

QRect ChannelSlider::grooveRect() const {
  QStyleOptionSlider option;
  initStyleOption(&option);
  return style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
}

double ChannelSlider::unitsPerPixel(bool fine) const {
  const double span = std::max(1, grooveRect().width());
  return (high_ - low_) / span * (fine ? kFineFactor : 1.0);
}

double ChannelSlider::valueAtX(double x) const {
  const QRect groove = grooveRect();
  const double t = std::clamp((x - groove.left()) / std::max(1, groove.width()), 0.0, 1.0);
  return low_ + t * (high_ - low_);
}

double ChannelSlider::xOfValue(double value) const {
  const QRect groove = grooveRect();
  return groove.left() + (value - low_) / (high_ - low_) * groove.width();
}

void ChannelSlider::edit(double value, bool dragging) {
  value = std::clamp(value, low_, high_);
  if (value == value_ && dragging) return;
  showValue(value);
  emit valueEdited(value, dragging);
}

void ChannelSlider::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return QSlider::mousePressEvent(event);
  dragging_ = true;
  fine_ = event->modifiers() & Qt::ShiftModifier;
  anchorX_ = event->position().x();
  // A click jumps to the pointer; with Shift the value moves on from where it is.
  anchorValue_ = fine_ ? value_ : valueAtX(anchorX_);
  if (!fine_) edit(anchorValue_, true);
  setSliderDown(true);  // after the edit: what listens to the press does not delay its frame
  event->accept();
}

void ChannelSlider::mouseMoveEvent(QMouseEvent* event) {
  if (!dragging_) return QSlider::mouseMoveEvent(event);
  const bool fine = event->modifiers() & Qt::ShiftModifier;
  if (fine != fine_) {  // Shift pressed or let go mid-drag: continue from here
    fine_ = fine;
    anchorX_ = event->position().x();
    anchorValue_ = value_;
  }
  edit(anchorValue_ + (event->position().x() - anchorX_) * unitsPerPixel(fine_), true);
  event->accept();
}

void ChannelSlider::mouseReleaseEvent(QMouseEvent* event) {
  if (!dragging_) return QSlider::mouseReleaseEvent(event);
  dragging_ = false;
  setSliderDown(false);
  showValue(value_);
  emit editFinished();
  event->accept();
}

void ChannelSlider::keyPressEvent(QKeyEvent* event) {
  const double step = (high_ - low_) * kKeyStep * (event->modifiers() & Qt::ShiftModifier ? kFineFactor : 1.0);
  if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Up) {
    edit(value_ + step, false);
  } else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Down) {
    edit(value_ - step, false);
  } else {
    return QSlider::keyPressEvent(event);
  }
  emit editFinished();
}

void ChannelSlider::wheelEvent(QWheelEvent* event) { event->ignore(); }

void ChannelSlider::setWellBand(double minimum, double maximum) {
  if (minimum == channel_.renderedWellMinimum && maximum == channel_.renderedWellMaximum) return;
  channel_.renderedWellMinimum = minimum;
  channel_.renderedWellMaximum = maximum;
  update();
}

void ChannelSlider::paintEvent(QPaintEvent* event) {
  QSlider::paintEvent(event);
  // The band the renderer draws well, under the groove; warning colour past it.
  const QRect groove = grooveRect();
  const double y = groove.bottom() + 2;
  QPainter painter(this);
  const double left = xOfValue(std::max(low_, channel_.renderedWellMinimum));
  const double right = xOfValue(std::min(high_, channel_.renderedWellMaximum));
  const bool limited = channel_.renderedWellMinimum > low_ || channel_.renderedWellMaximum < high_;
  if (!limited) return;
  const QColor warning(220, 130, 30);
  painter.fillRect(QRectF(groove.left(), y, left - groove.left(), 3), warning);
  painter.fillRect(QRectF(right, y, groove.right() - right, 3), warning);
  painter.fillRect(QRectF(left, y, right - left, 3), palette().color(QPalette::Highlight));
}

QString ValueSpinBox::textFromValue(double value) const {
  // Rounded first, so a value a hair below zero reads "0.00", not "-0.00".
  const double scale = std::pow(10.0, decimals());
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;
  QString text = locale().toString(rounded, 'f', decimals());
  if (!isGroupSeparatorShown()) text.remove(locale().groupSeparator());
  return text;
}

}  // namespace marionette::ui
