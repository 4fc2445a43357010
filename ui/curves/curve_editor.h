#pragma once

#include <QTimer>
#include <QWidget>
#include <optional>

#include "core/base/rational.h"
#include "core/timeline/channels.h"
#include "core/timeline/time.h"

class QComboBox;
class QLabel;
class QCustomPlot;
class QCPItemStraightLine;
class QMouseEvent;

namespace marionette::ui {

class ProjectDocument;

// One channel's curves (QCustomPlot): what the driver alone would give, the
// keyframes with their Bezier handles, and the value the project finally
// evaluates to. Dragging a keyframe moves it in time and value.
class CurveEditor : public QWidget {
  Q_OBJECT

 public:
  explicit CurveEditor(ProjectDocument* document, QWidget* parent = nullptr);

  void setChannel(timeline::ChannelId channel);
  timeline::ChannelId channel() const { return channel_; }
  void setPlayhead(timeline::FrameIndex frame);
  QCustomPlot* plot() const { return plot_; }
  // Number of points on the evaluated curve (one per frame); for tests.
  int evaluatedPointCount() const;
  // Redraws now instead of after the short delay edits wait for; for tests.
  void flush() { rebuild(); }

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void rebuild();
  void applyPalette();
  void fitTicks();
  bool eventFilter(QObject* watched, QEvent* event) override;
  std::optional<Rational> keyNear(const QPointF& pixel) const;

  ProjectDocument* document_;
  timeline::ChannelId channel_ = timeline::ChannelId::expression(ExpressionChannel::SmileL);
  timeline::FrameIndex playhead_ = 0;
  QComboBox* channelBox_;
  QLabel* legend_ = nullptr;
  QTimer rebuildTimer_;
  QCustomPlot* plot_;
  std::optional<Rational> draggedKey_;
  QCPItemStraightLine* playheadLine_ = nullptr;
};

}  // namespace marionette::ui
