#include "ui/window/editor.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolBar>

#include "core/timeline/commands.h"
#include "core/timeline/editing.h"
#include "ui/common/message_sink.h"
#include "ui/common/user_prompts.h"
#include "ui/curves/curve_editor.h"
#include "ui/document/media_problems_bar.h"
#include "ui/document/project_document.h"
#include "ui/document/project_session.h"
#include "ui/export/export_dialog.h"
#include "ui/export/export_runner.h"
#include "ui/inspector/inspector.h"
#include "ui/live/live_controller.h"
#include "ui/live/live_panel.h"
#include "ui/preview/preview_controller.h"
#include "ui/timeline/audio_sync.h"
#include "ui/timeline/playback.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_view.h"
#include "ui/window/main_window.h"

namespace marionette::ui {

namespace {

// The example: four seconds of the presets as editable keys.
constexpr timeline::FrameIndex kExampleFrames = 100;
const std::vector<Preset> kExamplePresets{Preset::Nod, Preset::Blink, Preset::Smile, Preset::Talk};

}  // namespace

Editor::Editor(EditorServices services, QObject* parent) : QObject(parent), services_(std::move(services)) {
  const RendererMaker make = services_.makeRenderer;
  const RenderDevice device = services_.settings.device;
  services_.preview.fullSide = services_.settings.previewSide;
  services_.preview.draftSide = std::max(64, services_.settings.previewSide / 2);
  document_ = new ProjectDocument(nullptr, this);
  media_ = new ProjectMedia(document_, services_.model, nullptr, this);
  scheduler_ =
      new PreviewScheduler([make, device] { return make(device, RendererUse::Preview); }, services_.preview, this);
  preview_ = new PreviewController(document_, media_, scheduler_, nullptr, this);
  exportRunner_ = new ExportRunner([make, device] { return make(device, RendererUse::Export); }, this);
  playback_ = new Playback(preview_, this);
  window_ = std::make_unique<MainWindow>(document_, media_, preview_);
  if (services_.messages) {
    messages_ = services_.messages;
  } else {
    ownedMessages_ = std::make_unique<DialogMessageSink>(window_.get());
    messages_ = ownedMessages_.get();
  }
  document_->setMessageSink(messages_);
  media_->setMessageSink(messages_);
  preview_->setMessageSink(messages_);
  if (services_.prompts) {
    prompts_ = services_.prompts;
  } else {
    ownedPrompts_ = std::make_unique<DialogUserPrompts>(window_.get());
    prompts_ = ownedPrompts_.get();
  }
  settings_ =
      new SettingsController(services_.settings, services_.makeRenderer, services_.loadModel, services_.saveSettings,
                             {scheduler_, exportRunner_, media_, preview_, messages_}, this);
  audio_ = new AudioSync(document_, preview_, playback_, services_.audio, this);
  buildPanels();
  buildEditActions();
  buildProject();
  auto showStatus = [this](const QString& text) { window_->statusBar()->showMessage(text, 8000); };
  connect(settings_, &SettingsController::statusMessage, this, showStatus);
  connect(audio_, &AudioSync::statusMessage, this, showStatus);
  connect(session_, &ProjectSession::statusMessage, this, showStatus);
  connect(media_, &ProjectMedia::statusMessage, this, showStatus);
  connect(live_, &LiveController::statusMessage, this, showStatus);
  window_->restoreLayout(services_.settings.windowGeometry, services_.settings.windowState);
}

void Editor::buildProject() {
  ProjectSession::Options options;
  options.untitledPath = services_.untitledAutosavePath;
  options.autosaveIntervalMs = services_.autosaveIntervalMs;
  options.recentProjects = services_.settings.recentProjects;
  session_ = new ProjectSession(document_, prompts_, messages_, options, this);
  connect(session_, &ProjectSession::titleChanged, window_.get(), &MainWindow::showProjectTitle);
  connect(session_, &ProjectSession::recentProjectsChanged, settings_, &SettingsController::setRecentProjects);
  connect(media_, &ProjectMedia::projectDropped, session_, &ProjectSession::open);
  window_->addBanner(new MediaProblemsBar(session_, window_.get()));
  window_->setCloseGuard([this] {
    if (!session_->confirmClose()) return false;
    settings_->setWindowLayout(window_->saveGeometry(), window_->saveState());
    return true;
  });

  // New / Open / Open Recent / Save / Save As go before the media entries.
  QMenu* file = window_->fileMenu();
  QAction* first = file->actions().value(0);
  auto add = [&](const QString& text, const QList<QKeySequence>& keys, const char* name, auto slot) {
    auto* action = new QAction(text, file);
    action->setShortcuts(keys);
    action->setObjectName(name);
    connect(action, &QAction::triggered, session_, slot);
    file->insertAction(first, action);
    return action;
  };
  add(tr("&New Project"), {QKeySequence::New}, "newProjectAction", [this] { session_->newProject(); });
  add(tr("&Open Project…"), {QKeySequence::Open}, "openProjectAction", [this] { session_->openWithDialog(); });
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
  QAction* example = new QAction(tr("Open &Example Project"), file);
  example->setObjectName("openExampleAction");
  example->setEnabled(!services_.examplePortrait.isEmpty());
  connect(example, &QAction::triggered, this, &Editor::openExample);
  file->insertAction(first, example);
  add(tr("&Save Project"), {QKeySequence::Save}, "saveProjectAction", [this] { session_->save(); });
  // Save As has no standard key on every desktop: Ctrl+Shift+S everywhere.
  add(tr("Save Project &As…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, "saveProjectAsAction",
      [this] { session_->saveAs(); });
  file->insertSeparator(first);

  QAction* exportAction = file->addAction(tr("&Export…"), this, [this] { exportDialog()->show(); });
  exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  exportAction->setObjectName("exportAction");
  window_->addExportAction(exportAction);
  file->addSeparator();
  QAction* preferences = file->addAction(tr("&Preferences…"), this, [this] { settings_->showDialog(window_.get()); });
  preferences->setShortcut(QKeySequence::Preferences);
  preferences->setMenuRole(QAction::PreferencesRole);
  preferences->setObjectName("preferencesAction");
  QAction* quit = file->addAction(tr("&Quit"), window_.get(), &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  window_->setStartActions(window_->findChild<QAction*>("openPortraitAction"),
                           window_->findChild<QAction*>("openDriverAction"), example);
}

void Editor::openExample() {
  if (services_.examplePortrait.isEmpty() || !session_->newProject()) return;
  document_->setStandaloneLength(kExampleFrames, Rational(25));
  media_->openPortrait(services_.examplePortrait);
  // The presets become keys once the portrait's own motion is known (keys
  // hold readings relative to it).
  auto connection = std::make_shared<QMetaObject::Connection>();
  *connection = connect(document_, &ProjectDocument::changed, this, [this, connection] {
    const timeline::Project& project = document_->project();
    if (!project.portrait.motion) return;
    disconnect(*connection);  // before the edit below announces a change of its own
    if (QFileInfo(QString::fromStdString(project.portrait.file.path)) != QFileInfo(services_.examplePortrait)) return;
    const timeline::FrameRange all{0, project.settings.frameCount};
    std::vector<timeline::CommandPtr> steps;
    steps.push_back(
        timeline::setModeOver(project, {timeline::TrackKind::Pose, std::nullopt}, all, timeline::TrackMode::Keyframed));
    steps.push_back(timeline::setModeOver(project, {timeline::TrackKind::Expression, std::nullopt}, all,
                                          timeline::TrackMode::Keyframed));
    steps.push_back(timeline::insertPresetKeys(kExamplePresets, all, timeline::ExpressionValues::Readings));
    document_->apply(timeline::composite(tr("Example: nod, blink, smile, talk").toStdString(), std::move(steps)));
  });
}

void Editor::buildPanels() {
  timeline_ = new TimelinePanel(document_, media_, preview_, playback_);
  inspector_ = new Inspector(document_, media_);
  curveEditor_ = new CurveEditor(document_);
  window_->addPanel(Qt::BottomDockWidgetArea, timeline_, tr("Timeline"), "timelineDock");
  window_->addPanel(Qt::RightDockWidgetArea, inspector_, tr("Inspector"), "inspectorDock");
  window_->addPanel(Qt::BottomDockWidgetArea, curveEditor_, tr("Curves"), "curvesDock");
  connect(preview_, &PreviewController::playheadChanged, inspector_, &Inspector::setPlayhead);
  connect(preview_, &PreviewController::playheadChanged, curveEditor_, &CurveEditor::setPlayhead);
  connect(inspector_, &Inspector::channelFocused, curveEditor_, &CurveEditor::setChannel);
  TimelineView* view = timeline_->view();
  connect(view, &TimelineView::selectionChanged, this, [this, view] {
    if (!view->selectedKeys().empty()) curveEditor_->setChannel(view->selectedKeys().begin()->channel);
    playback_->setRange(view->inFrame(), view->outFrame());
  });
  buildLivePanel();
}

void Editor::buildLivePanel() {
  const RendererMaker make = services_.makeRenderer;
  live_ = new LiveController(
      document_, media_, [this, make] { return make(settings_->settings().device, RendererUse::Preview); }, this);
  TimelineView* view = timeline_->view();
  // A take is punched in over the range selected on a track row.
  auto target = [view]() -> TakeTarget {
    TakeTarget target;
    target.track = timeline::TrackRef{};
    const auto range = view->rangeSelection();
    if (!range) return target;  // an empty range: the controller says what to select
    switch (range->row) {
      case TimelineRow::Pose:
        target.track = timeline::TrackRef{timeline::TrackKind::Pose, std::nullopt};
        break;
      case TimelineRow::Eyes:
      case TimelineRow::Brows:
      case TimelineRow::Mouth: {
        const FaceRegion region = range->row == TimelineRow::Eyes    ? FaceRegion::Eyes
                                  : range->row == TimelineRow::Brows ? FaceRegion::Brows
                                                                     : FaceRegion::Mouth;
        target.track = timeline::TrackRef{timeline::TrackKind::Expression, region};
        break;
      }
      default:
        target.track = timeline::TrackRef{timeline::TrackKind::Expression, std::nullopt};
    }
    target.range = {range->first, range->end};
    return target;
  };
  livePanel_ = new LivePanel(live_, target);
  livePanel_->applySettings(settings_->settings());
  // Scrolls rather than making the window taller than a small screen.
  auto* liveScroll = new QScrollArea;
  liveScroll->setWidget(livePanel_);
  liveScroll->setWidgetResizable(true);
  liveScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  liveScroll->setFrameShape(QFrame::NoFrame);
  window_->addPanel(Qt::RightDockWidgetArea, liveScroll, tr("Live"), "liveDock");
  // A tab behind the Inspector: stacked, the two would not fit a 600-pixel screen.
  auto* inspectorDock = window_->findChild<QDockWidget*>("inspectorDock");
  auto* liveDock = window_->findChild<QDockWidget*>("liveDock");
  if (inspectorDock && liveDock) {
    window_->tabifyDockWidget(inspectorDock, liveDock);
    inspectorDock->raise();
  }
  connect(live_, &LiveController::recordingStarted, this, [this](timeline::FrameIndex from) {
    preview_->setPlayhead(from);
    if (!playback_->playing()) playback_->play();
  });
  connect(live_, &LiveController::recordingStopped, playback_, &Playback::pause);
  connect(livePanel_, &LivePanel::liveSettingsChanged, this, [this](const QByteArray& camera, bool mirror, int count) {
    EditorSettings wanted = settings_->settings();
    wanted.liveCamera = camera;
    wanted.liveMirror = mirror;
    wanted.liveCountIn = count;
    if (!(wanted == settings_->settings())) settings_->apply(wanted);
  });
  connect(settings_, &SettingsController::settingsChanged, livePanel_, &LivePanel::applySettings);
  connect(livePanel_, &LivePanel::clipWanted, this, [this] {
    const QString path = QFileDialog::getOpenFileName(window_.get(), tr("Play a Video File as the Camera"), QString(),
                                                      tr("Videos (*.mp4 *.mov *.mkv *.avi *.webm)"));
    if (!path.isEmpty()) livePanel_->startClip(path);
  });
}

void Editor::buildEditActions() {
  QMenu* edit = window_->editMenu();
  QAction* undo = edit->addAction(tr("&Undo"), this, [this] { document_->undo(); });
  undo->setShortcut(QKeySequence::Undo);
  undo->setObjectName("undoAction");
  QAction* redo = edit->addAction(tr("&Redo"), this, [this] { document_->redo(); });
  // Both common keys: Ctrl+Shift+Z and Ctrl+Y.
  redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
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
  // A take still recording is put into the timeline while the document lives.
  live_->stop();
  exportRunner_->cancel();
  exportRunner_->wait();
  media_->cancelAndWait();
}

ExportDialog* Editor::exportDialog() {
  if (!exportDialog_) {
    exportDialog_ = new ExportDialog(
        exportRunner_, document_,
        // The project is copied here, on the UI thread; the export renders
        // from that copy while editing goes on.
        [this] {
          return ExportRequest{document_->project(), {}, media_->model(), media_->portrait()};
        },
        messages_, prompts_, window_.get());
    TimelineView* view = timeline_->view();
    connect(view, &TimelineView::selectionChanged, exportDialog_,
            [this, view] { exportDialog_->setInOutRange(view->inFrame(), view->outFrame()); });
  }
  const std::string& portrait = document_->project().portrait.file.path;
  if (exportDialog_->outputPath().isEmpty() && !portrait.empty()) {
    const QFileInfo info(QString::fromStdString(portrait));
    exportDialog_->setOutputPath(QDir(info.absolutePath()).filePath(info.completeBaseName() + "-animated.mp4"));
  }
  return exportDialog_;
}

bool Editor::settled() const {
  const bool modelDone = media_->modelReady() || !media_->modelError().isEmpty();
  return modelDone && media_->idle() && scheduler_->idle() && !exportRunner_->running() &&
         !settings_->modelSwitchPending();
}

}  // namespace marionette::ui
