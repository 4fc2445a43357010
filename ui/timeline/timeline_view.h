#pragma once

#include <QImage>
#include <QVector>
#include <QWidget>
#include <optional>
#include <set>

#include "core/timeline/commands.h"
#include "core/timeline/editing.h"
#include "core/timeline/timecode.h"

namespace marionette::ui {

class ProjectDocument;

using timeline::KeyRef;

enum class TimelineRow { Ruler, Driver, Pose, Expression, Eyes, Brows, Mouth };

// The timeline: ruler with timecode, playhead, in/out, the driver's
// thumbnails, and the Pose / Expression / eyes / brows / mouth rows showing
// each track's mode over time and its keyframes. Dragging on a track row
// selects a range whose mode the panel's buttons (or the context menu) set;
// diamonds can be selected, dragged, copied, pasted and deleted. Every edit
// goes to the ProjectDocument as a timeline command.
class TimelineView : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineView(ProjectDocument* document, QWidget* parent = nullptr);

  void setPlayhead(timeline::FrameIndex frame);
  timeline::FrameIndex playhead() const { return playhead_; }
  void setThumbnails(const QVector<QImage>& thumbnails);
  timeline::FrameIndex inFrame() const { return in_; }
  timeline::FrameIndex outFrame() const { return out_; }  // exclusive
  void setInOut(timeline::FrameIndex in, timeline::FrameIndex out);
  // How times read on the ruler (and the transport's counter).
  void setTimeDisplay(timeline::TimeDisplay display);
  timeline::TimeDisplay timeDisplay() const { return display_; }

  // The range selected on a track row (frames [first, end)), if any.
  struct RangeSelection {
    TimelineRow row;
    timeline::FrameIndex first, end;
  };
  std::optional<RangeSelection> rangeSelection() const { return range_; }
  void selectRange(TimelineRow row, timeline::FrameIndex first, timeline::FrameIndex end);
  // Sets the mode of the selected range (or, without one, from the playhead on).
  bool setModeOverSelection(timeline::TrackMode mode);

  const std::set<KeyRef>& selectedKeys() const { return selectedKeys_; }
  void selectKeys(const std::set<KeyRef>& keys);
  bool deleteSelectedKeys();
  bool moveSelectedKeys(timeline::FrameIndex frames, bool merge);
  void copySelectedKeys();
  bool pasteKeys();
  // Channels whose keys the rows show and the curve editor plots; empty: all.
  void setFocusChannels(const std::vector<timeline::ChannelId>& channels);

  // Geometry, public for tests that click on exact places.
  QRectF rowRect(TimelineRow row) const;
  double xOfFrame(double frame) const;
  timeline::FrameIndex frameAtX(double x) const;

 signals:
  void playheadRequested(marionette::timeline::FrameIndex frame, bool scrubbing);
  void selectionChanged();
  void filesDropped(const QStringList& paths);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;

 private:
  enum class Drag { None, Scrub, Range, Keys };
  std::optional<TimelineRow> rowAt(double y) const;
  std::vector<timeline::ChannelId> rowChannels(TimelineRow row) const;
  std::set<KeyRef> keysNear(TimelineRow row, double x) const;
  void paintRuler(QPainter& painter) const;
  void paintThumbnails(QPainter& painter) const;
  void paintTrackRow(QPainter& painter, TimelineRow row) const;
  timeline::FrameIndex frameCount() const;
  Rational frameTime(timeline::FrameIndex frame) const;

  ProjectDocument* document_;
  QVector<QImage> thumbnails_;
  timeline::FrameIndex playhead_ = 0;
  timeline::FrameIndex in_ = 0, out_ = 0;
  timeline::FrameIndex knownFrameCount_ = 0;
  timeline::TimeDisplay display_ = timeline::TimeDisplay::Timecode;
  std::optional<RangeSelection> range_;
  std::set<KeyRef> selectedKeys_;
  std::vector<timeline::ChannelId> focus_;
  timeline::KeyframeClipboard clipboard_;
  Drag drag_ = Drag::None;
  timeline::FrameIndex dragStartFrame_ = 0, dragAppliedFrames_ = 0;
};

QColor modeColour(timeline::TrackMode mode, const QPalette& palette);
QString modeLabel(timeline::TrackMode mode);

}  // namespace marionette::ui
