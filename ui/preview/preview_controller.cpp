#include "ui/preview/preview_controller.h"

#include <QFileInfo>

#include "ui/common/message_sink.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"

namespace marionette::ui {

namespace {
constexpr int kRefineDelayMs = 120;
}

PreviewController::PreviewController(ProjectDocument* document, ProjectMedia* media, PreviewScheduler* scheduler,
                                     MessageSink* messages, QObject* parent)
    : QObject(parent), document_(document), media_(media), scheduler_(scheduler), messages_(messages) {
  connect(document_, &ProjectDocument::changed, this, &PreviewController::rebuildScene);
  connect(media_, &ProjectMedia::portraitChanged, this, &PreviewController::rebuildScene);
  connect(scheduler_, &PreviewScheduler::frameReady, this, &PreviewController::onFrameReady);
  connect(scheduler_, &PreviewScheduler::renderFailed, this, [this](const QString& message) {
    emit problemChanged(message);
    if (messages_) messages_->showError(tr("Preview"), message);
  });
  refineTimer_.setSingleShot(true);
  refineTimer_.setInterval(kRefineDelayMs);
  connect(&refineTimer_, &QTimer::timeout, this, [this] { requestFrame(PreviewQuality::Full); });
  requestClock_.start();
  rebuildScene();
}

timeline::FrameIndex PreviewController::frameCount() const {
  return std::max<timeline::FrameIndex>(1, document_->project().settings.frameCount);
}

Rational PreviewController::frameRate() const { return document_->project().settings.frameRate; }

void PreviewController::rebuildScene() {
  auto scene = std::make_shared<PreviewScene>();
  scene->project = document_->project();
  scene->portrait = media_->portrait();
  if (const auto& driver = scene->project.driver;
      driver && QFileInfo(QString::fromStdString(driver->file.path)).isFile())
    scene->drivingPath = driver->file.path;
  scene->revision = ++revision_;
  hasPortrait_ = scene->portrait != nullptr;
  scheduler_->setScene(std::move(scene));
  if (playhead_ >= frameCount()) {
    playhead_ = frameCount() - 1;
    emit playheadChanged(playhead_);
  }
  requestFrame(PreviewQuality::Full);
}

void PreviewController::refresh() { requestFrame(PreviewQuality::Full); }

void PreviewController::setPlayhead(timeline::FrameIndex frame, PreviewQuality quality) {
  frame = std::clamp<timeline::FrameIndex>(frame, 0, frameCount() - 1);
  const bool moved = frame != playhead_;
  playhead_ = frame;
  if (moved) emit playheadChanged(frame);
  requestFrame(quality);
  if (quality == PreviewQuality::Draft) refineTimer_.start();
}

void PreviewController::requestFrame(PreviewQuality quality) {
  if (!hasPortrait_) return;
  lastTicket_ = scheduler_->request(playhead_, quality);
  requestClock_.restart();
}

void PreviewController::onFrameReady(const PreviewFrame& frame) {
  // Frames arrive in request order; anything older than what is shown, or
  // rendered for a scene that has since changed, is stale.
  if (frame.ticket < shownTicket_ || frame.revision != revision_ || frame.frame != playhead_) return;
  shownTicket_ = frame.ticket;
  if (frame.ticket == lastTicket_) lastLatencyMs_ = requestClock_.nsecsElapsed() / 1e6;
  emit problemChanged({});
  emit frameShown(frame);
}

}  // namespace marionette::ui
