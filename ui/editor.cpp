#include "ui/editor.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

#include "core/timeline/evaluate.h"
#include "ui/curve_editor.h"
#include "ui/editor_controller.h"
#include "ui/export_dialog.h"
#include "ui/export_runner.h"
#include "ui/inspector.h"
#include "ui/main_window.h"
#include "ui/message_sink.h"
#include "ui/playback.h"
#include "ui/project_document.h"
#include "ui/timeline_panel.h"
#include "ui/timeline_view.h"

namespace marionette::ui {

namespace {

// The editor's current scene as an export of the whole clip.
ExportJobRequest requestFromScene(const PreviewScene* scene) {
  ExportJobRequest request;
  if (!scene) return request;
  request.source = scene->source;
  request.motionAt = scene->motionAt;
  request.firstFrame = 0;
  request.endFrame = scene->frameCount;
  request.frameRate = scene->frameRate;
  request.audioSourcePath = scene->drivingPath;
  return request;
}

}  // namespace

Editor::Editor(EditorServices services, QObject* parent) : QObject(parent), services_(std::move(services)) {
  loader_ = new MediaLoader(services_.model, this);
  scheduler_ = new PreviewScheduler(services_.previewRenderer, services_.preview, this);
  controller_ = new EditorController(loader_, scheduler_, nullptr, this);
  exportRunner_ = new ExportRunner(services_.exportRenderer, this);
  document_ = new ProjectDocument(nullptr, this);
  playback_ = new Playback(controller_, this);
  window_ = std::make_unique<MainWindow>(controller_, loader_);
  if (services_.messages) {
    messages_ = services_.messages;
  } else {
    ownedMessages_ = std::make_unique<DialogMessageSink>(window_.get());
    messages_ = ownedMessages_.get();
  }
  controller_->setMessageSink(messages_);
  document_->setMessageSink(messages_);
  // The preview renders whatever the timeline project says, from a snapshot:
  // a Project copy is cheap (the driver's motion is shared) and immutable.
  controller_->setMotionSnapshotFactory([this](const EditorMedia&) -> std::function<Motion(int)> {
    return [project = document_->project()](int frame) { return timeline::motionAt(project, frame); };
  });
  connect(controller_, &EditorController::mediaChanged, this, &Editor::syncMediaIntoProject);
  connect(document_, &ProjectDocument::changed, controller_, [this] { controller_->motionChanged(); });
  buildPanels();
  buildEditActions();

  QAction* exportAction = window_->fileMenu()->addAction(tr("&Export…"), this, [this] { exportDialog()->show(); });
  exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  exportAction->setObjectName("exportAction");
}

void Editor::syncMediaIntoProject() {
  const EditorMedia& media = controller_->media();
  const timeline::Project& project = document_->project();
  if (media.portrait && project.portrait.file.path != media.portraitPath.toStdString())
    document_->setPortrait(media.portraitPath, media.portrait->motion);
  if (media.driver && (!project.driver || project.driver->motion != media.driver))
    document_->setDriver(media.drivingPath, media.driver);
  if (!media.driver && project.settings.frameCount != controller_->frameCount())
    document_->setStandaloneLength(controller_->frameCount(), controller_->frameRate());
}

void Editor::buildPanels() {
  timeline_ = new TimelinePanel(document_, controller_, playback_);
  inspector_ = new Inspector(document_);
  curveEditor_ = new CurveEditor(document_);
  window_->addPanel(Qt::BottomDockWidgetArea, timeline_, tr("Timeline"), "timelineDock");
  window_->addPanel(Qt::RightDockWidgetArea, inspector_, tr("Inspector"), "inspectorDock");
  window_->addPanel(Qt::BottomDockWidgetArea, curveEditor_, tr("Curves"), "curvesDock");
  connect(controller_, &EditorController::playheadChanged, inspector_, &Inspector::setPlayhead);
  connect(controller_, &EditorController::playheadChanged, curveEditor_, &CurveEditor::setPlayhead);
  connect(inspector_, &Inspector::channelFocused, curveEditor_, &CurveEditor::setChannel);
  TimelineView* view = timeline_->view();
  connect(view, &TimelineView::selectionChanged, this, [this, view] {
    if (!view->selectedKeys().empty()) curveEditor_->setChannel(view->selectedKeys().begin()->channel);
    playback_->setRange(view->inFrame(), view->outFrame());
  });
}

void Editor::buildEditActions() {
  QMenu* edit = window_->editMenu();
  QAction* undo = edit->addAction(tr("&Undo"), this, [this] { document_->undo(); });
  undo->setShortcut(QKeySequence::Undo);
  undo->setObjectName("undoAction");
  QAction* redo = edit->addAction(tr("&Redo"), this, [this] { document_->redo(); });
  redo->setShortcut(QKeySequence::Redo);
  redo->setObjectName("redoAction");
  auto refreshNames = [this, undo, redo] {
    const QString undoName = document_->undoName(), redoName = document_->redoName();
    undo->setEnabled(!undoName.isEmpty());
    redo->setEnabled(!redoName.isEmpty());
    undo->setText(undoName.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoName));
    redo->setText(redoName.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoName));
    window_->setWindowModified(document_->isModified());
  };
  connect(document_, &ProjectDocument::changed, this, refreshNames);
  refreshNames();
  edit->addSeparator();
  TimelineView* view = timeline_->view();
  edit->addAction(tr("&Copy Keyframes"), QKeySequence::Copy, view, &TimelineView::copySelectedKeys);
  edit->addAction(tr("&Paste Keyframes"), QKeySequence::Paste, view, [view] { view->pasteKeys(); });
  edit->addAction(tr("&Delete Keyframes"), QKeySequence::Delete, view, [view] { view->deleteSelectedKeys(); });

  // Transport keys work wherever the focus is in the window.
  auto shortcut = [this](const QKeySequence& keys, auto slot) {
    auto* action = new QAction(window_.get());
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    window_->addAction(action);
  };
  shortcut(QKeySequence(Qt::Key_Space), [this] { playback_->toggle(); });
  shortcut(QKeySequence(Qt::Key_K), [this] { playback_->pause(); });
  shortcut(QKeySequence(Qt::Key_L), [this] { playback_->play(1); });
  shortcut(QKeySequence(Qt::Key_J), [this] { playback_->play(-1); });
  shortcut(QKeySequence(Qt::Key_Left), [this] { playback_->step(-1); });
  shortcut(QKeySequence(Qt::Key_Right), [this] { playback_->step(1); });
}

Editor::~Editor() {
  // Workers report to the window's widgets; stop them before the window goes.
  exportRunner_->cancel();
  exportRunner_->wait();
  loader_->cancelDriver();
  loader_->waitForIdle();
}

ExportDialog* Editor::exportDialog() {
  if (!exportDialog_) {
    exportDialog_ = new ExportDialog(
        exportRunner_, [this] { return requestFromScene(scheduler_->scene().get()); }, messages_, window_.get());
    TimelineView* view = timeline_->view();
    connect(view, &TimelineView::selectionChanged, exportDialog_,
            [this, view] { exportDialog_->setInOutRange(view->inFrame(), view->outFrame()); });
  }
  if (exportDialog_->outputPath().isEmpty() && controller_->hasPortrait()) {
    const QFileInfo portrait(controller_->media().portraitPath);
    exportDialog_->setOutputPath(QDir(portrait.absolutePath()).filePath(portrait.completeBaseName() + "-animated.mp4"));
  }
  return exportDialog_;
}

bool Editor::settled() const {
  return loader_->idle() && !controller_->trackingInProgress() && scheduler_->idle() && !exportRunner_->running();
}

}  // namespace marionette::ui
