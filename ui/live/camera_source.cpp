#include "ui/live/camera_source.h"

#include <QAudioFormat>
#include <QAudioSource>
#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>
#include <cmath>

#include "ui/common/image_convert.h"

namespace marionette::ui {

namespace {

// Frames larger than this are not needed to follow a face and cost time.
constexpr int kPreferredHeight = 720;

QCameraFormat preferredFormat(const QCameraDevice& device) {
  QCameraFormat best;
  auto score = [](const QCameraFormat& f) {
    const double rate = std::min<double>(f.maxFrameRate(), 30);
    const int height = f.resolution().height();
    return rate * 1000 - std::abs(height - 480) - (height > kPreferredHeight ? 100000 : 0);
  };
  for (const QCameraFormat& format : device.videoFormats())
    if (best.isNull() || score(format) > score(best)) best = format;
  return best;
}

}  // namespace

Result<Image> imageFromVideoFrame(const QVideoFrame& frame, const QString& cameraName) {
  if (!frame.isValid() || frame.pixelFormat() == QVideoFrameFormat::Format_Invalid)
    return makeError(QStringLiteral("the camera '%1' delivered a frame in a format Qt cannot convert")
                         .arg(cameraName)
                         .toStdString());
  const QImage image = frame.toImage();
  if (image.isNull())
    return makeError(QStringLiteral("the camera '%1' delivers %2 frames, which Qt cannot convert to a picture")
                         .arg(cameraName, QVideoFrameFormat::pixelFormatToString(frame.pixelFormat()))
                         .toStdString());
  return fromQImage(image.convertToFormat(QImage::Format_RGB888));
}

QList<QCameraDevice> CameraSource::cameras() { return QMediaDevices::videoInputs(); }

std::optional<QCameraDevice> CameraSource::cameraById(const QByteArray& id) {
  const QList<QCameraDevice> all = cameras();
  for (const QCameraDevice& device : all)
    if (device.id() == id) return device;
  if (all.isEmpty()) return std::nullopt;
  return all.front();
}

CameraSource::CameraSource(const QCameraDevice& device, bool withMicrophone, QObject* parent)
    : QObject(parent), device_(device), withMicrophone_(withMicrophone) {
  const QCameraFormat format = preferredFormat(device_);
  if (!format.isNull() && format.maxFrameRate() > 0) frameRate_ = std::min<double>(format.maxFrameRate(), 30);
}

CameraSource::~CameraSource() { stop(); }

std::string CameraSource::name() const { return device_.description().toStdString(); }

Rational CameraSource::frameRate() const { return Rational(std::int64_t(std::lround(frameRate_))); }

Status CameraSource::start(LiveSink& sink) {
  stop();
  if (device_.isNull()) return makeError("no camera is connected");
  sink_ = &sink;
  failed_ = false;
  sequence_ = 0;
  camera_ = new QCamera(device_, this);
  const QCameraFormat format = preferredFormat(device_);
  if (!format.isNull()) camera_->setCameraFormat(format);
  capture_ = new QMediaCaptureSession(this);
  video_ = new QVideoSink(this);
  capture_->setCamera(camera_);
  capture_->setVideoSink(video_);
  // Frames are handed on from Qt's video thread: the live session takes
  // them from any thread and the UI thread stays free.
  connect(video_, &QVideoSink::videoFrameChanged, this, &CameraSource::frameChanged, Qt::DirectConnection);
  connect(camera_, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& text) {
    fail(QStringLiteral("the camera '%1' stopped: %2").arg(device_.description(), text));
  });
  connect(new QMediaDevices(this), &QMediaDevices::videoInputsChanged, this, [this] {
    for (const QCameraDevice& device : QMediaDevices::videoInputs())
      if (device.id() == device_.id()) return;
    fail(QStringLiteral("the camera '%1' was disconnected").arg(device_.description()));
  });
  camera_->start();
  if (withMicrophone_) {
    const QAudioDevice input = QMediaDevices::defaultAudioInput();
    QAudioFormat wanted;
    wanted.setSampleRate(48000);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    if (!input.isNull() && input.isFormatSupported(wanted)) {
      microphone_ = new QAudioSource(input, wanted, this);
      sound_ = microphone_->start();
      if (sound_) connect(sound_, &QIODevice::readyRead, this, &CameraSource::readSound);
    }
  }
  return {};
}

void CameraSource::stop() {
  if (sound_) sound_->disconnect(this);
  if (microphone_) microphone_->stop();
  if (video_) video_->disconnect(this);
  if (camera_) camera_->stop();
  {
    std::lock_guard lock(sinkMutex_);
    sink_ = nullptr;
  }
  delete microphone_;
  delete capture_;
  delete video_;
  delete camera_;
  microphone_ = nullptr;
  sound_ = nullptr;
  capture_ = nullptr;
  video_ = nullptr;
  camera_ = nullptr;
}

void CameraSource::frameChanged(const QVideoFrame& frame) {
  std::lock_guard lock(sinkMutex_);
  if (failed_ || !sink_) return;
  Result<Image> image = imageFromVideoFrame(frame, device_.description());
  if (!image) {
    // Every later frame would fail alike: one message, then the camera stops.
    QMetaObject::invokeMethod(this, [this, message = QString::fromStdString(image.error().message)] { fail(message); });
    failed_ = true;
    return;
  }
  sink_->frameArrived(LiveFrame{std::move(*image), sequence_++, LiveClock::now()});
}

void CameraSource::fail(const QString& message) {
  std::lock_guard lock(sinkMutex_);
  if (!sink_) return;
  failed_ = true;
  sink_->sourceFailed(message.toStdString());
}

void CameraSource::readSound() {
  std::lock_guard lock(sinkMutex_);
  if (!sound_ || !sink_) return;
  const QByteArray bytes = sound_->readAll();
  AudioSamples samples;
  samples.sampleRate = microphone_->format().sampleRate();
  samples.channels = microphone_->format().channelCount();
  samples.interleaved.resize(std::size_t(bytes.size()) / sizeof(std::int16_t));
  std::memcpy(samples.interleaved.data(), bytes.constData(), samples.interleaved.size() * sizeof(std::int16_t));
  if (!samples.interleaved.empty()) sink_->soundArrived(samples);
}

}  // namespace marionette::ui
