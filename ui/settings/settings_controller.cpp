#include "ui/settings/settings_controller.h"

#include <chrono>

#include "ui/common/message_sink.h"
#include "ui/document/project_media.h"
#include "ui/export/export_runner.h"
#include "ui/preview/preview_controller.h"
#include "ui/settings/preferences_dialog.h"

namespace marionette::ui {

namespace {

PreviewScheduler::RendererFactory factoryFor(const RendererMaker& make, RenderDevice device, RendererUse use) {
  return [make, device, use] { return make(device, use); };
}

}  // namespace

SettingsController::~SettingsController() {
  if (pendingModel_.valid()) pendingModel_.wait();
}

SettingsController::SettingsController(EditorSettings settings, RendererMaker makeRenderer, ModelLoader loadModel,
                                       std::function<void(const EditorSettings&)> persist, Parts parts, QObject* parent)
    : QObject(parent),
      settings_(std::move(settings)),
      makeRenderer_(std::move(makeRenderer)),
      loadModel_(std::move(loadModel)),
      persist_(std::move(persist)),
      parts_(parts) {
  modelPoll_.setInterval(50);
  connect(&modelPoll_, &QTimer::timeout, this, &SettingsController::pollModel);
}

bool SettingsController::apply(const EditorSettings& wanted) {
  bool accepted = true;
  if (wanted.device != settings_.device) {
    settings_.device = wanted.device;
    parts_.scheduler->setRendererFactory(factoryFor(makeRenderer_, wanted.device, RendererUse::Preview));
    parts_.exportRunner->setRendererFactory(factoryFor(makeRenderer_, wanted.device, RendererUse::Export));
    parts_.preview->refresh();  // re-render on the new device
  }
  if (wanted.previewSide != settings_.previewSide) {
    settings_.previewSide = wanted.previewSide;
    parts_.scheduler->setFullSide(wanted.previewSide);
    parts_.preview->refresh();
  }
  if (wanted.theme != settings_.theme) {
    settings_.theme = wanted.theme;
    applyTheme(wanted.theme);
  }
  if (wanted.language != settings_.language) {
    settings_.language = wanted.language;
    emit statusMessage(tr("The new language applies when Marionette starts again."));
  }
  if (wanted.faceModelFolder != settings_.faceModelFolder && wanted.faceModelFolder != pendingModelPath_) {
    if (const QString problem = faceModelFolderProblem(wanted.faceModelFolder); !problem.isEmpty()) {
      parts_.messages->showError(tr("Face models"),
                                 tr("%1\nThe face models stay those in '%2'.").arg(problem, settings_.faceModelFolder));
      accepted = false;
    } else {
      pendingModelPath_ = wanted.faceModelFolder;
      pendingModel_ = loadModel_(wanted.faceModelFolder);
      emit statusMessage(tr("Loading the face models from %1…").arg(wanted.faceModelFolder));
      modelPoll_.start();
    }
  }
  // Live mode's camera, mirror and count-in are read by the Live panel itself.
  settings_.liveCamera = wanted.liveCamera;
  settings_.liveMirror = wanted.liveMirror;
  settings_.liveCountIn = wanted.liveCountIn;
  commit();
  return accepted;
}

void SettingsController::pollModel() {
  if (!pendingModel_.valid() || pendingModel_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  modelPoll_.stop();
  ModelFuture model = std::move(pendingModel_);
  pendingModel_ = {};
  const QString path = std::exchange(pendingModelPath_, QString());
  if (const auto& loaded = model.get(); !loaded) {
    parts_.messages->showError(
        tr("Face models"), tr("'%1' holds no usable face models: %2\nThe face models stay those in '%3'.")
                               .arg(path, QString::fromStdString(loaded.error().message), settings_.faceModelFolder));
    return;
  }
  parts_.media->setModel(std::move(model));
  settings_.faceModelFolder = path;
  emit statusMessage(tr("Face models loaded from %1").arg(path));
  commit();
}

void SettingsController::setRecentProjects(const QStringList& recent) {
  if (recent == settings_.recentProjects) return;
  settings_.recentProjects = recent;
  commit();
}

void SettingsController::setWindowLayout(const QByteArray& geometry, const QByteArray& state) {
  if (geometry == settings_.windowGeometry && state == settings_.windowState) return;
  settings_.windowGeometry = geometry;
  settings_.windowState = state;
  commit();
}

void SettingsController::commit() {
  if (persist_) persist_(settings_);
  emit settingsChanged(settings_);
}

PreferencesDialog* SettingsController::showDialog(QWidget* parent) {
  if (!dialog_) {
    dialog_ = new PreferencesDialog(parent);
    connect(dialog_, &PreferencesDialog::settingsAccepted, this, [this](const EditorSettings& wanted) {
      // Fields the dialog does not edit come from the current settings.
      EditorSettings merged = settings_;
      merged.device = wanted.device;
      merged.previewSide = wanted.previewSide;
      merged.faceModelFolder = wanted.faceModelFolder;
      merged.language = wanted.language;
      merged.theme = wanted.theme;
      apply(merged);
    });
  }
  dialog_->setSettings(settings_);
  dialog_->open();
  return dialog_;
}

}  // namespace marionette::ui
