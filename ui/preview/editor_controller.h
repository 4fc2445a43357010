#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QTimer>
#include <QVector>
#include <cstdint>
#include <functional>
#include <memory>

#include "core/motion/motion_track.h"
#include "core/motion/renderer.h"
#include "ui/document/media_loader.h"
#include "ui/preview/preview_scheduler.h"

namespace marionette::ui {

class MessageSink;

// The media the editor works on, replaced only by a load that succeeded, so a
// bad file never disturbs what is open.
struct EditorMedia {
  QString portraitPath;
  std::uint64_t portraitHash = 0;  // content fingerprint (0: unknown)
  std::shared_ptr<const SourceFace> portrait;
  QImage portraitImage;
  QString drivingPath;  // empty with a driver: its motion is known but the video is missing
  std::uint64_t drivingHash = 0;
  std::shared_ptr<const MotionTrack> driver;
  QVector<QImage> thumbnails;
};

// Computes the target motion of every frame from the media: the timeline
// project plugs in here. Returns a function that is safe to call from the
// preview worker (it must capture copies, not references to live state).
using MotionSnapshotFactory = std::function<std::function<Motion(int)>(const EditorMedia& media)>;

// Media, playhead and preview: routes files to the loader, keeps the scene the
// preview worker renders from, and shows the newest frame. Widgets talk to
// it; it holds no widget.
class EditorController : public QObject {
  Q_OBJECT

 public:
  EditorController(MediaLoader* loader, PreviewScheduler* scheduler, MessageSink* messages, QObject* parent = nullptr);

  const EditorMedia& media() const { return media_; }
  bool hasPortrait() const { return media_.portrait != nullptr; }
  bool hasDriver() const { return media_.driver != nullptr; }
  int frameCount() const;
  Rational frameRate() const;
  int playhead() const { return playhead_; }
  bool trackingInProgress() const { return !pendingDriverPath_.isEmpty(); }

  void setMessageSink(MessageSink* messages) { messages_ = messages; }
  void setMotionSnapshotFactory(MotionSnapshotFactory factory);
  // Frames for clips without a driver (presets, keyframes only).
  void setStandaloneLength(int frames, Rational rate);

  // Opens each file by what it is; projects go to projectDropped().
  void openFiles(const QStringList& paths);
  void openPortrait(const QString& path);
  // With `knownMotion` (a project's cached motion) nothing is tracked.
  void openDriver(const QString& path, std::shared_ptr<const MotionTrack> knownMotion = nullptr);
  // A driver whose video is missing: its motion plays, without pictures.
  void useDriverMotion(std::shared_ptr<const MotionTrack> motion);
  // Forgets all media (a new or another project); loads still running are
  // ignored when they finish.
  void closeMedia();

  // Moves the playhead; Draft renders at reduced size (while scrubbing or
  // dragging) and a full-size frame follows once input pauses.
  void setPlayhead(int frame, PreviewQuality quality = PreviewQuality::Full);
  // Re-renders after an edit to the motion (keyframes, modes, gains).
  void motionChanged(PreviewQuality quality = PreviewQuality::Full);
  // Milliseconds from the last request to its frame reaching the viewport.
  double lastFrameLatencyMs() const { return lastLatencyMs_; }
  PreviewScheduler* scheduler() const { return scheduler_; }

 signals:
  void mediaChanged();
  void playheadChanged(int frame);
  void frameShown(const marionette::ui::PreviewFrame& frame);
  void driverLoading(const QString& path, const QVector<QImage>& thumbnails, qint64 frameCount);
  void trackingProgress(int done, qint64 total);
  void projectDropped(const QString& path);
  void statusMessage(const QString& text);

 private:
  void onPortraitLoaded(const LoadedPortrait& portrait);
  void onDriverTracked(const TrackedDriver& driver);
  void onLoadFailed(const QString& path, const QString& message);
  void onFrameReady(const PreviewFrame& frame);
  void rebuildScene();
  void requestFrame(PreviewQuality quality);

  MediaLoader* loader_;
  PreviewScheduler* scheduler_;
  MessageSink* messages_;
  MotionSnapshotFactory motionFactory_;
  EditorMedia media_;
  QString pendingPortraitPath_;
  QString pendingDriverPath_;
  QVector<QImage> pendingThumbnails_;
  int standaloneFrames_ = 100;
  Rational standaloneRate_{25};
  int playhead_ = 0;
  std::uint64_t revision_ = 0;
  std::uint64_t shownTicket_ = 0;
  std::uint64_t lastTicket_ = 0;
  QElapsedTimer requestClock_;
  double lastLatencyMs_ = 0;
  QTimer refineTimer_;  // full quality once scrubbing pauses
};

}  // namespace marionette::ui
