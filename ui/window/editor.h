#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "ui/document/project_media.h"
#include "ui/preview/preview_scheduler.h"
#include "ui/settings/editor_settings.h"
#include "ui/settings/settings_controller.h"

namespace marionette::ui {

class AudioSync;
class CurveEditor;
class ExportDialog;
class ExportRunner;
class Inspector;
class LiveController;
class LivePanel;
class MainWindow;
class MessageSink;
class Playback;
class PreviewController;
class ProjectDocument;
class ProjectSession;
class TimelinePanel;
class UserPrompts;

// What the editor needs from outside: the app passes concrete renderers and
// the model; tests pass the same, plus a message recorder.
struct EditorServices {
  ModelFuture model;  // already loading from settings.faceModelFolder
  ModelLoader loadModel;
  RendererMaker makeRenderer;
  MessageSink* messages = nullptr;  // null: non-modal message boxes over the window
  UserPrompts* prompts = nullptr;   // null: dialogs over the window
  PreviewScheduler::Options preview;
  EditorSettings settings;
  // Called whenever the settings change (the app writes them to QSettings).
  std::function<void(const EditorSettings&)> saveSettings;
  QString untitledAutosavePath;  // empty: untitled projects are not autosaved
  QString examplePortrait;       // the bundled public-domain portrait the example project animates
  int autosaveIntervalMs = 60'000;
  bool audio = true;  // play the driver's sound (when there is an audio device)
};

// Builds the editor: the document (the one source of truth), the media
// analysis that follows it, the preview, the workers and the window,
// connected. Owns them all; the app and the GUI tests create exactly this.
class Editor : public QObject {
  Q_OBJECT

 public:
  explicit Editor(EditorServices services, QObject* parent = nullptr);
  ~Editor() override;

  MainWindow* window() const { return window_.get(); }
  ProjectDocument* document() const { return document_; }
  ProjectMedia* media() const { return media_; }
  PreviewController* preview() const { return preview_; }
  PreviewScheduler* scheduler() const { return scheduler_; }
  ExportRunner* exportRunner() const { return exportRunner_; }
  ExportDialog* exportDialog();
  MessageSink* messages() const { return messages_; }
  TimelinePanel* timeline() const { return timeline_; }
  Inspector* inspector() const { return inspector_; }
  CurveEditor* curveEditor() const { return curveEditor_; }
  Playback* playback() const { return playback_; }
  ProjectSession* session() const { return session_; }
  SettingsController* settings() const { return settings_; }
  AudioSync* audio() const { return audio_; }
  LiveController* live() const { return live_; }
  LivePanel* livePanel() const { return livePanel_; }
  // No analysis, tracking, preview or export in progress.
  bool settled() const;
  // A project made from the bundled demo portrait with presets as keys.
  void openExample();

 private:
  void buildPanels();
  void buildLivePanel();
  void buildEditActions();
  void buildProject();

  EditorServices services_;
  std::unique_ptr<MessageSink> ownedMessages_;
  MessageSink* messages_ = nullptr;
  std::unique_ptr<UserPrompts> ownedPrompts_;
  UserPrompts* prompts_ = nullptr;
  ProjectDocument* document_;
  ProjectMedia* media_;
  PreviewScheduler* scheduler_;
  PreviewController* preview_;
  ExportRunner* exportRunner_;
  Playback* playback_;
  ProjectSession* session_ = nullptr;
  SettingsController* settings_ = nullptr;
  AudioSync* audio_ = nullptr;
  LiveController* live_ = nullptr;
  LivePanel* livePanel_ = nullptr;
  std::unique_ptr<MainWindow> window_;
  TimelinePanel* timeline_ = nullptr;
  Inspector* inspector_ = nullptr;
  CurveEditor* curveEditor_ = nullptr;
  ExportDialog* exportDialog_ = nullptr;
};

}  // namespace marionette::ui
