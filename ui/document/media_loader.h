#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVector>
#include <atomic>
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>

#include "core/base/result.h"
#include "core/face/landmark_model.h"
#include "core/media/video_reader.h"
#include "core/motion/motion_track.h"
#include "core/motion/renderer.h"

namespace marionette::ui {

using ModelFuture = std::shared_future<Result<std::shared_ptr<const LandmarkModel>>>;

struct LoadedPortrait {
  QString path;
  std::shared_ptr<const SourceFace> face;
  int faceCount = 0;
  std::uint64_t contentHash = 0;  // of the file, for the project and its caches
  QStringList notes;
};

struct TrackedDriver {
  QString path;
  std::shared_ptr<const MotionTrack> track;
  VideoInfo info;
  std::uint64_t contentHash = 0;
  QStringList notes;
};

// Loads media off the UI thread: decoding, face detection and tracking run
// on a private pool and report back through queued signals. A new driver
// cancels the one still being tracked.
class MediaLoader : public QObject {
  Q_OBJECT

 public:
  explicit MediaLoader(ModelFuture model, QObject* parent = nullptr);
  ~MediaLoader() override;

  // Jobs that start from now on use `model` (the user picked another file).
  void setModel(ModelFuture model);
  bool modelReady() const;
  // The model jobs use now (the export waits for it on its own thread).
  ModelFuture model() const;
  // The load error of a finished model, empty while loading or when loaded.
  QString modelError() const;

  void loadPortrait(const QString& path);
  // Reads the thumbnails and tracks the driver; with `knownMotion` (a
  // project's cached motion) it only reads the thumbnails.
  void loadDriver(const QString& path, std::shared_ptr<const MotionTrack> knownMotion = nullptr);
  // Stops tracking a driver (a newer one, or the window closing).
  void cancelDriver();
  // Blocks until every job has finished; for tests and shutdown.
  void waitForIdle();
  bool idle() const { return pool_.activeThreadCount() == 0; }

 signals:
  void portraitLoaded(const marionette::ui::LoadedPortrait& portrait);
  void driverOpened(const QString& path, const QVector<QImage>& thumbnails, qint64 frameCount);
  void trackingProgress(int done, qint64 total);
  void driverTracked(const marionette::ui::TrackedDriver& driver);
  void loadFailed(const QString& path, const QString& message);

 private:
  Result<std::shared_ptr<const LandmarkModel>> waitForModel() const;
  void trackDriverJob(const QString& path, std::shared_ptr<const MotionTrack> knownMotion,
                      std::shared_ptr<std::atomic<bool>> cancel);
  template <class F>
  void post(F&& f) {
    QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
  }

  mutable std::mutex modelMutex_;  // setModel (UI thread) vs. jobs reading it
  ModelFuture model_;
  QThreadPool pool_;
  std::shared_ptr<std::atomic<bool>> driverCancel_;
};

}  // namespace marionette::ui

Q_DECLARE_METATYPE(marionette::ui::LoadedPortrait)
Q_DECLARE_METATYPE(marionette::ui::TrackedDriver)
