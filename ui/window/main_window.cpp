#include "ui/window/main_window.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/timeline/editing.h"
#include "ui/common/file_drop.h"
#include "ui/common/media_kind.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/preview/preview_controller.h"
#include "ui/preview/viewport.h"

namespace marionette::ui {

namespace {

// The size the window opens at on a large screen; smaller screens get what fits.
constexpr QSize kPreferredSize(1280, 820);

}  // namespace

MainWindow::MainWindow(ProjectDocument* document, ProjectMedia* media, PreviewController* preview, QWidget* parent)
    : QMainWindow(parent), document_(document), media_(media), preview_(preview), viewport_(new Viewport(this)) {
  setObjectName("MainWindow");
  showProjectTitle(tr("Untitled"), false);
  auto* central = new QWidget(this);
  centralLayout_ = new QVBoxLayout(central);
  centralLayout_->setContentsMargins(0, 0, 0, 0);
  centralLayout_->setSpacing(0);
  centralLayout_->addWidget(viewport_, 1);
  setCentralWidget(central);
  connect(new FileDropFilter(this), &FileDropFilter::filesDropped, media_, &ProjectMedia::openFiles);
  setDockNestingEnabled(true);
  buildMenus();
  buildToolBar();
  buildStatusBar();
  connect(viewport_, &Viewport::filesDropped, media_, &ProjectMedia::openFiles);
  connect(viewport_, &Viewport::gazePointed, this, [this](Vec2 point) {
    document_->apply(timeline::setGaze(document_->project(), preview_->playhead(), timeline::gazeTowards(point), true));
  });
  connect(viewport_, &Viewport::gazeDragEnded, document_, &ProjectDocument::endMerge);
  connect(preview_, &PreviewController::frameShown, this, &MainWindow::showFrame);
  connect(preview_, &PreviewController::problemChanged, this, [this](const QString& problem) {
    if (problem.isEmpty()) return;
    // Stays in the status bar until a frame renders: the preview is not live.
    frameLabel_->setText(tr("⚠ Preview unavailable"));
    frameLabel_->setToolTip(problem);
    statusBar()->showMessage(problem);
  });
  connect(media_, &ProjectMedia::portraitChanged, this, &MainWindow::showMedia);
  connect(document_, &ProjectDocument::changed, this, &MainWindow::showMedia);
  connect(media_, &ProjectMedia::trackingProgress, this, [this](int done, qint64 total) {
    if (total <= 0 && done <= 0) {
      trackingBar_->hide();
      return;
    }
    trackingBar_->setRange(0, int(std::max<qint64>(total, done)));
    trackingBar_->setValue(done);
    trackingBar_->setFormat(tr("Tracking %p%"));
    trackingBar_->show();
  });
  fitToScreen();
}

void MainWindow::fitToScreen() {
  const QRect available = screen() ? screen()->availableGeometry() : QRect(QPoint(0, 0), kPreferredSize);
  // Most of a large screen, all of a small one.
  const QSize wanted = kPreferredSize.expandedTo(available.size() * 0.85);
  resize(wanted.boundedTo(available.size()));
  move(available.center() - rect().center());
}

void MainWindow::restoreLayout(const QByteArray& geometry, const QByteArray& state) {
  if (!geometry.isEmpty()) restoreGeometry(geometry);
  if (!state.isEmpty()) restoreState(state);
  // A layout saved on a larger screen must still fit this one.
  if (screen() && !screen()->availableGeometry().contains(frameGeometry())) fitToScreen();
}

void MainWindow::addPanel(Qt::DockWidgetArea area, QWidget* widget, const QString& title, const QString& objectName) {
  auto* dock = new QDockWidget(title, this);
  dock->setObjectName(objectName);
  dock->setWidget(widget);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                    QDockWidget::DockWidgetClosable);
  addDockWidget(area, dock);
  // Side by side along the bottom, the timeline taking most of the width.
  const QList<QDockWidget*> bottom = findChildren<QDockWidget*>();
  if (bottom.size() >= 2 && area == Qt::BottomDockWidgetArea && dockWidgetArea(bottom.front()) == area)
    resizeDocks({bottom.front(), dock}, {900, 380}, Qt::Horizontal);
  viewMenu_->addAction(dock->toggleViewAction());
}

