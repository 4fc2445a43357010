#pragma once

#include <QWidget>
#include <functional>
#include <optional>

#include "ui/live/live_controller.h"
#include "ui/settings/editor_settings.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace marionette::ui {

// The Live panel: choose a camera (or a video file played as one), watch the
// portrait follow it beside the camera picture, switch what it drives,
// record takes into the timeline and pick the active one. It sends commands
// to the LiveController and draws what it reports.
class LivePanel : public QWidget {
  Q_OBJECT

 public:
  // `target` says where a take goes now (the timeline's selection).
  LivePanel(LiveController* controller, std::function<TakeTarget()> target, QWidget* parent = nullptr);

  // Preferences: which camera, mirrored, count-in.
  void applySettings(const EditorSettings& settings);
  // Starts the chosen source; a file source asks for the file.
  void startChosenSource();
  // Plays `path` as if it were a camera (also what "Video file…" does).
  bool startClip(const QString& path);
  QPushButton* startButton() const { return start_; }
  QPushButton* recordButton() const { return record_; }
  QComboBox* sourceChoice() const { return source_; }
  QLabel* statusLabel() const { return status_; }
  QListWidget* takeList() const { return takes_; }
  const QImage& lastPortrait() const { return lastPortrait_; }
  QLabel* portraitView() const { return portrait_; }

 signals:
  // The user chose another camera, mirror or count-in (Preferences keeps it).
  void liveSettingsChanged(const QByteArray& camera, bool mirror, int countIn);
  // "Video file…" was chosen: the editor asks for a file.
  void clipWanted();

 private:
  void fillSources(const QByteArray& preferred);
  void sendSwitches();
  void showFrame(const QImage& camera, const QImage& portrait, bool faceFound, double takeSeconds);
  void showState();
  void showTakes();
  void emitSettings();
  void showImage(QLabel* label, const QImage& image);

  LiveController* controller_;
  std::function<TakeTarget()> target_;
  QComboBox* source_;
  QPushButton* start_;
  QCheckBox* mirror_;
  QCheckBox *pose_, *expression_, *eyes_, *brows_, *mouth_;
  QPushButton* neutral_;
  QLabel* camera_;
  QLabel* portrait_;
  QComboBox* destination_;
  QSpinBox* countIn_;
  QPushButton* record_;
  QLabel* status_;
  QListWidget* takes_;
  QImage lastPortrait_;
  int framesShown_ = 0;
};

}  // namespace marionette::ui
