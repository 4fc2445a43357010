#pragma once

#include <QImage>
#include <QVector>
#include <QWidget>
#include <optional>
#include <set>

#include "core/timeline/commands.h"

namespace marionette::ui {

class ProjectDocument;

// A keyframe as the views address it.
struct KeyRef {
  timeline::ChannelId channel;
  Rational time;
  friend bool operator<(const KeyRef& a, const KeyRef& b) {
    return a.channel != b.channel ? a.channel < b.channel : a.time < b.time;
  }
};

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

  void setPlayhead(int frame);
  int playhead() const { return playhead_; }
  void setThumbnails(const QVector<QImage>& thumbnails);
  int inFrame() const { return in_; }
  int outFrame() const { return out_; }  // exclusive
  void setInOut(int in, int out);

  // The range selected on a track row (frames [first, end)), if any.
  struct RangeSelection {
    TimelineRow row;
    int first, end;
  };
  std::optional<RangeSelection> rangeSelection() const { return range_; }
  void selectRange(TimelineRow row, int first, int end);
  // Sets the mode of the selected range (or, without one, from the playhead on).
  bool setModeOverSelection(timeline::TrackMode mode);

  const std::set<KeyRef>& selectedKeys() const { return selectedKeys_; }
  void selectKeys(const std::set<KeyRef>& keys);
  bool deleteSelectedKeys();
  bool moveSelectedKeys(int frames, bool merge);
  void copySelectedKeys();
  bool pasteKeys();
  // Channels whose keys the rows show and the curve editor plots; empty: all.
  void setFocusChannels(const std::vector<timeline::ChannelId>& channels);

  // Geometry, public for tests that click on exact places.
  QRectF rowRect(TimelineRow row) const;
  double xOfFrame(double frame) const;
  int frameAtX(double x) const;

 signals:
  void playheadRequested(int frame, bool scrubbing);
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
  int frameCount() const;
  Rational frameTime(int frame) const;

  ProjectDocument* document_;
  QVector<QImage> thumbnails_;
  int playhead_ = 0;
  int in_ = 0, out_ = 0;
  int knownFrameCount_ = 0;
  std::optional<RangeSelection> range_;
  std::set<KeyRef> selectedKeys_;
  std::vector<timeline::ChannelId> focus_;
  timeline::KeyframeClipboard clipboard_;
  Drag drag_ = Drag::None;
  int dragStartFrame_ = 0, dragAppliedFrames_ = 0;
};

QString timecode(int frame, Rational frameRate);
QColor modeColour(timeline::TrackMode mode);
QString modeLabel(timeline::TrackMode mode);

}  // namespace marionette::ui
