#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVector>
#include <atomic>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <optional>

#include "core/base/result.h"
#include "core/face/face_analyzer.h"
#include "core/pipeline/project_media.h"

namespace marionette::ui {

class MessageSink;
class ProjectDocument;

using ModelFuture = std::shared_future<Result<std::shared_ptr<const FaceAnalyzer>>>;

// Keeps what the project's media yield — the portrait prepared for
// rendering, the driver's tracked motion, its thumbnails — in step with the
// project, through the core service that `animate` and `render` use (so the
// editor analyses the project's face with the project's tracking smoothing,
// like the export). It reads the project and never holds a second copy of
// its facts: when the project names media whose analysis is missing (a
// project opened without its motion cache, another face, another
// smoothing, an undo) the analysis runs off the UI thread and its result is
// handed to the document. Files the user opens are analysed first and enter
// the project as one undoable edit only when they can be used.
class ProjectMedia : public QObject {
  Q_OBJECT

 public:
  ProjectMedia(ProjectDocument* document, ModelFuture model, MessageSink* messages, QObject* parent = nullptr);
  ~ProjectMedia() override;

  void setMessageSink(MessageSink* messages) { messages_ = messages; }
  // Jobs that start from now on use `model` (the user picked another file).
  void setModel(ModelFuture model);
  ModelFuture model() const;
  bool modelReady() const;
  // The load error of a finished model, empty while loading or when loaded.
  QString modelError() const;

  // Opens each file by what it is; projects go to projectDropped().
  void openFiles(const QStringList& paths);
  void openPortrait(const QString& path);
  void openDriver(const QString& path);
  // A take recorded live becomes the driving video with the motion the live
  // view tracked (no second tracking pass), as one undoable edit.
  bool adoptRecordedDriver(const QString& path, std::shared_ptr<const MotionTrack> motion);

  // The project's portrait ready to render, while it matches what the
  // project names (null before its analysis, or when the file is missing).
  std::shared_ptr<const PreparedPortrait> portrait() const { return portrait_; }
  const QImage& portraitImage() const { return portraitImage_; }
  bool hasPortrait() const { return portrait_ != nullptr; }
  // Thumbnails along the project's driving video (empty without one).
  const QVector<QImage>& thumbnails() const { return thumbnails_; }
  // A driver being tracked (opened by the user, or re-tracked for the project).
  bool tracking() const { return trackingJobs_ > 0; }
  bool idle() const { return pool_.activeThreadCount() == 0 && pendingResults_ == 0; }
  // Stops tracking and waits for every job; for shutdown and tests.
  void cancelAndWait();

 signals:
  void portraitChanged();
  void thumbnailsChanged();
  // Frames tracked so far; total 0 once tracking ended.
  void trackingProgress(int done, qint64 total);
  void projectDropped(const QString& path);
  void statusMessage(const QString& text);

 private:
  void reconcile();
  void reconcilePortrait();
  void reconcileDriver();
  void reconcileThumbnails();
  void adoptPortrait(std::shared_ptr<const PreparedPortrait> prepared);
  void analysePortrait(const timeline::PortraitMedia& portrait, bool userChoice);
  void trackDriver(const timeline::DriverMedia& driver, bool userChoice);
  void readThumbnails(const QString& path, std::uint64_t hash);
  std::shared_ptr<const PreparedPortrait> rememberedPortrait(const PortraitKey& key) const;
  std::shared_ptr<const MotionTrack> rememberedMotion(const DriverKey& key) const;
  void showFailure(const QString& title, const QString& path, const QString& message, bool projectUnchanged);
  Result<std::shared_ptr<const FaceAnalyzer>> waitForModel() const;
  // Runs `f` on the UI thread once the job that calls it ends.
  template <class F>
  void post(F&& f);

  ProjectDocument* document_;
  MessageSink* messages_;
  mutable std::mutex modelMutex_;  // setModel (UI thread) vs. jobs reading it
  ModelFuture model_;
  QThreadPool pool_;
  std::atomic<int> pendingResults_{0};
  bool reconciling_ = false, reconcileAgain_ = false;

  std::shared_ptr<const PreparedPortrait> portrait_;
  QImage portraitImage_;
  std::deque<std::shared_ptr<const PreparedPortrait>> preparedPortraits_;  // newest first, a few
  std::optional<PortraitKey> portraitInProgress_;
  std::optional<PortraitKey> portraitFailed_;
  QString requestedPortrait_;  // the newest file the user opened, until analysed

  std::deque<std::pair<DriverKey, std::shared_ptr<const MotionTrack>>> trackedMotions_;  // newest first
  std::optional<DriverKey> driverInProgress_;
  std::optional<DriverKey> driverFailed_;
  QString requestedDriver_;
  std::shared_ptr<std::atomic<bool>> requestedDriverCancel_, retrackCancel_;
  int trackingJobs_ = 0;

  QVector<QImage> thumbnails_;
  std::optional<std::pair<std::string, std::uint64_t>> thumbnailsOf_, thumbnailsInProgress_;
};

}  // namespace marionette::ui
