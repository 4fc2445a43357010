#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/pipeline/live_session.h"
#include "core/timeline/commands.h"
#include "core/timeline/time.h"

namespace marionette::ui {

class MessageSink;
class ProjectDocument;
class ProjectMedia;

// Where a take goes when it is stopped.
struct TakeTarget {
  // nullopt: the take becomes the project's driving video (picture, sound
  // and motion); otherwise it is punched in over `range` of this track.
  std::optional<timeline::TrackRef> track;
  timeline::FrameRange range;
};

// A take of this session, newest last.
struct TakeEntry {
  QString name;
  QString description;  // "driver, 4.2 s" / "mouth 2.0–4.0 s"
  TakeTarget target;
  std::vector<Motion> shown;
  std::shared_ptr<const MotionTrack> performance;
  QString videoPath;
  // Where the edit that put it into the timeline sits in the undo history
  // (0: not in the timeline in this session, e.g. recorded earlier).
  std::size_t historyStep = 0;
  bool active = false;
};

// Live mode: a live source (a camera, or a clip played as one) drives the
// project's portrait through a LiveSession, with the project's gains and
// smoothing; takes are recorded and put into the timeline as commands, so
// undo removes them. The panel sends commands here and draws what it says.
class LiveController : public QObject {
  Q_OBJECT

 public:
  using RendererFactory = std::function<Result<std::unique_ptr<Renderer>>()>;
  LiveController(ProjectDocument* document, ProjectMedia* media, RendererFactory makeRenderer,
                 QObject* parent = nullptr);
  ~LiveController() override;

  // Starts following `source`; false (and a message) when it cannot start.
  bool start(std::unique_ptr<LiveFrameSource> source);
  void stop();
  bool running() const { return session_ != nullptr; }
  QString sourceName() const;

  void setSwitches(const LiveSwitches& switches);
  const LiveSwitches& switches() const { return switches_; }
  void resetNeutral();

  // Counts in for `countInSeconds`, then records until stopRecording().
  bool record(const TakeTarget& target, int countInSeconds);
  void stopRecording();
  bool recording() const { return recording_; }
  bool countingIn() const { return countIn_.isActive(); }

  const std::vector<TakeEntry>& takes() const { return takes_; }
  // Puts an earlier take into the timeline again (at its own target).
  bool activateTake(int index);
  LiveStatistics statistics() const;
  // When the camera frame behind the last frameShown() arrived.
  LiveClock::time_point lastShownArrival() const { return lastShownArrival_; }

 signals:
  void frameShown(const QImage& camera, const QImage& portrait, bool faceFound, double takeSeconds);
  void stateChanged();
  void countInChanged(int secondsLeft);
  void takesChanged();
  // One line for the status bar or the panel (a camera gone, a take saved).
  void problem(const QString& text);
  // The playhead runs while a take records (from the punch-in's start).
  void recordingStarted(timeline::FrameIndex from);
  void recordingStopped();
  void statusMessage(const QString& text);

 private:
  void beginRecording();
  void sourceProblem(const QString& text);
  QString takeFolder(bool needed, QString* why) const;
  QString nextTakeName(const QString& folder) const;
  bool useTake(TakeEntry& take);
  // Drops takes whose edit was undone, marks the newest one still in the
  // timeline active, and lists the project folder's earlier takes.
  void followHistory();

  ProjectDocument* document_;
  ProjectMedia* media_;
  RendererFactory makeRenderer_;
  std::unique_ptr<LiveSession> session_;
  std::unique_ptr<LiveFrameSource> source_;
  LiveSwitches switches_;
  QTimer countIn_;
  int countInLeft_ = 0;
  std::optional<TakeTarget> pending_;
  bool recording_ = false;
  std::vector<TakeEntry> takes_;
  QMetaObject::Connection projectWatch_;
  QString listedFolder_;
  LiveClock::time_point lastShownArrival_;
};

}  // namespace marionette::ui
