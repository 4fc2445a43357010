#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace marionette::ui {

class Playback;
class PreviewController;
class ProjectDocument;
class ProjectMedia;
class TimelineView;

// The transport (play/pause, step, loop, timecode) and the mode buttons for
// the selected range, above the timeline rows.
class TimelinePanel : public QWidget {
  Q_OBJECT

 public:
  TimelinePanel(ProjectDocument* document, ProjectMedia* media, PreviewController* preview, Playback* playback,
                QWidget* parent = nullptr);
  TimelineView* view() const { return view_; }

 private:
  TimelineView* view_;
  QLabel* timecode_;
};

}  // namespace marionette::ui
