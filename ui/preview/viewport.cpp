#include "ui/preview/viewport.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>

#include "core/motion/canonical_face.h"
#include "core/motion/face_model.h"
#include "ui/common/file_drop.h"

namespace marionette::ui {

namespace {

constexpr double kMinZoom = 0.05, kMaxZoom = 16;
constexpr double kPanelGap = 6;

// A point of the image frame where `region` of it fills `target`.
QPointF toWidget(Vec2 p, const QRectF& region, const QRectF& target) {
  return {target.left() + (p.x - region.left()) * target.width() / region.width(),
          target.top() + (p.y - region.top()) * target.height() / region.height()};
}

}  // namespace

Viewport::Viewport(QWidget* parent) : QWidget(parent) {
  connect(new FileDropFilter(this), &FileDropFilter::filesDropped, this, &Viewport::filesDropped);
  setMinimumSize(240, 160);  // small screens (1024×600) still fit the window
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);  // the cursor shows where the eyes can be grabbed
  setAutoFillBackground(false);
  placeholder_ = tr("Drop a portrait image and a driving video here");
  startPanel_ = new QWidget(this);
  startPanel_->setObjectName("startPanel");
  auto* layout = new QVBoxLayout(startPanel_);
  layout->setAlignment(Qt::AlignCenter);
  startText_ = new QLabel(placeholder_, startPanel_);
  startText_->setAlignment(Qt::AlignCenter);
  startText_->setWordWrap(true);
  layout->addWidget(startText_);
  updateStartPanel();
}

void Viewport::resizeEvent(QResizeEvent* event) {
  startPanel_->setGeometry(rect());
  QWidget::resizeEvent(event);
}

void Viewport::setStartActions(const QList<QAction*>& actions) {
  auto* layout = static_cast<QVBoxLayout*>(startPanel_->layout());
  for (QAction* action : actions) {
    if (!action) continue;
    auto* button = new QToolButton(startPanel_);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumWidth(220);
    layout->addWidget(button, 0, Qt::AlignHCenter);
  }
  updateStartPanel();
}

void Viewport::updateStartPanel() {
  const bool empty = visibleImages().isEmpty();
  startText_->setText(placeholder_);
  startPanel_->setVisible(empty);
}

void Viewport::setPortrait(const ViewImage& portrait) {
  portrait_ = portrait;
  updateStartPanel();
  update();
}

void Viewport::setResult(const ViewImage& result) {
  result_ = result;
  updateStartPanel();
  update();
}

void Viewport::setDriver(const ViewImage& driver) {
  driver_ = driver;
  updateStartPanel();
  update();
}

void Viewport::clearDriver() {
  driver_ = {};
  updateStartPanel();
  update();
}

void Viewport::clearPortrait() {
  portrait_ = {};
  result_ = {};
  updateStartPanel();
  update();
}

void Viewport::setPlaceholder(const QString& text) {
  placeholder_ = text;
  updateStartPanel();
  update();
}

void Viewport::setMode(ViewMode mode) {
  const bool changed = mode != mode_;
  mode_ = mode;
  updateStartPanel();
  update();
  if (changed) emit modeChanged(mode);
}

void Viewport::setOverlayVisible(bool visible) {
  overlay_ = visible;
  update();
}

void Viewport::setZoom(double zoom) {
  zoom_ = zoom <= 0 ? 0 : std::clamp(zoom, kMinZoom, kMaxZoom);
  emit zoomChanged(zoom_);
  update();
}

void Viewport::zoomBy(double factor) {
  QList<const ViewImage*> images = visibleImages();
  double current = zoom_;
  if (current <= 0 && !images.isEmpty() && !images.front()->image.isNull()) {
    // Start from the fitted scale so the first step does not jump.
    const QImage& image = images.front()->image;
    current = std::min(double(width()) / (image.width() * images.size()), double(height()) / image.height());
  }
  setZoom((current <= 0 ? 1 : current) * factor);
}

QList<const ViewImage*> Viewport::visibleImages() const {
  // The result falls back to the still portrait until the first frame arrives.
  const ViewImage* result = result_.image.isNull() ? &portrait_ : &result_;
  QList<const ViewImage*> images;
  switch (mode_) {
    case ViewMode::Result:
      images << result;
      break;
    case ViewMode::Portrait:
      images << &portrait_;
      break;
    case ViewMode::Driver:
      images << &driver_;
      break;
    case ViewMode::SideBySide:
      images << &portrait_;
      if (!driver_.image.isNull()) images << &driver_;
      images << result;
      break;
  }
  images.removeIf([](const ViewImage* view) { return view->image.isNull(); });
  return images;
}

void Viewport::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Dark));
  resultTarget_ = {};  // set again below if the result is among what is shown
  QList<const ViewImage*> images = visibleImages();
  if (images.isEmpty()) return;  // the start panel says what to do
  // Panels share one height so faces compare at the same scale.
  const double gaps = kPanelGap * (images.size() - 1);
  double totalAspect = 0;
  for (const ViewImage* view : images) totalAspect += double(view->image.width()) / view->image.height();
  double panelHeight =
      zoom_ > 0 ? images.front()->image.height() * zoom_ : std::min((width() - gaps) / totalAspect, double(height()));
  double x = (width() - (panelHeight * totalAspect + gaps)) / 2;
  const double y = (height() - panelHeight) / 2;
  painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom_ <= 0 || zoom_ < 2);
  for (const ViewImage* view : images) {
    const double panelWidth = panelHeight * view->image.width() / view->image.height();
    const QRectF target(x, y, panelWidth, panelHeight);
    if (view == &result_) resultTarget_ = target;
    paintImage(painter, *view, target);
    x += panelWidth + kPanelGap;
  }
  if (images.contains(&result_)) lastResultPaint_ = QDateTime::currentMSecsSinceEpoch();
}

