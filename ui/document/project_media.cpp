#include "ui/document/project_media.h"

#include <QFileInfo>
#include <chrono>

#include "core/media/video_reader.h"
#include "core/pipeline/frame_compose.h"
#include "core/timeline/commands.h"
#include "ui/common/image_convert.h"
#include "ui/common/media_kind.h"
#include "ui/common/message_sink.h"
#include "ui/document/project_document.h"

namespace marionette::ui {

namespace {

constexpr int kThumbnailHeight = 72;
constexpr int kMaxThumbnails = 48;
// Analyses kept for an undo or a switch back: a portrait is a few MB, a
// driver's motion about 1 KB a frame.
constexpr std::size_t kRememberedPortraits = 3;
constexpr std::size_t kRememberedMotions = 4;

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString fileName(const std::string& path) { return QFileInfo(qs(path)).fileName(); }

// A file the project names that is not there is the session's relink bar's
// business; nothing is analysed for it.
bool present(const std::string& path) { return !path.empty() && QFileInfo(qs(path)).isFile(); }

}  // namespace

template <class F>
void ProjectMedia::post(F&& f) {
  ++pendingResults_;
  QMetaObject::invokeMethod(
      this,
      [this, f = std::forward<F>(f)]() mutable {
        --pendingResults_;
        f();
      },
      Qt::QueuedConnection);
}

ProjectMedia::ProjectMedia(ProjectDocument* document, ModelFuture model, MessageSink* messages, QObject* parent)
    : QObject(parent), document_(document), messages_(messages), model_(std::move(model)) {
  pool_.setMaxThreadCount(2);
  connect(document_, &ProjectDocument::changed, this, &ProjectMedia::reconcile);
  reconcile();
}

ProjectMedia::~ProjectMedia() { cancelAndWait(); }

void ProjectMedia::cancelAndWait() {
  for (auto* cancel : {&requestedDriverCancel_, &retrackCancel_})
    if (*cancel) (*cancel)->store(true);
  pool_.waitForDone();
}

void ProjectMedia::setModel(ModelFuture model) {
  {
    std::lock_guard lock(modelMutex_);
    model_ = std::move(model);
  }
  // An analysis that failed for want of a model may work now.
  portraitFailed_.reset();
  driverFailed_.reset();
  reconcile();
}

ModelFuture ProjectMedia::model() const {
  std::lock_guard lock(modelMutex_);
  return model_;
}

bool ProjectMedia::modelReady() const {
  const ModelFuture model = this->model();
  return model.valid() && model.wait_for(std::chrono::seconds(0)) == std::future_status::ready && model.get().ok();
}

QString ProjectMedia::modelError() const {
  const ModelFuture model = this->model();
  if (!model.valid() || model.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return {};
  const auto& result = model.get();
  return result ? QString() : qs(result.error().message);
}

Result<std::shared_ptr<const FaceAnalyzer>> ProjectMedia::waitForModel() const {
  const ModelFuture model = this->model();
  if (!model.valid()) return makeError("no face model folder is configured");
  auto result = model.get();
  if (!result) return makeError("the face models could not be loaded: " + result.error().message);
  return result;
}

void ProjectMedia::openFiles(const QStringList& paths) {
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
        if (messages_)
          messages_->showError(tr("Unsupported file"),
                               tr("'%1' is neither a portrait image, a driving video nor a Marionette project. "
                                  "Drop a JPEG/PNG/WebP portrait, an MP4/MOV/MKV/WebM video or a .marionette file.")
                                   .arg(QFileInfo(path).fileName()));
        break;
    }
  }
}

void ProjectMedia::showFailure(const QString& title, const QString& path, const QString& message,
                               bool projectUnchanged) {
  emit statusMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
  if (!messages_) return;
  messages_->showError(title, projectUnchanged
                                  ? tr("Could not open '%1':\n%2\n\nThe project is unchanged.").arg(path, message)
                                  : tr("Could not use '%1':\n%2").arg(path, message));
}

// --- The portrait.

void ProjectMedia::openPortrait(const QString& path) {
  requestedPortrait_ = path;
  emit statusMessage(tr("Finding the face in %1…").arg(QFileInfo(path).fileName()));
  timeline::PortraitMedia portrait;
  portrait.file = mediaRefFor(path.toStdString());
  analysePortrait(portrait, true);
}