void MainWindow::buildMenus() {
  fileMenu_ = menuBar()->addMenu(tr("&File"));
  QAction* openPortrait = fileMenu_->addAction(tr("Open &Portrait…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Portrait"), {}, portraitFileFilter());
    if (!path.isEmpty()) media_->openPortrait(path);
  });
  openPortrait->setObjectName("openPortraitAction");
  QAction* openDriver = fileMenu_->addAction(tr("Open &Driving Video…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Driving Video"), {}, drivingVideoFileFilter());
    if (!path.isEmpty()) media_->openDriver(path);
  });
  openDriver->setObjectName("openDriverAction");
  fileMenu_->addSeparator();
  editMenu_ = menuBar()->addMenu(tr("&Edit"));
  viewMenu_ = menuBar()->addMenu(tr("&View"));

  viewModes_ = new QActionGroup(this);
  const std::array<std::pair<ViewMode, QString>, 4> entries{{{ViewMode::Result, tr("&Result")},
                                                             {ViewMode::Portrait, tr("&Portrait")},
                                                             {ViewMode::Driver, tr("&Driver")},
                                                             {ViewMode::SideBySide, tr("&Side by Side")}}};
  int key = Qt::Key_1;
  for (const auto& [mode, label] : entries) {
    QAction* action = viewMenu_->addAction(label);
    action->setCheckable(true);
    action->setChecked(mode == viewport_->mode());
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    action->setActionGroup(viewModes_);
    action->setData(int(mode));
    connect(action, &QAction::triggered, this, [this, mode = mode] { viewport_->setMode(mode); });
  }
  viewMenu_->addSeparator();
  QAction* overlay = viewMenu_->addAction(tr("Landmark && Pose &Overlay"));
  overlay->setCheckable(true);
  overlay->setShortcut(QKeySequence(Qt::Key_O));
  overlay->setObjectName("overlayAction");
  connect(overlay, &QAction::toggled, viewport_, &Viewport::setOverlayVisible);
  viewMenu_->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { viewport_->zoomBy(1.25); });
  viewMenu_->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { viewport_->zoomBy(0.8); });
  viewMenu_->addAction(tr("&Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { viewport_->setZoom(0); });
  viewMenu_->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0), this,
                       [this] { viewport_->setZoom(1); });
  viewMenu_->addSeparator();
}

void MainWindow::buildToolBar() {
  toolBar_ = addToolBar(tr("Main"));
  toolBar_->setObjectName("mainToolBar");
  viewMode_ = new QComboBox(toolBar_);
  viewMode_->setObjectName("viewModeCombo");
  viewMode_->addItem(tr("Result"), int(ViewMode::Result));
  viewMode_->addItem(tr("Portrait"), int(ViewMode::Portrait));
  viewMode_->addItem(tr("Driver"), int(ViewMode::Driver));
  viewMode_->addItem(tr("Side by side"), int(ViewMode::SideBySide));
  connect(viewMode_, &QComboBox::currentIndexChanged, this,
          [this](int) { viewport_->setMode(ViewMode(viewMode_->currentData().toInt())); });
  // The box and the View menu follow the viewport however its mode changed.
  connect(viewport_, &Viewport::modeChanged, this, [this](ViewMode mode) {
    viewMode_->setCurrentIndex(viewMode_->findData(int(mode)));
    for (QAction* action : viewModes_->actions()) action->setChecked(action->data().toInt() == int(mode));
  });
  toolBar_->addWidget(viewMode_);
  QAction* overlay = toolBar_->addAction(tr("Overlay"));
  overlay->setCheckable(true);
  connect(overlay, &QAction::toggled, viewport_, &Viewport::setOverlayVisible);
  toolBar_->addAction(tr("Fit"), this, [this] { viewport_->setZoom(0); });
  toolBar_->addSeparator();
}

