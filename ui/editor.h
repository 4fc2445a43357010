#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "ui/media_loader.h"
#include "ui/preview_scheduler.h"

namespace marionette::ui {

class EditorController;
class ExportDialog;
class ExportRunner;
class MainWindow;
class MessageSink;
class Inspector;
class CurveEditor;
class Playback;
class ProjectDocument;
class TimelinePanel;

// What the editor needs from outside: the app passes concrete renderers and
// the model; tests pass the same, plus a message recorder.
struct EditorServices {
  ModelFuture model;
  PreviewScheduler::RendererFactory previewRenderer;
  PreviewScheduler::RendererFactory exportRenderer;
  MessageSink* messages = nullptr;  // null: non-modal message boxes over the window
  PreviewScheduler::Options preview;
};

// Builds the editor: controllers, workers and the window, connected. Owns
// them all; the app and the GUI tests create exactly this.
class Editor : public QObject {
  Q_OBJECT

 public:
  explicit Editor(EditorServices services, QObject* parent = nullptr);
  ~Editor() override;

  MainWindow* window() const { return window_.get(); }
  EditorController* controller() const { return controller_; }
  MediaLoader* loader() const { return loader_; }
  PreviewScheduler* scheduler() const { return scheduler_; }
  ExportRunner* exportRunner() const { return exportRunner_; }
  ExportDialog* exportDialog();
  MessageSink* messages() const { return messages_; }
  ProjectDocument* document() const { return document_; }
  TimelinePanel* timeline() const { return timeline_; }
  Inspector* inspector() const { return inspector_; }
  CurveEditor* curveEditor() const { return curveEditor_; }
  Playback* playback() const { return playback_; }
  // No load, tracking, preview or export in progress.
  bool settled() const;

 private:
  void buildPanels();
  void buildEditActions();
  void syncMediaIntoProject();

  EditorServices services_;
  std::unique_ptr<MessageSink> ownedMessages_;
  MessageSink* messages_ = nullptr;
  MediaLoader* loader_;
  PreviewScheduler* scheduler_;
  EditorController* controller_;
  ExportRunner* exportRunner_;
  ProjectDocument* document_;
  Playback* playback_;
  std::unique_ptr<MainWindow> window_;
  TimelinePanel* timeline_ = nullptr;
  Inspector* inspector_ = nullptr;
  CurveEditor* curveEditor_ = nullptr;
  ExportDialog* exportDialog_ = nullptr;
};

}  // namespace marionette::ui