void ProjectMedia::analysePortrait(const timeline::PortraitMedia& portrait, bool userChoice) {
  const QString path = qs(portrait.file.path);
  pool_.start([this, portrait, userChoice, path] {
    auto model = waitForModel();
    Result<PreparedPortrait> prepared =
        model ? preparePortrait(portrait, *model) : Result<PreparedPortrait>(model.error());
    post([this, prepared = std::move(prepared), userChoice, path, key = portraitKey(portrait)]() mutable {
      if (!userChoice && portraitInProgress_ == key) portraitInProgress_.reset();
      if (userChoice && requestedPortrait_ != path) return;  // a newer file was opened since
      if (userChoice) requestedPortrait_.clear();
      if (!prepared) {
        if (!userChoice) portraitFailed_ = key;
        showFailure(tr("Portrait"), path, qs(prepared.error().message), userChoice);
        return;
      }
      auto shared = std::make_shared<const PreparedPortrait>(std::move(*prepared));
      preparedPortraits_.push_front(shared);
      if (preparedPortraits_.size() > kRememberedPortraits) preparedPortraits_.pop_back();
      QString status = tr("Portrait: %1").arg(QFileInfo(path).fileName());
      if (shared->faceCount > 1)
        status += tr(" (%1 faces; animating face %2 — choose another in the inspector)")
                      .arg(shared->faceCount)
                      .arg(shared->key.faceIndex + 1);
      emit statusMessage(status);
      if (userChoice) {
        timeline::PortraitMedia chosen;
        chosen.file = {shared->key.path, shared->key.contentHash};
        chosen.faceIndex = shared->key.faceIndex;
        chosen.motion = shared->source.motion;
        document_->apply(timeline::replacePortrait(chosen));
      } else {
        document_->fillPortraitMotion(key, shared->source.motion);
      }
      reconcile();
    });
  });
}

std::shared_ptr<const PreparedPortrait> ProjectMedia::rememberedPortrait(const PortraitKey& key) const {
  for (const auto& prepared : preparedPortraits_)
    if (prepared->key == key) return prepared;
  return nullptr;
}

void ProjectMedia::adoptPortrait(std::shared_ptr<const PreparedPortrait> prepared) {
  if (prepared == portrait_) return;
  portrait_ = std::move(prepared);
  portraitImage_ = portrait_ ? toQImage(portrait_->source.image) : QImage();
  emit portraitChanged();
}

void ProjectMedia::reconcilePortrait() {
  const timeline::PortraitMedia& portrait = document_->project().portrait;
  const PortraitKey key = portraitKey(portrait);
  if (!present(portrait.file.path)) return adoptPortrait(nullptr);
  if (auto prepared = rememberedPortrait(key)) {
    // The renderer starts from the project's stored motion when it has one.
    if (portrait.motion && !timeline::sameMotion(*portrait.motion, prepared->source.motion)) {
      auto adjusted = std::make_shared<PreparedPortrait>(*prepared);
      adjusted->source.motion = *portrait.motion;
      prepared = adjusted;
      preparedPortraits_.push_front(prepared);
      if (preparedPortraits_.size() > kRememberedPortraits) preparedPortraits_.pop_back();
    }
    if (!portrait.motion) document_->fillPortraitMotion(key, prepared->source.motion);
    return adoptPortrait(prepared);
  }
  adoptPortrait(nullptr);
  if (portraitInProgress_ == key || portraitFailed_ == key) return;
  portraitInProgress_ = key;
  emit statusMessage(tr("Finding the face in %1…").arg(fileName(portrait.file.path)));
  analysePortrait(portrait, false);
}

// --- The driving video.

void ProjectMedia::openDriver(const QString& path) {
  if (requestedDriverCancel_) requestedDriverCancel_->store(true);
  requestedDriver_ = path;
  requestedDriverCancel_ = std::make_shared<std::atomic<bool>>(false);
  emit statusMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
  timeline::DriverMedia driver;
  driver.file = mediaRefFor(path.toStdString());
  // A new video is tracked as the project tracks its driver now.
  if (const auto& current = document_->project().driver) driver.trackingSmoothing = current->trackingSmoothing;
  trackDriver(driver, true);
}

void ProjectMedia::trackDriver(const timeline::DriverMedia& driver, bool userChoice) {
  const QString path = qs(driver.file.path);
  auto cancel = userChoice ? requestedDriverCancel_ : retrackCancel_;
  ++trackingJobs_;
  pool_.start([this, driver, userChoice, path, cancel] {
    auto progress = [this, cancel](int done, std::int64_t total) {
      if (done % 8 == 0 || done == total) post([this, done, total] { emit trackingProgress(done, total); });
      return !cancel->load();
    };
    auto model = waitForModel();
    Result<DriverTracking> tracking =
        model ? marionette::trackDriver(driver, *model, progress) : Result<DriverTracking>(model.error());
    post([this, tracking = std::move(tracking), driver, userChoice, path, cancel]() mutable {
      --trackingJobs_;
      emit trackingProgress(0, 0);
      const DriverKey key = driverKey(driver);
      if (!userChoice && driverInProgress_ == key) driverInProgress_.reset();
      if (cancel->load()) return reconcile();
      if (userChoice) requestedDriver_.clear();
      if (!tracking) {
        if (!userChoice) driverFailed_ = key;
        showFailure(tr("Driving video"), path, qs(tracking.error().message), userChoice);
        return reconcile();
      }
      trackedMotions_.emplace_front(key, tracking->motion);
      if (trackedMotions_.size() > kRememberedMotions) trackedMotions_.pop_back();
      if (!tracking->notes.empty() && messages_) {
        QStringList notes;
        for (const std::string& note : tracking->notes) notes << qs(note);
        messages_->showInfo(tr("Driving video"), notes.join('\n'));
      }
      emit statusMessage(
          tr("Driving video: %1, %2 frames").arg(QFileInfo(path).fileName()).arg(tracking->motion->frames.size()));
      if (userChoice) {
        timeline::DriverMedia chosen = driver;
        chosen.motion = tracking->motion;
        document_->apply(timeline::replaceDriver(chosen));
      } else {
        document_->fillDriverMotion(key, tracking->motion);
      }
      reconcile();
    });
  });
}

