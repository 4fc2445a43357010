#pragma once

#include <QString>
#include <QWidget>
#include <utility>
#include <vector>

#include "core/timeline/time.h"
#include "core/timeline/track.h"

class QLabel;
class QToolButton;

namespace marionette::ui {

class Playback;
class PreviewController;
class ProjectDocument;
class ProjectMedia;
class TimelineView;

// The transport (play/pause, step, loop, the playhead's time in timecode,
// frames or seconds) and the mode buttons for the selected range, above the
// timeline rows.
class TimelinePanel : public QWidget {
  Q_OBJECT

 public:
  TimelinePanel(ProjectDocument* document, ProjectMedia* media, PreviewController* preview, Playback* playback,
                QWidget* parent = nullptr);
  TimelineView* view() const { return view_; }

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void showTime(timeline::FrameIndex frame);
  void showSelection();
  void fitSelectionText();
  void paintGlyphs();

  TimelineView* view_;
  Playback* playback_;
  PreviewController* preview_ = nullptr;
  QToolButton* back_ = nullptr;
  QToolButton* play_ = nullptr;
  QToolButton* forward_ = nullptr;
  QToolButton* timecode_ = nullptr;
  QLabel* selection_ = nullptr;
  QString selectionText_;
  std::vector<std::pair<QToolButton*, timeline::TrackMode>> modeButtons_;
};

}  // namespace marionette::ui
