#include "ui/preview/editor_controller.h"

#include <QFileInfo>

#include "ui/common/image_convert.h"
#include "ui/common/media_kind.h"
#include "ui/common/message_sink.h"

namespace marionette::ui {

namespace {
constexpr int kRefineDelayMs = 120;
}

EditorController::EditorController(MediaLoader* loader, PreviewScheduler* scheduler, MessageSink* messages,
                                   QObject* parent)
    : QObject(parent), loader_(loader), scheduler_(scheduler), messages_(messages) {
  connect(loader_, &MediaLoader::portraitLoaded, this, &EditorController::onPortraitLoaded);
  connect(loader_, &MediaLoader::driverTracked, this, &EditorController::onDriverTracked);
  connect(loader_, &MediaLoader::loadFailed, this, &EditorController::onLoadFailed);
  connect(loader_, &MediaLoader::trackingProgress, this, &EditorController::trackingProgress);
  connect(loader_, &MediaLoader::driverOpened, this,
          [this](const QString& path, const QVector<QImage>& thumbnails, qint64 frames) {
            if (path != pendingDriverPath_) return;
            pendingThumbnails_ = thumbnails;
            emit driverLoading(path, thumbnails, frames);
          });
  connect(scheduler_, &PreviewScheduler::frameReady, this, &EditorController::onFrameReady);
  connect(scheduler_, &PreviewScheduler::renderFailed, this,
          [this](const QString& message) { messages_->showError(tr("Preview"), message); });
  refineTimer_.setSingleShot(true);
  refineTimer_.setInterval(kRefineDelayMs);
  connect(&refineTimer_, &QTimer::timeout, this, [this] { requestFrame(PreviewQuality::Full); });
  requestClock_.start();
}

int EditorController::frameCount() const {
  if (media_.driver) return std::max<int>(1, int(media_.driver->frames.size()));
  return standaloneFrames_;
}

Rational EditorController::frameRate() const { return media_.driver ? media_.driver->frameRate : standaloneRate_; }

void EditorController::setMotionSnapshotFactory(MotionSnapshotFactory factory) {
  motionFactory_ = std::move(factory);
  rebuildScene();
}

void EditorController::setStandaloneLength(int frames, Rational rate) {
  standaloneFrames_ = std::max(1, frames);
  standaloneRate_ = rate;
  if (media_.driver) return;
  rebuildScene();
  emit mediaChanged();
}

void EditorController::openFiles(const QStringList& paths) {
  for (const QString& path : paths) {
    switch (classifyMediaPath(path)) {
      case MediaKind::Portrait:
        openPortrait(path);
        break;
      case MediaKind::DrivingVideo:
        openDriver(path);
        break;
      case MediaKind::Project:
        emit projectDropped(path);
        break;
      case MediaKind::Unsupported:
        messages_->showError(tr("Unsupported file"),
                             tr("'%1' is neither a portrait image, a driving video nor a Marionette project. "
                                "Drop a JPEG/PNG/WebP portrait, an MP4/MOV/MKV/WebM video or a .marionette file.")
                                 .arg(QFileInfo(path).fileName()));
        break;
    }
  }
}

void EditorController::openPortrait(const QString& path) {
  pendingPortraitPath_ = path;
  emit statusMessage(tr("Finding the face in %1…").arg(QFileInfo(path).fileName()));
  loader_->loadPortrait(path);
}

void EditorController::openDriver(const QString& path, std::shared_ptr<const MotionTrack> knownMotion) {
  pendingDriverPath_ = path;
  pendingThumbnails_.clear();
  emit statusMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
  loader_->loadDriver(path, std::move(knownMotion));
}

void EditorController::useDriverMotion(std::shared_ptr<const MotionTrack> motion) {
  media_.drivingPath.clear();
  media_.drivingHash = 0;
  media_.driver = std::move(motion);
  media_.thumbnails.clear();
  playhead_ = std::min(playhead_, frameCount() - 1);
  rebuildScene();
  emit mediaChanged();
}

void EditorController::closeMedia() {
  loader_->cancelDriver();
  if (!pendingDriverPath_.isEmpty()) emit trackingProgress(0, 0);
  pendingPortraitPath_.clear();
  pendingDriverPath_.clear();
  pendingThumbnails_.clear();
  media_ = {};
  playhead_ = 0;
  emit playheadChanged(0);
  rebuildScene();
  emit mediaChanged();
}

void EditorController::onPortraitLoaded(const LoadedPortrait& portrait) {
  if (portrait.path != pendingPortraitPath_) return;  // superseded, or the project was closed
  pendingPortraitPath_.clear();
  media_.portraitPath = portrait.path;
  media_.portraitHash = portrait.contentHash;
  media_.portrait = portrait.face;
  media_.portraitImage = toQImage(portrait.face->image);
  QString status = tr("Portrait: %1").arg(QFileInfo(portrait.path).fileName());
  if (portrait.faceCount > 1) status += tr(" (%1 faces found; animating the largest)").arg(portrait.faceCount);
  emit statusMessage(status);
  rebuildScene();
  emit mediaChanged();
}

void EditorController::onDriverTracked(const TrackedDriver& driver) {
  if (driver.path != pendingDriverPath_) return;  // superseded by a newer driver
  media_.drivingPath = driver.path;
  media_.drivingHash = driver.contentHash;
  media_.driver = driver.track;
  media_.thumbnails = pendingThumbnails_;
  pendingDriverPath_.clear();
  pendingThumbnails_.clear();
  emit trackingProgress(0, 0);  // done (a project's cached motion reports no progress at all)
  if (!driver.notes.isEmpty()) messages_->showInfo(tr("Driving video"), driver.notes.join('\n'));
  emit statusMessage(tr("Driving video: %1, %2 frames").arg(QFileInfo(driver.path).fileName()).arg(frameCount()));
  playhead_ = std::min(playhead_, frameCount() - 1);
  rebuildScene();
  emit mediaChanged();
}

void EditorController::onLoadFailed(const QString& path, const QString& message) {
  const bool wasDriver = path == pendingDriverPath_;
  if (!wasDriver && path != pendingPortraitPath_) return;  // a load nobody waits for any more
  if (!wasDriver) pendingPortraitPath_.clear();
  if (wasDriver) {
    pendingDriverPath_.clear();
    pendingThumbnails_.clear();
    emit trackingProgress(0, 0);
  }
  emit statusMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
  messages_->showError(wasDriver ? tr("Driving video") : tr("Portrait"),
                       tr("Could not open '%1':\n%2\n\nThe project is unchanged.").arg(path, message));
  emit mediaChanged();
}

void EditorController::rebuildScene() {
  auto scene = std::make_shared<PreviewScene>();
  scene->source = media_.portrait;
  scene->frameCount = frameCount();
  scene->frameRate = frameRate();
  scene->drivingPath = media_.drivingPath.toStdString();
  scene->revision = ++revision_;
  if (motionFactory_ && media_.portrait) scene->motionAt = motionFactory_(media_);
  scheduler_->setScene(std::move(scene));
  if (media_.portrait) requestFrame(PreviewQuality::Full);
}

void EditorController::motionChanged(PreviewQuality quality) {
  rebuildScene();
  if (quality == PreviewQuality::Draft) {
    requestFrame(PreviewQuality::Draft);
    refineTimer_.start();
  }
}

void EditorController::setPlayhead(int frame, PreviewQuality quality) {
  frame = std::clamp(frame, 0, frameCount() - 1);
  const bool moved = frame != playhead_;
  playhead_ = frame;
  if (moved) emit playheadChanged(frame);
  requestFrame(quality);
  if (quality == PreviewQuality::Draft) refineTimer_.start();
}

void EditorController::requestFrame(PreviewQuality quality) {
  if (!media_.portrait) return;
  lastTicket_ = scheduler_->request(playhead_, quality);
  requestClock_.restart();
}

void EditorController::onFrameReady(const PreviewFrame& frame) {
  // Frames arrive in request order; anything older than what is shown, or
  // rendered for a scene that has since changed, is stale.
  if (frame.ticket < shownTicket_ || frame.revision != revision_ || frame.frame != playhead_) return;
  shownTicket_ = frame.ticket;
  if (frame.ticket == lastTicket_) lastLatencyMs_ = requestClock_.nsecsElapsed() / 1e6;
  emit frameShown(frame);
}

}  // namespace marionette::ui
