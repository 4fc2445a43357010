#include "ui/preview/preview_scheduler.h"

#include <chrono>

#include "core/pipeline/project_frame.h"
#include "core/timeline/change_range.h"
#include "core/timeline/motion_at.h"
#include "ui/common/image_convert.h"
#include "ui/preview/driver_frames.h"

namespace marionette::ui {

PreviewScheduler::PreviewScheduler(RendererFactory factory, Options options, QObject* parent)
    : QObject(parent), factory_(std::move(factory)), options_(options), cache_(options.cacheFrames) {
  qRegisterMetaType<PreviewFrame>();
  worker_ = std::thread([this] { run(); });
}

PreviewScheduler::~PreviewScheduler() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

void PreviewScheduler::setScene(std::shared_ptr<const PreviewScene> scene) {
  std::lock_guard lock(mutex_);
  if (scene_ && scene && scene_->portrait == scene->portrait && scene_->drivingPath == scene->drivingPath) {
    cache_.carryOver(scene_->revision, scene->revision, timeline::changedFrames(scene_->project, scene->project));
  } else {
    cache_.clear();
  }
  scene_ = std::move(scene);
  pending_.reset();
  readAheadNext_ = readAheadEnd_ = 0;
}

std::shared_ptr<const PreviewScene> PreviewScheduler::scene() const {
  std::lock_guard lock(mutex_);
  return scene_;
}

void PreviewScheduler::setFullSide(int side) {
  std::lock_guard lock(mutex_);
  options_.fullSide = std::max(64, side);
  options_.draftSide = std::max(64, side / 2);
}

void PreviewScheduler::setRendererFactory(RendererFactory factory) {
  std::lock_guard lock(mutex_);
  factory_ = std::move(factory);
  rendererStale_ = true;
  cache_.clear();
}

std::uint64_t PreviewScheduler::request(timeline::FrameIndex frame, PreviewQuality quality) {
  std::uint64_t ticket;
  {
    std::lock_guard lock(mutex_);
    ticket = nextTicket_++;
    if (!scene_ || !scene_->portrait) return ticket;
    const int side = quality == PreviewQuality::Draft ? options_.draftSide : options_.fullSide;
    pending_ =
        Job{scene_, std::clamp<timeline::FrameIndex>(frame, 0, scene_->frameCount() - 1), side, ticket, quality, false};
    // A new position restarts read-ahead from there once this frame is done.
    readAheadNext_ = readAheadEnd_ = 0;
    if (quality == PreviewQuality::Full) {
      readAheadNext_ = pending_->frame + 1;
      readAheadEnd_ = std::min(scene_->frameCount(), pending_->frame + 1 + options_.readAhead);
    }
  }
  wake_.notify_one();
  return ticket;
}

std::size_t PreviewScheduler::cachedFrames() const {
  std::lock_guard lock(mutex_);
  return cache_.size();
}

bool PreviewScheduler::idle() const {
  std::lock_guard lock(mutex_);
  return !pending_ && !busy_;
}

std::optional<PreviewScheduler::Job> PreviewScheduler::nextJob(std::unique_lock<std::mutex>& lock) {
  while (!stop_) {
    if (pending_) {
      Job job = *pending_;
      pending_.reset();
      return job;
    }
    while (scene_ && readAheadNext_ < readAheadEnd_) {
      Job job{scene_, readAheadNext_++, options_.fullSide, 0, PreviewQuality::Full, true};
      if (!cache_.contains({scene_->revision, job.frame, job.side})) return job;
    }
    wake_.wait(lock);
  }
  return std::nullopt;
}

void PreviewScheduler::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    std::optional<Job> job = nextJob(lock);
    if (!job) return;
    busy_ = true;
    lock.unlock();
    process(*job);
    lock.lock();
    busy_ = false;
  }
}

void PreviewScheduler::process(const Job& job) {
  const FrameKey key{job.scene->revision, job.frame, job.side};
  PreviewFrame out{job.frame, job.ticket, job.scene->revision, job.quality, {}, false, 0};
  std::optional<CachedFrame> cached;
  {
    std::lock_guard lock(mutex_);
    cached = cache_.find(key);
  }
  if (cached) {
    if (job.readAhead) return;
    out.image = std::move(*cached);
    out.fromCache = true;
  } else {
    const auto start = std::chrono::steady_clock::now();
    auto rendered = render(job);
    if (!rendered) {
      // Each problem is reported once, not again for every frame asked for.
      if (!job.readAhead && rendered.error().message != reportedProblem_) {
        reportedProblem_ = rendered.error().message;
        QMetaObject::invokeMethod(
            this, [this, message = QString::fromStdString(rendered.error().message)] { emit renderFailed(message); },
            Qt::QueuedConnection);
      }
      return;
    }
    reportedProblem_.clear();
    out.renderMilliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    out.image = std::move(*rendered);
    std::lock_guard lock(mutex_);
    cache_.insert(key, out.image);
  }
  if (job.readAhead) return;
  QMetaObject::invokeMethod(
      this, [this, out] { emit frameReady(out); }, Qt::QueuedConnection);
}

Status PreviewScheduler::prepareRenderer(const PreviewScene& scene) {
  RendererFactory factory;
  {
    std::lock_guard lock(mutex_);
    if (rendererStale_) {
      renderer_.reset();
      rendererSource_.reset();
      rendererProblem_.clear();
      rendererStale_ = false;
    }
    if (!renderer_ && rendererProblem_.empty()) factory = factory_;
  }
  if (factory) {
    auto created = factory();
    if (!created) {
      rendererProblem_ =
          tr("The renderer could not start: %1").arg(QString::fromStdString(created.error().message)).toStdString();
      return makeError(rendererProblem_);
    }
    renderer_ = std::move(*created);
  }
  if (!renderer_) return makeError(rendererProblem_);
  if (rendererSource_ != scene.portrait) {
    if (Status status = renderer_->setSource(scene.portrait->source); !status) return status;
    rendererSource_ = scene.portrait;
  }
  return {};
}

Result<CachedFrame> PreviewScheduler::render(const Job& job) {
  const PreviewScene& scene = *job.scene;
  if (Status ready = prepareRenderer(scene); !ready) return ready.error();
  CachedFrame frame;
  std::optional<Image> driverImage;
  if (!scene.drivingPath.empty()) {
    const Rational rate = scene.project.settings.frameRate;
    if (!driver_ || driver_->path() != scene.drivingPath || !(driver_->rate() == rate)) {
      driver_ = std::make_unique<DriverFrames>();
      if (Status opened = driver_->open(scene.drivingPath, rate); !opened) {
        driver_.reset();
        return opened.error();
      }
    }
    if (auto read = driver_->frameAt(job.frame)) driverImage = std::move(*read);
  }
  const RenderView view = viewWithin(projectFraming(scene.project, *scene.portrait).view, job.side);
  const Image* driverPixels = driverImage && rendersWithDriverPixels(scene.project) ? &*driverImage : nullptr;
  auto image = renderProjectFrame(*renderer_, scene.project, job.frame, view, driverPixels);
  if (!image) return image.error();
  frame.result = toQImage(*image);
  frame.target = timeline::motionAt(scene.project, job.frame);
  frame.region = view.region;
  if (driverImage) frame.driver = toQImage(*driverImage);
  return frame;
}

}  // namespace marionette::ui
