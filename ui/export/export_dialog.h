#pragma once

#include <QDialog>
#include <functional>

#include "ui/export/export_runner.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSlider;

namespace marionette::ui {

class ExportRunner;
class MessageSink;
class ProjectDocument;
class UserPrompts;

// Format, destination and range of an export, and the project's render
// settings (size, face crop, layout, sound, quality: stored in the project,
// so the preview shows the framing and `render` reproduces the file); runs
// it through an ExportRunner with a progress bar, the time remaining,
// Cancel, and a button that opens the result. Non-modal: editing goes on
// while it exports.
class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  // `snapshot` returns the editor's project as an export request (project,
  // landmark model, prepared portrait); the dialog fills in the output.
  ExportDialog(ExportRunner* runner, ProjectDocument* document, std::function<ExportRequest()> snapshot,
               MessageSink* messages, UserPrompts* prompts, QWidget* parent = nullptr);

  // The in/out range offered as "Range: in to out" (frames, end exclusive).
  void setInOutRange(timeline::FrameIndex first, timeline::FrameIndex end);
  void setOutputPath(const QString& path);
  QString outputPath() const;
  // Starts with the current settings (what the Export button does).
  bool startExport();
  QProgressBar* progressBar() const { return progress_; }
  QPushButton* cancelButton() const { return cancel_; }
  QCheckBox* sideBySideBox() const { return sideBySide_; }

 private:
  void browse();
  void showEvent(QShowEvent* event) override;
  void onTracking(int done, int total);
  void onProgress(int done, int total, double remainingSeconds);
  void onFinished(bool ok, const QString& path, const QString& message, const QStringList& notes);
  void setRunning(bool running);
  ExportFormat format() const;
  void formatChanged();
  // The widgets show the project's render settings / make them.
  void showRenderSettings();
  timeline::RenderSettings renderSettings() const;

  ExportRunner* runner_;
  ProjectDocument* document_;
  std::function<ExportRequest()> snapshot_;
  MessageSink* messages_;
  UserPrompts* prompts_;
  timeline::FrameIndex inFrame_ = 0, outFrame_ = 0;
  QString confirmedPath_;  // chosen in the file dialog, which asked about replacing it
  QString finishedPath_;

  QComboBox* format_;
  QLineEdit* path_;
  QComboBox* size_;
  QCheckBox* crop_;
  QCheckBox* sideBySide_;
  QComboBox* range_;
  QCheckBox* audio_;
  QSlider* quality_;
  QLabel* qualityLabel_;
  QProgressBar* progress_;
  QLabel* remaining_;
  QPushButton* export_;
  QPushButton* cancel_;
  QPushButton* open_;
};

}  // namespace marionette::ui
