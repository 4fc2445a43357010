#include "ui/window/main_window.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "ui/preview/editor_controller.h"
#include "ui/common/file_drop.h"
#include "ui/common/media_kind.h"
#include "ui/preview/viewport.h"

namespace marionette::ui {

MainWindow::MainWindow(EditorController* editor, MediaLoader* loader, QWidget* parent)
    : QMainWindow(parent), editor_(editor), loader_(loader), viewport_(new Viewport(this)) {
  setObjectName("MainWindow");
  showProjectTitle(tr("Untitled"), false);
  auto* central = new QWidget(this);
  centralLayout_ = new QVBoxLayout(central);
  centralLayout_->setContentsMargins(0, 0, 0, 0);
  centralLayout_->setSpacing(0);
  centralLayout_->addWidget(viewport_, 1);
  setCentralWidget(central);
  connect(new FileDropFilter(this), &FileDropFilter::filesDropped, editor_, &EditorController::openFiles);
  setDockNestingEnabled(true);
  buildMenus();
  buildToolBar();
  buildStatusBar();
  connect(viewport_, &Viewport::filesDropped, editor_, &EditorController::openFiles);
  connect(editor_, &EditorController::frameShown, this, &MainWindow::showFrame);
  connect(editor_, &EditorController::mediaChanged, this, &MainWindow::showMedia);
  connect(editor_, &EditorController::statusMessage, this,
          [this](const QString& text) { statusBar()->showMessage(text, 8000); });
  connect(editor_, &EditorController::driverLoading, this, [this](const QString&, const QVector<QImage>&, qint64) {
    trackingBar_->setRange(0, 0);
    trackingBar_->setFormat(tr("Tracking…"));
    trackingBar_->show();
  });
  connect(editor_, &EditorController::trackingProgress, this, [this](int done, qint64 total) {
    if (total <= 0 || done >= total) {
      trackingBar_->hide();
      return;
    }
    trackingBar_->setRange(0, int(total));
    trackingBar_->setValue(done);
    trackingBar_->setFormat(tr("Tracking %p%"));
    trackingBar_->show();
  });
  resize(1280, 820);
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
    if (!path.isEmpty()) editor_->openPortrait(path);
  });
  openPortrait->setObjectName("openPortraitAction");
  QAction* openDriver = fileMenu_->addAction(tr("Open &Driving Video…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Driving Video"), {}, drivingVideoFileFilter());
    if (!path.isEmpty()) editor_->openDriver(path);
  });
  openDriver->setObjectName("openDriverAction");
  fileMenu_->addSeparator();
  editMenu_ = menuBar()->addMenu(tr("&Edit"));
  viewMenu_ = menuBar()->addMenu(tr("&View"));

  auto* modes = new QActionGroup(this);
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
    action->setActionGroup(modes);
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
  auto* mode = new QComboBox(toolBar_);
  mode->setObjectName("viewModeCombo");
  mode->addItem(tr("Result"), int(ViewMode::Result));
  mode->addItem(tr("Portrait"), int(ViewMode::Portrait));
  mode->addItem(tr("Driver"), int(ViewMode::Driver));
  mode->addItem(tr("Side by side"), int(ViewMode::SideBySide));
  connect(mode, &QComboBox::currentIndexChanged, this,
          [this, mode](int) { viewport_->setMode(ViewMode(mode->currentData().toInt())); });
  toolBar_->addWidget(mode);
  QAction* overlay = toolBar_->addAction(tr("Overlay"));
  overlay->setCheckable(true);
  connect(overlay, &QAction::toggled, viewport_, &Viewport::setOverlayVisible);
  toolBar_->addAction(tr("Fit"), this, [this] { viewport_->setZoom(0); });
  toolBar_->addSeparator();
}

void MainWindow::buildStatusBar() {
  trackingBar_ = new QProgressBar(this);
  trackingBar_->setObjectName("trackingProgress");
  trackingBar_->setMaximumWidth(220);
  trackingBar_->setTextVisible(true);
  trackingBar_->hide();
  frameLabel_ = new QLabel(this);
  modelLabel_ = new QLabel(tr("Loading landmark model…"), this);
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
  if (loader_->modelReady()) {
    modelLabel_->setText(tr("Landmark model ready"));
    modelPoll_->stop();
  } else if (QString error = loader_->modelError(); !error.isEmpty()) {
    modelLabel_->setText(tr("Landmark model missing (see Preferences)"));
    modelLabel_->setToolTip(error);
    modelPoll_->stop();
  }
}

void MainWindow::showFrame(const PreviewFrame& frame) {
  const EditorMedia& media = editor_->media();
  const QSize portraitSize = media.portraitImage.size();
  viewport_->setResult({frame.image.result, frame.image.target, portraitSize});
  if (!frame.image.driver.isNull() && media.driver && frame.frame < int(media.driver->frames.size())) {
    viewport_->setDriver({frame.image.driver, media.driver->frames[frame.frame].motion,
                          QSize(media.driver->width, media.driver->height)});
  }
  frameLabel_->setText(tr("%1 × %2 · %3 ms%4")
                           .arg(frame.image.result.width())
                           .arg(frame.image.result.height())
                           .arg(frame.renderMilliseconds, 0, 'f', 1)
                           .arg(frame.fromCache ? tr(" (cached)") : QString()));
}

void MainWindow::showMedia() {
  const EditorMedia& media = editor_->media();
  if (media.portrait)
    viewport_->setPortrait({media.portraitImage, media.portrait->motion, media.portraitImage.size()});
  else
    viewport_->clearPortrait();
  if (!media.driver) viewport_->clearDriver();
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
