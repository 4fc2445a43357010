#pragma once

#include <QImage>
#include <QWidget>
#include <array>
#include <optional>
#include <utility>

class QLabel;

#include "core/base/landmarks.h"
#include "core/motion/motion.h"

namespace marionette::ui {

enum class ViewMode { Result, Portrait, Driver, SideBySide };

// One picture the viewport can show, with the motion its face has, for the
// landmark-and-pose overlay. `frameSize` is the image frame the motion is
// expressed in (the portrait's or the driver's full size); `region` the part
// of that frame the picture shows (empty: all of it; a face crop shows less).
struct ViewImage {
  QImage image;
  std::optional<Motion> motion;
  QSize frameSize;
  QRectF region;
};

// Shows the result, the portrait, the driver or all three side by side, fit
// to the widget or zoomed (wheel, +/-), with an optional overlay. Files
// dropped on it are passed on; it loads nothing itself.
class Viewport : public QWidget {
  Q_OBJECT

 public:
  explicit Viewport(QWidget* parent = nullptr);

  void setPortrait(const ViewImage& portrait);
  void setResult(const ViewImage& result);
  void setDriver(const ViewImage& driver);
  void clearDriver();
  // No portrait and no result (a new project, or one whose portrait is missing).
  void clearPortrait();
  void setPlaceholder(const QString& text);
  // Buttons offered while there is nothing to show (open a portrait, a
  // driving video, the example project).
  void setStartActions(const QList<QAction*>& actions);

  ViewMode mode() const { return mode_; }
  void setMode(ViewMode mode);  // emits modeChanged
  void setOverlayVisible(bool visible);
  bool overlayVisible() const { return overlay_; }
  // Zoom factor relative to the image's pixels; 0 means fit to the widget.
  void setZoom(double zoom);
  double zoom() const { return zoom_; }
  void zoomBy(double factor);
  // When the result was last painted, for latency measurements.
  qint64 lastResultPaintMsecs() const { return lastResultPaint_; }

 signals:
  void filesDropped(const QStringList& paths);
  void zoomChanged(double zoom);
  void modeChanged(marionette::ui::ViewMode mode);
  // The result's eyes were grabbed and pointed: the point they should look
  // at, relative to the middle between them in face units (x right, y down;
  // see timeline::gazeTowards).
  void gazePointed(marionette::Vec2 point);
  void gazeDragEnded();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  QList<const ViewImage*> visibleImages() const;
  void updateStartPanel();
  void paintImage(QPainter& painter, const ViewImage& view, const QRectF& target) const;
  void paintOverlay(QPainter& painter, const ViewImage& view, const QRectF& target) const;

  // The result's eyes on screen: their centres and how many widget pixels a
  // face unit spans; empty when the result (with its motion) is not shown.
  struct EyesOnScreen {
    std::array<QPointF, 2> centres;
    double pixelsPerFaceUnit = 0;
  };
  std::optional<EyesOnScreen> resultEyes() const;
  bool overEyes(const QPointF& position) const;

  ViewImage portrait_, result_, driver_;
  QRectF resultTarget_;  // where the result was last painted
  // A gaze drag: where it started and the point the eyes looked at then.
  std::optional<std::pair<QPointF, Vec2>> gazeDrag_;
  QString placeholder_;
  QWidget* startPanel_ = nullptr;
  QLabel* startText_ = nullptr;
  ViewMode mode_ = ViewMode::Result;
  bool overlay_ = false;
  double zoom_ = 0;
  qint64 lastResultPaint_ = 0;
};

}  // namespace marionette::ui