void Viewport::paintImage(QPainter& painter, const ViewImage& view, const QRectF& target) const {
  painter.drawImage(target, view.image);
  if (overlay_) paintOverlay(painter, view, target);
}

void Viewport::paintOverlay(QPainter& painter, const ViewImage& view, const QRectF& target) const {
  if (!view.motion || view.frameSize.isEmpty()) return;
  const ImageFrame frame{view.frameSize.width(), view.frameSize.height()};
  const QRectF region = view.region.isEmpty() ? QRectF(QPointF(0, 0), QSizeF(view.frameSize)) : view.region;
  const Landmarks points = decodeLandmarks(canonicalFace(), view.motion->expression, view.motion->pose, frame);
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(80, 230, 120));
  const double radius = std::max(1.5, target.width() / 300);
  for (const Vec2& p : points) painter.drawEllipse(toWidget(p, region, target), radius, radius);
  // Pose axes from the nose bridge: x red, y green, z blue (as the CLI draws them).
  const Vec3 origin = canonicalFace()[27];
  const Vec2 base = projectPoint(origin, view.motion->pose, frame);
  const std::array<std::pair<Vec3, QColor>, 3> axes{
      {{{0.6, 0, 0}, QColor(235, 64, 52)}, {{0, -0.6, 0}, QColor(64, 200, 64)}, {{0, 0, -0.6}, QColor(64, 120, 255)}}};
  for (const auto& [axis, colour] : axes) {
    painter.setPen(QPen(colour, std::max(2.0, radius * 1.2), Qt::SolidLine, Qt::RoundCap));
    const Vec2 tip = projectPoint(origin + axis, view.motion->pose, frame);
    painter.drawLine(toWidget(base, region, target), toWidget(tip, region, target));
  }
  painter.restore();
}

void Viewport::wheelEvent(QWheelEvent* event) {
  zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
  event->accept();
}

void Viewport::mouseDoubleClickEvent(QMouseEvent*) { setZoom(0); }

std::optional<Viewport::EyesOnScreen> Viewport::resultEyes() const {
  if (resultTarget_.isEmpty() || !result_.motion || result_.frameSize.isEmpty()) return std::nullopt;
  const ImageFrame frame{result_.frameSize.width(), result_.frameSize.height()};
  const QRectF region = result_.region.isEmpty() ? QRectF(QPointF(0, 0), QSizeF(result_.frameSize)) : result_.region;
  const Landmarks points = decodeLandmarks(canonicalFace(), result_.motion->expression, result_.motion->pose, frame);
  EyesOnScreen eyes;
  for (int e = 0; e < 2; ++e) {
    Vec2 centre;
    for (int k = 0; k < 6; ++k) centre = centre + points[std::size_t(36 + 6 * e + k)] * (1.0 / 6);
    eyes.centres[std::size_t(e)] = toWidget(centre, region, resultTarget_);
  }
  eyes.pixelsPerFaceUnit = result_.motion->pose.scale * resultTarget_.width() / region.width();
  return eyes;
}

bool Viewport::overEyes(const QPointF& position) const {
  const auto eyes = resultEyes();
  if (!eyes) return false;
  // Within a third of the eye span of either eye, and never a target under 8 pixels.
  const double reach = std::max(8.0, eyes->pixelsPerFaceUnit / 3);
  for (const QPointF& centre : eyes->centres)
    if (QLineF(centre, position).length() <= reach) return true;
  return false;
}

void Viewport::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !overEyes(event->position())) return QWidget::mousePressEvent(event);
  // The drag moves the point the eyes already look at, so grabbing them never makes them jump.
  const Vec2 gaze = result_.motion->expression.gaze();
  gazeDrag_.emplace(event->position(), Vec2{std::tan(gaze.x * kPi / 180), std::tan(gaze.y * kPi / 180)});
  setCursor(Qt::ClosedHandCursor);
  event->accept();
}

void Viewport::mouseMoveEvent(QMouseEvent* event) {
  if (!gazeDrag_) {
    if (overEyes(event->position()))
      setCursor(Qt::OpenHandCursor);
    else
      unsetCursor();
    return QWidget::mouseMoveEvent(event);
  }
  const auto eyes = resultEyes();
  if (!eyes || eyes->pixelsPerFaceUnit <= 0) return;
  const QPointF moved = event->position() - gazeDrag_->first;
  const Vec2 start = gazeDrag_->second;
  emit gazePointed({start.x + moved.x() / eyes->pixelsPerFaceUnit, start.y + moved.y() / eyes->pixelsPerFaceUnit});
  event->accept();
}

void Viewport::mouseReleaseEvent(QMouseEvent* event) {
  if (!gazeDrag_) return QWidget::mouseReleaseEvent(event);
  gazeDrag_.reset();
  emit gazeDragEnded();
  setCursor(overEyes(event->position()) ? Qt::OpenHandCursor : Qt::ArrowCursor);
  event->accept();
}

}  // namespace marionette::ui
