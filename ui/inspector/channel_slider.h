#pragma once

#include <QDoubleSpinBox>
#include <QSlider>

#include "core/timeline/channels.h"

namespace marionette::ui {

// A slider for one channel's value: spans the channel's range (widened to
// show a value beyond it instead of pinning the handle), marks the band the
// renderer draws well, jumps to a click and follows the pointer, and with
// Shift held moves ten times finer from where it is. The wheel is left to
// the panel's scrolling so a scroll never edits.
class ChannelSlider : public QSlider {
  Q_OBJECT

 public:
  explicit ChannelSlider(const timeline::TimelineChannel& channel, QWidget* parent = nullptr);

  double value() const { return value_; }
  // Shows `value` without emitting anything (the project changed).
  void showValue(double value);
  bool dragging() const { return dragging_; }
  // Marks the band the renderer draws well (it depends on the portrait).
  void setWellBand(double minimum, double maximum);
  // What one pixel of pointer travel changes (Shift: a tenth of it).
  double unitsPerPixel(bool fine) const;

 signals:
  void valueEdited(double value, bool dragging);
  void editFinished();

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

 private:
  double valueAtX(double x) const;
  double xOfValue(double value) const;
  QRect grooveRect() const;
  void setRange(double low, double high);
  void edit(double value, bool dragging);

  timeline::TimelineChannel channel_;
  double low_, high_;  // the span shown: the channel's range and the value
  double value_ = 0;
  bool dragging_ = false;
  bool fine_ = false;
  double anchorX_ = 0, anchorValue_ = 0;
};

// A typed value: never shows "-0.00", keeps its unit short.
class ValueSpinBox : public QDoubleSpinBox {
  Q_OBJECT

 public:
  explicit ValueSpinBox(QWidget* parent = nullptr) : QDoubleSpinBox(parent) {}
  QString textFromValue(double value) const override;
};

}  // namespace marionette::ui
