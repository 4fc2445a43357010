#include "ui/editor.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

#include "ui/editor_controller.h"
#include "ui/export_dialog.h"
#include "ui/export_runner.h"
#include "ui/main_window.h"
#include "ui/message_sink.h"

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
  window_ = std::make_unique<MainWindow>(controller_, loader_);
  if (services_.messages) {
    messages_ = services_.messages;
  } else {
    ownedMessages_ = std::make_unique<DialogMessageSink>(window_.get());
    messages_ = ownedMessages_.get();
  }
  controller_->setMessageSink(messages_);

  QAction* exportAction = window_->fileMenu()->addAction(tr("&Export…"), this, [this] { exportDialog()->show(); });
  exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  exportAction->setObjectName("exportAction");
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
