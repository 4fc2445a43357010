#pragma once

#include <QMainWindow>
#include <functional>
#include <memory>

#include "core/pipeline/project_media.h"

class QActionGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QTimer;
class QVBoxLayout;

namespace marionette::ui {

class PreviewController;
class ProjectDocument;
class ProjectMedia;
class Viewport;
struct PreviewFrame;

// The window frame: menus, toolbar, status bar and docks around the
// viewport. It forwards user intent to the controllers and draws what they
// report; editing logic lives elsewhere.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  MainWindow(ProjectDocument* document, ProjectMedia* media, PreviewController* preview, QWidget* parent = nullptr);

  Viewport* viewport() const { return viewport_; }
  // Adds a dock on the given side; the View menu gets a toggle for it.
  void addPanel(Qt::DockWidgetArea area, QWidget* widget, const QString& title, const QString& objectName);
  QMenu* fileMenu() const { return fileMenu_; }
  QMenu* editMenu() const { return editMenu_; }
  QMenu* viewMenu() const { return viewMenu_; }
  QToolBar* mainToolBar() const { return toolBar_; }
  // A strip above the viewport (media missing — relink).
  void addBanner(QWidget* banner);
  // "Name* — Marionette"; the mark shows unsaved changes.
  void showProjectTitle(const QString& name, bool modified);
  // Asked before the window closes; false keeps it open (unsaved changes).
  void setCloseGuard(std::function<bool()> guard) { closeGuard_ = std::move(guard); }
  // The toolbar's Export button.
  void addExportAction(QAction* action);
  // What the empty window offers to click.
  void setStartActions(QAction* openPortrait, QAction* openDriver, QAction* example);
  // The geometry and dock layout of the last session (empty: sized to fit
  // the screen).
  void restoreLayout(const QByteArray& geometry, const QByteArray& state);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildMenus();
  void buildToolBar();
  void buildStatusBar();
  void showFrame(const PreviewFrame& frame);
  void showMedia();
  void pollModel();
  void fitToScreen();

  ProjectDocument* document_;
  ProjectMedia* media_;
  PreviewController* preview_;
  Viewport* viewport_;
  QComboBox* viewMode_ = nullptr;
  QActionGroup* viewModes_ = nullptr;
  QMenu* fileMenu_ = nullptr;
  QMenu* editMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QToolBar* toolBar_ = nullptr;
  QLabel* modelLabel_ = nullptr;
  QLabel* frameLabel_ = nullptr;
  QProgressBar* trackingBar_ = nullptr;
  QTimer* modelPoll_ = nullptr;
  QVBoxLayout* centralLayout_ = nullptr;
  std::shared_ptr<const PreparedPortrait> shownPortrait_;
  bool shownDriver_ = false;
  std::function<bool()> closeGuard_;
};

}  // namespace marionette::ui
