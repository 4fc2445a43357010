#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

#include "ui/document/project_media.h"
#include "ui/preview/preview_scheduler.h"
#include "ui/settings/editor_settings.h"

namespace marionette::ui {

class ExportRunner;
class PreviewController;
class ProjectMedia;
class MessageSink;
class PreferencesDialog;

enum class RendererUse { Preview, Export };
using RendererMaker = std::function<Result<std::unique_ptr<Renderer>>(RenderDevice device, RendererUse use)>;
// Starts loading the face models from a folder (in the background).
using ModelLoader = std::function<ModelFuture(const QString& path)>;

// Owns the current preferences and applies a change to the parts it
// concerns: the renderers (device), the preview size, the face models
// (loaded in the background and adopted only once it loaded; a bad file is
// refused with a message and the previous model stays). Every accepted
// change is handed to `persist` (QSettings in the app).
class SettingsController : public QObject {
  Q_OBJECT

 public:
  struct Parts {
    PreviewScheduler* scheduler;
    ExportRunner* exportRunner;
    ProjectMedia* media;
    PreviewController* preview;
    MessageSink* messages;
  };

  SettingsController(EditorSettings settings, RendererMaker makeRenderer, ModelLoader loadModel,
                     std::function<void(const EditorSettings&)> persist, Parts parts, QObject* parent = nullptr);
  // Waits for a model switch still loading: its thread must not outlive the editor.
  ~SettingsController() override;

  const EditorSettings& settings() const { return settings_; }
  // Applies `wanted`; false when some of it was refused (see messages).
  bool apply(const EditorSettings& wanted);
  void setRecentProjects(const QStringList& recent);
  // The window's geometry and dock layout, remembered for the next start.
  void setWindowLayout(const QByteArray& geometry, const QByteArray& state);
  // Whether new face models are still loading.
  bool modelSwitchPending() const { return pendingModel_.valid(); }
  // The Preferences dialog (non-modal), filled with the current settings.
  PreferencesDialog* showDialog(QWidget* parent);

 signals:
  void settingsChanged(const marionette::ui::EditorSettings& settings);
  void statusMessage(const QString& text);

 private:
  void pollModel();
  void commit();

  EditorSettings settings_;
  RendererMaker makeRenderer_;
  ModelLoader loadModel_;
  std::function<void(const EditorSettings&)> persist_;
  Parts parts_;
  ModelFuture pendingModel_;
  QString pendingModelPath_;
  QTimer modelPoll_;
  PreferencesDialog* dialog_ = nullptr;
};

}  // namespace marionette::ui
