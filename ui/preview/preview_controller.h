#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <cstdint>
#include <memory>

#include "core/base/rational.h"
#include "core/timeline/time.h"
#include "ui/preview/preview_scheduler.h"

namespace marionette::ui {

class MessageSink;
class ProjectDocument;
class ProjectMedia;

// The playhead and the preview: after every change of the project (an edit,
// an analysis, another project) it hands the scheduler a new snapshot of
// the project with its prepared portrait, and it shows the newest frame for
// the playhead. It keeps no media or motion of its own; the clip's length
// and rate are the project's.
class PreviewController : public QObject {
  Q_OBJECT

 public:
  PreviewController(ProjectDocument* document, ProjectMedia* media, PreviewScheduler* scheduler, MessageSink* messages,
                    QObject* parent = nullptr);

  timeline::FrameIndex frameCount() const;
  Rational frameRate() const;
  timeline::FrameIndex playhead() const { return playhead_; }
  PreviewScheduler* scheduler() const { return scheduler_; }
  void setMessageSink(MessageSink* messages) { messages_ = messages; }

  // Moves the playhead; Draft renders at reduced size (while scrubbing) and
  // a full-size frame follows once input pauses.
  void setPlayhead(timeline::FrameIndex frame, PreviewQuality quality = PreviewQuality::Full);
  // Renders the playhead's frame again (another device or preview size).
  void refresh();
  // Milliseconds from the last request to its frame reaching the viewport.
  double lastFrameLatencyMs() const { return lastLatencyMs_; }

 signals:
  void playheadChanged(marionette::timeline::FrameIndex frame);
  void frameShown(const marionette::ui::PreviewFrame& frame);
  // The preview cannot render (no render module, a failing device); empty
  // once a frame renders again.
  void problemChanged(const QString& problem);

 private:
  void rebuildScene();
  void requestFrame(PreviewQuality quality);
  void onFrameReady(const PreviewFrame& frame);

  ProjectDocument* document_;
  ProjectMedia* media_;
  PreviewScheduler* scheduler_;
  MessageSink* messages_;
  timeline::FrameIndex playhead_ = 0;
  std::uint64_t revision_ = 0;
  std::uint64_t shownTicket_ = 0;
  std::uint64_t lastTicket_ = 0;
  bool hasPortrait_ = false;
  QElapsedTimer requestClock_;
  double lastLatencyMs_ = 0;
  QTimer refineTimer_;  // full quality once scrubbing pauses
};

}  // namespace marionette::ui
