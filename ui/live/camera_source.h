#pragma once

#include <QCameraDevice>
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <mutex>

#include "core/pipeline/live_source.h"

class QAudioSource;
class QCamera;
class QIODevice;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace marionette::ui {

// A camera frame as RGB, or one line saying why it cannot be used (a pixel
// format Qt cannot convert, an empty frame).
Result<Image> imageFromVideoFrame(const QVideoFrame& frame, const QString& cameraName);

// A camera (and the default microphone) through Qt Multimedia, as a live
// frame source. Lives on the UI thread; frames reach the sink from Qt's
// video thread.
class CameraSource final : public QObject, public LiveFrameSource {
  Q_OBJECT

 public:
  static QList<QCameraDevice> cameras();
  // The camera whose id is `id`; the first camera when `id` is empty or gone.
  static std::optional<QCameraDevice> cameraById(const QByteArray& id);

  CameraSource(const QCameraDevice& device, bool withMicrophone, QObject* parent = nullptr);
  ~CameraSource() override;

  std::string name() const override;
  Rational frameRate() const override;
  Status start(LiveSink& sink) override;
  void stop() override;

 private:
  void frameChanged(const QVideoFrame& frame);
  void fail(const QString& message);
  void readSound();

  QCameraDevice device_;
  bool withMicrophone_;
  QCamera* camera_ = nullptr;
  QMediaCaptureSession* capture_ = nullptr;
  QVideoSink* video_ = nullptr;
  QAudioSource* microphone_ = nullptr;
  QIODevice* sound_ = nullptr;
  // Frames arrive on Qt's video thread: stop() waits for one being handed on.
  std::mutex sinkMutex_;
  LiveSink* sink_ = nullptr;
  std::atomic<std::int64_t> sequence_{0};
  std::atomic<bool> failed_{false};
  double frameRate_ = 30;
};

}  // namespace marionette::ui