bool ProjectMedia::adoptRecordedDriver(const QString& path, std::shared_ptr<const MotionTrack> motion) {
  timeline::DriverMedia driver;
  if (const auto& current = document_->project().driver) driver.trackingSmoothing = current->trackingSmoothing;
  driver.file = mediaRefFor(path.toStdString());
  driver.motion = std::move(motion);
  trackedMotions_.emplace_front(driverKey(driver), driver.motion);
  if (trackedMotions_.size() > kRememberedMotions) trackedMotions_.pop_back();
  return document_->apply(timeline::replaceDriver(driver));
}

std::shared_ptr<const MotionTrack> ProjectMedia::rememberedMotion(const DriverKey& key) const {
  for (const auto& [remembered, motion] : trackedMotions_)
    if (remembered == key) return motion;
  return nullptr;
}

void ProjectMedia::reconcileDriver() {
  const auto& driver = document_->project().driver;
  const std::optional<DriverKey> wanted = driver && !driver->motion ? std::optional(driverKey(*driver)) : std::nullopt;
  // A re-track for what the project no longer names is of no use.
  if (driverInProgress_ && driverInProgress_ != wanted && retrackCancel_) retrackCancel_->store(true);
  if (!wanted || !present(driver->file.path)) return;
  if (auto motion = rememberedMotion(*wanted)) return document_->fillDriverMotion(*wanted, motion);
  if (driverInProgress_ == wanted || driverFailed_ == wanted) return;
  driverInProgress_ = wanted;
  retrackCancel_ = std::make_shared<std::atomic<bool>>(false);
  emit statusMessage(tr("Tracking %1…").arg(fileName(driver->file.path)));
  trackDriver(*driver, false);
}

void ProjectMedia::readThumbnails(const QString& path, std::uint64_t hash) {
  pool_.start([this, path, hash] {
    QVector<QImage> thumbnails;
    auto reader = VideoReader::open(path.toStdString());
    if (reader) {
      const VideoInfo info = (*reader)->info();
      const std::int64_t every = std::max<std::int64_t>(1, std::max<std::int64_t>(1, info.frameCount) / kMaxThumbnails);
      for (std::int64_t decoded = 0;; ++decoded) {
        auto frame = (*reader)->next();
        if (!frame || !*frame) break;
        if (decoded % every != 0) continue;
        const Image& image = (*frame)->image;
        const int width = std::max(2, image.width * kThumbnailHeight / std::max(1, image.height));
        thumbnails << toQImage(
            resampleRegion(image, {0, 0, double(image.width), double(image.height)}, width, kThumbnailHeight));
      }
    }
    post([this, thumbnails, key = std::pair{path.toStdString(), hash}] {
      if (thumbnailsInProgress_ == key) thumbnailsInProgress_.reset();
      thumbnailsOf_ = key;
      thumbnails_ = thumbnails;
      emit thumbnailsChanged();
      reconcile();
    });
  });
}

void ProjectMedia::reconcileThumbnails() {
  const auto& driver = document_->project().driver;
  if (!driver || !present(driver->file.path)) {
    if (!thumbnails_.isEmpty()) {
      thumbnails_.clear();
      thumbnailsOf_.reset();
      emit thumbnailsChanged();
    }
    return;
  }
  const std::pair key{driver->file.path, driver->file.contentHash};
  if (thumbnailsOf_ == key || thumbnailsInProgress_ == key) return;
  thumbnailsInProgress_ = key;
  readThumbnails(qs(key.first), key.second);
}

void ProjectMedia::reconcile() {
  // Filling in an analysis changes the document, which asks again; one pass
  // at a time, repeated until nothing changes.
  if (reconciling_) {
    reconcileAgain_ = true;
    return;
  }
  reconciling_ = true;
  do {
    reconcileAgain_ = false;
    reconcilePortrait();
    reconcileDriver();
    reconcileThumbnails();
  } while (reconcileAgain_);
  reconciling_ = false;
}

}  // namespace marionette::ui
