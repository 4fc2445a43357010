#pragma once

#include <QImage>
#include <QWidget>
#include <optional>

#include "core/base/landmarks.h"
#include "core/motion/motion.h"

namespace marionette::ui {

enum class ViewMode { Result, Portrait, Driver, SideBySide };

// One picture the viewport can show, with the motion its face has, for the
// landmark-and-pose overlay. `frameSize` is the image frame the motion is
// expressed in (the portrait's or the driver's full size).
struct ViewImage {
  QImage image;
  std::optional<Motion> motion;
  QSize frameSize;
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

  ViewMode mode() const { return mode_; }
  void setMode(ViewMode mode);
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

 protected:
  void paintEvent(QPaintEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;

 private:
  QList<const ViewImage*> visibleImages() const;
  void paintImage(QPainter& painter, const ViewImage& view, const QRectF& target) const;
  void paintOverlay(QPainter& painter, const ViewImage& view, const QRectF& target) const;

  ViewImage portrait_, result_, driver_;
  QString placeholder_;
  ViewMode mode_ = ViewMode::Result;
  bool overlay_ = false;
  double zoom_ = 0;
  qint64 lastResultPaint_ = 0;
};

}  // namespace marionette::ui
