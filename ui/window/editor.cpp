#include "ui/window/editor.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

#include "core/timeline/motion_at.h"
#include "ui/timeline/audio_sync.h"
#include "ui/curves/curve_editor.h"
#include "ui/preview/editor_controller.h"
#include "ui/export/export_dialog.h"
#include "ui/export/export_runner.h"
#include "ui/inspector/inspector.h"
#include "ui/window/main_window.h"
#include "ui/document/media_problems_bar.h"
#include "ui/common/message_sink.h"
#include "ui/timeline/playback.h"
#include "ui/document/project_document.h"
#include "ui/document/project_session.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_view.h"
#include "ui/common/user_prompts.h"

namespace marionette::ui {

Editor::Editor(EditorServices services, QObject* parent) : QObject(parent), services_(std::move(services)) {
  const RendererMaker make = services_.makeRenderer;
  const RenderDevice device = services_.settings.device;
  services_.preview.fullSide = services_.settings.previewSide;
  services_.preview.draftSide = std::max(64, services_.settings.previewSide / 2);
  loader_ = new MediaLoader(services_.model, this);
  scheduler_ =
      new PreviewScheduler([make, device] { return make(device, RendererUse::Preview); }, services_.preview, this);
  controller_ = new EditorController(loader_, scheduler_, nullptr, this);
  exportRunner_ = new ExportRunner([make, device] { return make(device, RendererUse::Export); }, this);
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
  if (services_.prompts) {
    prompts_ = services_.prompts;
  } else {
    ownedPrompts_ = std::make_unique<DialogUserPrompts>(window_.get());
    prompts_ = ownedPrompts_.get();
  }
  settings_ =
      new SettingsController(services_.settings, services_.makeRenderer, services_.loadModel, services_.saveSettings,
                             {scheduler_, exportRunner_, loader_, controller_, messages_}, this);
  audio_ = new AudioSync(controller_, playback_, services_.audio, this);
  // The preview renders whatever the timeline project says, from a snapshot:
  // a Project copy is cheap (the driver's motion is shared) and immutable.
  controller_->setMotionSnapshotFactory([this](const EditorMedia&) -> std::function<Motion(int)> {
    return [project = document_->project()](int frame) { return timeline::motionAt(project, frame); };
  });
  connect(controller_, &EditorController::mediaChanged, this, &Editor::syncMediaIntoProject);
  connect(document_, &ProjectDocument::changed, controller_, [this] { controller_->motionChanged(); });
  buildPanels();
  buildEditActions();
  buildProject();
  auto showStatus = [this](const QString& text) { window_->statusBar()->showMessage(text, 8000); };
  connect(settings_, &SettingsController::statusMessage, this, showStatus);
  connect(audio_, &AudioSync::statusMessage, this, showStatus);
  connect(session_, &ProjectSession::statusMessage, this, showStatus);
}

void Editor::buildProject() {
  ProjectSession::Options options;
  options.untitledPath = services_.untitledAutosavePath;
  options.autosaveIntervalMs = services_.autosaveIntervalMs;
  options.recentProjects = services_.settings.recentProjects;
  session_ = new ProjectSession(document_, controller_, prompts_, messages_, options, this);
  connect(session_, &ProjectSession::titleChanged, window_.get(), &MainWindow::showProjectTitle);
  connect(session_, &ProjectSession::recentProjectsChanged, settings_, &SettingsController::setRecentProjects);
  connect(controller_, &EditorController::projectDropped, session_, &ProjectSession::open);
  window_->addBanner(new MediaProblemsBar(session_, window_.get()));
  window_->setCloseGuard([this] { return session_->confirmClose(); });

  // New / Open / Open Recent / Save / Save As go before the media entries.
  QMenu* file = window_->fileMenu();
  QAction* first = file->actions().value(0);
  auto add = [&](const QString& text, QKeySequence keys, const char* name, auto slot) {
    auto* action = new QAction(text, file);
    action->setShortcut(keys);
    action->setObjectName(name);
    connect(action, &QAction::triggered, session_, slot);
    file->insertAction(first, action);
    return action;
  };
  add(tr("&New Project"), QKeySequence::New, "newProjectAction", [this] { session_->newProject(); });
  add(tr("&Open Project…"), QKeySequence::Open, "openProjectAction", [this] { session_->openWithDialog(); });
  auto* recent = new QMenu(tr("Open &Recent"), file);
  recent->setObjectName("recentMenu");
  file->insertMenu(first, recent);
  auto fillRecent = [this, recent](const QStringList& paths) {
    recent->clear();
    for (const QString& path : paths)
      recent->addAction(QDir::toNativeSeparators(path), session_, [this, path] { session_->open(path); });
    recent->setEnabled(!paths.isEmpty());
  };
  connect(session_, &ProjectSession::recentProjectsChanged, recent, fillRecent);
  fillRecent(session_->recentProjects());
  add(tr("&Save Project"), QKeySequence::Save, "saveProjectAction", [this] { session_->save(); });
  add(tr("Save Project &As…"), QKeySequence::SaveAs, "saveProjectAsAction", [this] { session_->saveAs(); });
  file->insertSeparator(first);

  QAction* exportAction = file->addAction(tr("&Export…"), this, [this] { exportDialog()->show(); });
  exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  exportAction->setObjectName("exportAction");
  file->addSeparator();
  QAction* preferences = file->addAction(tr("&Preferences…"), this, [this] { settings_->showDialog(window_.get()); });
  preferences->setShortcut(QKeySequence::Preferences);
  preferences->setMenuRole(QAction::PreferencesRole);
  preferences->setObjectName("preferencesAction");
  QAction* quit = file->addAction(tr("&Quit"), window_.get(), &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
}

void Editor::syncMediaIntoProject() {
  const EditorMedia& media = controller_->media();
  const timeline::Project& project = document_->project();
  const timeline::MediaRef portrait{media.portraitPath.toStdString(), media.portraitHash};
  if (media.portrait && (!(project.portrait.file == portrait) || !project.portrait.motion))
    document_->setPortrait(portrait, media.portrait->motion);
  // A driver without a path plays a project's cached motion; its file is missing.
  if (media.driver && !media.drivingPath.isEmpty() && (!project.driver || project.driver->motion != media.driver))
    document_->setDriver({media.drivingPath.toStdString(), media.drivingHash}, media.driver);
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
        exportRunner_,
        // The project is copied here, on the UI thread; the export renders
        // from that copy while editing goes on.
        [this] {
          return ExportRequest{animateRequestFromProject(document_->project()), loader_->model()};
        },
        messages_, window_.get());
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
  return loader_->idle() && !controller_->trackingInProgress() && scheduler_->idle() && !exportRunner_->running() &&
         !settings_->modelSwitchPending();
}

}  // namespace marionette::ui