void MainWindow::addExportAction(QAction* action) {
  auto* spacer = new QWidget(toolBar_);
  spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  toolBar_->addWidget(spacer);
  toolBar_->addAction(action);
  if (QWidget* button = toolBar_->widgetForAction(action)) button->setObjectName("exportButton");
}

void MainWindow::setStartActions(QAction* openPortrait, QAction* openDriver, QAction* example) {
  viewport_->setPlaceholder(tr("Drop a portrait image and a driving video here, or:"));
  viewport_->setStartActions({openPortrait, openDriver, example});
}

void MainWindow::buildStatusBar() {
  trackingBar_ = new QProgressBar(this);
  trackingBar_->setObjectName("trackingProgress");
  trackingBar_->setMaximumWidth(220);
  trackingBar_->setTextVisible(true);
  trackingBar_->hide();
  frameLabel_ = new QLabel(this);
  modelLabel_ = new QLabel(tr("Loading face models…"), this);
  modelLabel_->setObjectName("modelStatus");
  statusBar()->addPermanentWidget(trackingBar_);
  statusBar()->addPermanentWidget(frameLabel_);
  statusBar()->addPermanentWidget(modelLabel_);
  // The model loads on a worker; polling its future keeps the UI thread free.
  modelPoll_ = new QTimer(this);
  modelPoll_->setInterval(100);
  connect(modelPoll_, &QTimer::timeout, this, &MainWindow::pollModel);
  modelPoll_->start();
}

void MainWindow::pollModel() {
  if (media_->modelReady()) {
    modelLabel_->setText(tr("Face models ready"));
    modelPoll_->stop();
  } else if (QString error = media_->modelError(); !error.isEmpty()) {
    modelLabel_->setText(tr("Face models missing (see Preferences)"));
    modelLabel_->setToolTip(error);
    modelPoll_->stop();
  }
}

void MainWindow::showFrame(const PreviewFrame& frame) {
  const QSize portraitSize = media_->portraitImage().size();
  const Rect& region = frame.image.region;
  viewport_->setResult(
      {frame.image.result, frame.image.target, portraitSize, QRectF(region.x, region.y, region.width, region.height)});
  const auto& driver = document_->project().driver;
  if (!frame.image.driver.isNull() && driver && driver->motion &&
      frame.frame < timeline::FrameIndex(driver->motion->frames.size())) {
    const MotionTrack& track = *driver->motion;
    viewport_->setDriver(
        {frame.image.driver, track.frames[std::size_t(frame.frame)].motion, QSize(track.width, track.height), {}});
  }
  frameLabel_->setText(tr("%1 × %2 · %3 ms%4")
                           .arg(frame.image.result.width())
                           .arg(frame.image.result.height())
                           .arg(frame.renderMilliseconds, 0, 'f', 1)
                           .arg(frame.fromCache ? tr(" (cached)") : QString()));
}

void MainWindow::showMedia() {
  // Edits change the document constantly; the viewport repaints only for
  // another portrait or a driver coming or going.
  const auto portrait = media_->portrait();
  const bool driver = document_->project().driver.has_value();
  if (portrait == shownPortrait_ && driver == shownDriver_) return;
  shownPortrait_ = portrait;
  shownDriver_ = driver;
  if (portrait)
    viewport_->setPortrait({media_->portraitImage(), portrait->source.motion, media_->portraitImage().size(), {}});
  else
    viewport_->clearPortrait();
  if (!driver) viewport_->clearDriver();
}

void MainWindow::addBanner(QWidget* banner) { centralLayout_->insertWidget(centralLayout_->count() - 1, banner); }

void MainWindow::showProjectTitle(const QString& name, bool modified) {
  setWindowTitle(tr("%1[*] — Marionette").arg(name));
  setWindowModified(modified);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (closeGuard_ && !closeGuard_()) {
    event->ignore();
    return;
  }
  QMainWindow::closeEvent(event);
}

}  // namespace marionette::ui
