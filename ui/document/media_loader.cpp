#include "ui/document/media_loader.h"

#include <chrono>

#include "core/media/image_io.h"
#include "core/pipeline/analyze_portrait.h"
#include "core/pipeline/frame_compose.h"
#include "core/pipeline/track_video.h"
#include "core/timeline/media_hash.h"
#include "ui/common/image_convert.h"

namespace marionette::ui {

namespace {

constexpr int kThumbnailHeight = 72;
constexpr int kMaxThumbnails = 48;

}  // namespace

MediaLoader::MediaLoader(ModelFuture model, QObject* parent) : QObject(parent), model_(std::move(model)) {
  qRegisterMetaType<LoadedPortrait>();
  qRegisterMetaType<TrackedDriver>();
  pool_.setMaxThreadCount(2);
}

MediaLoader::~MediaLoader() {
  cancelDriver();
  pool_.waitForDone();
}

void MediaLoader::setModel(ModelFuture model) {
  std::lock_guard lock(modelMutex_);
  model_ = std::move(model);
}

ModelFuture MediaLoader::model() const {
  std::lock_guard lock(modelMutex_);
  return model_;
}

bool MediaLoader::modelReady() const {
  const ModelFuture model = this->model();
  return model.valid() && model.wait_for(std::chrono::seconds(0)) == std::future_status::ready && model.get().ok();
}

QString MediaLoader::modelError() const {
  const ModelFuture model = this->model();
  if (!model.valid() || model.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return {};
  const auto& result = model.get();
  return result ? QString() : QString::fromStdString(result.error().message);
}

Result<std::shared_ptr<const LandmarkModel>> MediaLoader::waitForModel() const {
  const ModelFuture model = this->model();
  if (!model.valid()) return makeError("no landmark model is configured");
  auto result = model.get();
  if (!result) return makeError("the landmark model could not be loaded: " + result.error().message);
  return result;
}

void MediaLoader::waitForIdle() { pool_.waitForDone(); }

void MediaLoader::loadPortrait(const QString& path) {
  pool_.start([this, path] {
    auto fail = [this, path](const std::string& message) {
      post([this, path, text = QString::fromStdString(message)] { emit loadFailed(path, text); });
    };
    auto loaded = loadImage(path.toStdString());
    if (!loaded) return fail(loaded.error().message);
    Image image = std::move(loaded->image);
    // The warp moves colour only and video is opaque, as in the export.
    if (!image.alpha.empty()) image = flattenAlpha(image, 255);
    auto model = waitForModel();
    if (!model) return fail(model.error().message);
    auto analysis = analyzePortrait(image, *model, 0);
    if (!analysis) return fail(analysis.error().message);
    auto face = std::make_shared<SourceFace>();
    face->image = std::move(image);
    face->landmarks = analysis->face.landmarks;
    face->motion = analysis->motion.motion;
    auto hash = timeline::mediaFingerprint(path.toStdString());
    LoadedPortrait portrait{path, std::move(face), int(analysis->faces.size()), hash ? *hash : 0, {}};
    for (const std::string& note : loaded->notes) portrait.notes << QString::fromStdString(note);
    post([this, portrait] { emit portraitLoaded(portrait); });
  });
}

void MediaLoader::cancelDriver() {
  if (driverCancel_) driverCancel_->store(true);
  driverCancel_.reset();
}

void MediaLoader::loadDriver(const QString& path, std::shared_ptr<const MotionTrack> knownMotion) {
  cancelDriver();
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  driverCancel_ = cancel;
  pool_.start([this, path, knownMotion, cancel] { trackDriverJob(path, knownMotion, cancel); });
}

void MediaLoader::trackDriverJob(const QString& path, std::shared_ptr<const MotionTrack> knownMotion,
                                 std::shared_ptr<std::atomic<bool>> cancel) {
  auto fail = [this, path](const std::string& message) {
    post([this, path, text = QString::fromStdString(message)] { emit loadFailed(path, text); });
  };
  // Thumbnails first: one fast decoding pass that also proves the file is a
  // readable video before the (slower) tracking starts.
  auto reader = VideoReader::open(path.toStdString());
  if (!reader) return fail(reader.error().message);
  const VideoInfo info = (*reader)->info();
  const std::int64_t expected = std::max<std::int64_t>(1, info.frameCount);
  const std::int64_t every = std::max<std::int64_t>(1, expected / kMaxThumbnails);
  QVector<QImage> thumbnails;
  std::int64_t decoded = 0;
  while (!cancel->load()) {
    auto frame = (*reader)->next();
    if (!frame) return fail(frame.error().message);
    if (!*frame) break;
    if (decoded++ % every != 0) continue;
    const Image& image = (*frame)->image;
    const int width = std::max(2, image.width * kThumbnailHeight / std::max(1, image.height));
    thumbnails << toQImage(
        resampleRegion(image, {0, 0, double(image.width), double(image.height)}, width, kThumbnailHeight));
  }
  if (cancel->load()) return;
  if (decoded == 0) return fail("'" + path.toStdString() + "' holds no decodable video frame");
  post([this, path, thumbnails, decoded] { emit driverOpened(path, thumbnails, decoded); });
  auto hash = timeline::mediaFingerprint(path.toStdString());
  if (knownMotion) {
    TrackedDriver driver{path, std::move(knownMotion), info, hash ? *hash : 0, {}};
    post([this, driver] { emit driverTracked(driver); });
    return;
  }

  auto model = waitForModel();
  if (!model) return fail(model.error().message);
  TrackVideoReport report;
  auto progress = [this, cancel](int done, std::int64_t total) {
    if (done % 8 == 0 || done == total) post([this, done, total] { emit trackingProgress(done, total); });
    return !cancel->load();
  };
  auto track = trackVideo(path.toStdString(), *model, {}, progress, &report);
  if (cancel->load()) return;
  if (!track) return fail(track.error().message);
  TrackedDriver driver{path, std::make_shared<const MotionTrack>(std::move(*track)), info, hash ? *hash : 0, {}};
  for (const std::string& warning : report.warnings) driver.notes << QString::fromStdString(warning);
  if (int lost = driver.track->lostFrameCount(); lost > 0) {
    driver.notes << tr("No face in %1 of %2 driving frames; the motion there is interpolated.")
                        .arg(lost)
                        .arg(driver.track->frames.size());
  }
  post([this, driver] { emit driverTracked(driver); });
}

}  // namespace marionette::ui
