#include "ui/live/live_controller.h"

#include <QDir>
#include <QFileInfo>
#include <atomic>

#include "core/pipeline/project_frame.h"
#include "core/timeline/commands.h"
#include "ui/common/image_convert.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"

namespace marionette::ui {

namespace {

// The live view's longer side: the preview's size, small enough to keep up.
constexpr int kLiveSide = 512;

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString trackName(const timeline::TrackRef& track) {
  if (track.region) return qs(std::string(regionName(*track.region)));
  return track.kind == timeline::TrackKind::Pose ? LiveController::tr("pose") : LiveController::tr("expression");
}

}  // namespace

LiveController::LiveController(ProjectDocument* document, ProjectMedia* media, RendererFactory makeRenderer,
                               QObject* parent)
    : QObject(parent), document_(document), media_(media), makeRenderer_(std::move(makeRenderer)) {
  countIn_.setInterval(1000);
  connect(document_, &ProjectDocument::changed, this, &LiveController::followHistory);
  connect(&countIn_, &QTimer::timeout, this, [this] {
    if (--countInLeft_ > 0) return emit countInChanged(countInLeft_);
    countIn_.stop();
    emit countInChanged(0);
    beginRecording();
  });
}

LiveController::~LiveController() { stop(); }

QString LiveController::sourceName() const { return source_ ? qs(source_->name()) : QString(); }

bool LiveController::start(std::unique_ptr<LiveFrameSource> source) {
  stop();
  auto portrait = media_->portrait();
  if (!portrait) {
    emit problem(tr("Open a portrait first: live mode animates the project's portrait."));
    return false;
  }
  ModelFuture model = media_->model();
  if (!model.valid() || model.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    emit problem(tr("The face model is still loading; try again in a moment."));
    return false;
  }
  if (!model.get()) {
    emit problem(tr("The face model could not be loaded: %1").arg(qs(model.get().error().message)));
    return false;
  }
  auto renderer = makeRenderer_();
  if (!renderer) {
    emit problem(qs(renderer.error().message));
    return false;
  }
  if (Status set = (*renderer)->setSource(portrait->source); !set) {
    emit problem(qs(set.error().message));
    return false;
  }
  const timeline::Project& project = document_->project();
  LiveSession::Setup setup;
  setup.tracker = *model.get();
  setup.renderer = std::move(*renderer);
  setup.portraitMotion = project.portrait.motion.value_or(portrait->source.motion);
  setup.project = project;
  setup.view = viewWithin(projectFraming(project, *portrait).view, kLiveSide);
  setup.frameRate = source->frameRate();
  if (project.driver) setup.trackingSmoothing = project.driver->trackingSmoothing;
  // Results arrive on the session's render thread; the UI takes the newest
  // and skips what it has not had time to draw.
  auto waiting = std::make_shared<std::atomic<bool>>(false);
  auto onResult = [this, waiting](const LiveResult& result) {
    if (waiting->exchange(true)) return;
    QMetaObject::invokeMethod(
        this,
        [this, waiting, camera = toQImage(result.camera), portrait = toQImage(result.portrait), face = result.faceFound,
         seconds = result.takeSeconds, arrival = result.arrival] {
          waiting->store(false);
          lastShownArrival_ = arrival;
          emit frameShown(camera, portrait, face, seconds);
        },
        Qt::QueuedConnection);
  };
  auto onProblem = [this](const std::string& text) {
    QMetaObject::invokeMethod(
        this, [this, text = qs(text)] { sourceProblem(text); }, Qt::QueuedConnection);
  };
  session_ = std::make_unique<LiveSession>(std::move(setup), onResult, onProblem);
  session_->setSwitches(switches_);
  if (Status started = source->start(*session_); !started) {
    session_.reset();
    emit problem(qs(started.error().message));
    return false;
  }
  source_ = std::move(source);
  projectWatch_ = connect(document_, &ProjectDocument::changed, this, [this] {
    if (session_) session_->setProject(document_->project());
  });
  emit statusMessage(tr("Live: following %1").arg(sourceName()));
  emit stateChanged();
  return true;
}

void LiveController::stop() {
  if (countIn_.isActive()) countIn_.stop();
  pending_.reset();
  if (recording_) stopRecording();
  if (source_) source_->stop();
  session_.reset();
  source_.reset();
  disconnect(projectWatch_);
  emit stateChanged();
}

void LiveController::sourceProblem(const QString& text) {
  emit problem(recording_ ? tr("%1. The take so far is kept; press Stop to put it in the timeline.").arg(text) : text);
  emit stateChanged();
}

void LiveController::setSwitches(const LiveSwitches& switches) {
  switches_ = switches;
  if (session_) session_->setSwitches(switches);
}

void LiveController::resetNeutral() {
  if (session_) session_->resetNeutral();
}

LiveStatistics LiveController::statistics() const { return session_ ? session_->statistics() : LiveStatistics{}; }

QString LiveController::takeFolder(bool needed, QString* why) const {
  const QString path = document_->path();
  if (path.isEmpty()) {
    if (needed) *why = tr("Save the project first: a take's video is recorded into the project's folder.");
    return {};
  }
  return QFileInfo(path).absolutePath();
}

QString LiveController::nextTakeName(const QString& folder) const {
  for (int n = int(takes_.size()) + 1;; ++n) {
    const QString name = QStringLiteral("take-%1").arg(n);
    if (folder.isEmpty() || !QFileInfo::exists(QDir(folder).filePath(name + ".mp4"))) return name;
  }
}

bool LiveController::record(const TakeTarget& target, int countInSeconds) {
  if (!session_) {
    emit problem(tr("Start the camera first."));
    return false;
  }
  if (recording_ || countIn_.isActive()) return false;
  if (session_->sourceStopped()) {
    emit problem(tr("The camera has stopped; start it again to record."));
    return false;
  }
  if (target.track) {
    const auto frames = document_->project().settings.frameCount;
    if (target.range.first < 0 || target.range.end <= target.range.first || target.range.end > frames) {
      emit problem(tr("Select a range on the Pose, Expression or a region row of the timeline to punch in."));
      return false;
    }
  } else {
    QString why;
    if (takeFolder(true, &why).isEmpty()) {
      emit problem(why);
      return false;
    }
  }
  pending_ = target;
  countInLeft_ = std::max(0, countInSeconds);
  if (countInLeft_ == 0) {
    beginRecording();
  } else {
    emit countInChanged(countInLeft_);
    countIn_.start();
  }
  emit stateChanged();
  return true;
}

void LiveController::beginRecording() {
  if (!session_ || !pending_) return;
  QString why;
  const QString folder = takeFolder(!pending_->track, &why);
  TakeOptions options;
  options.folder = folder.toStdString();
  options.name = nextTakeName(folder).toStdString();
  options.recordPicture = !pending_->track;
  if (Status started = session_->startRecording(options); !started) {
    pending_.reset();
    emit problem(qs(started.error().message));
    emit stateChanged();
    return;
  }
  recording_ = true;
  emit recordingStarted(pending_->track ? pending_->range.first : 0);
  emit stateChanged();
}

void LiveController::stopRecording() {
  if (countIn_.isActive()) {
    countIn_.stop();
    pending_.reset();
    emit countInChanged(0);
    emit stateChanged();
    return;
  }
  if (!recording_ || !session_) return;
  recording_ = false;
  emit recordingStopped();
  Result<Take> take = session_->stopRecording();
  const TakeTarget target = *pending_;
  pending_.reset();
  emit stateChanged();
  if (!take) return emit problem(qs(take.error().message));
  for (const std::string& note : take->notes) emit problem(qs(note));
  TakeEntry entry;
  entry.name = qs(take->name);
  entry.target = target;
  // Punched in, the take plays in real time at the project's frame rate.
  entry.shown = shownAtRate(*take, document_->project().settings.frameRate);
  entry.performance = std::make_shared<const MotionTrack>(take->performance);
  entry.videoPath = qs(take->videoPath);
  const double seconds = double(take->frameCount()) / take->frameRate.toDouble();
  if (target.track) {
    const double rate = document_->project().settings.frameRate.toDouble();
    const double from = double(target.range.first) / rate;
    const double to =
        std::min(double(target.range.end), double(target.range.first) + double(entry.shown.size())) / rate;
    entry.description = tr("%1, %2–%3 s").arg(trackName(*target.track)).arg(from, 0, 'f', 1).arg(to, 0, 'f', 1);
  } else {
    entry.description = tr("driver, %1 s").arg(seconds, 0, 'f', 1);
  }
  takes_.push_back(std::move(entry));
  activateTake(int(takes_.size()) - 1);
}

bool LiveController::useTake(TakeEntry& take) {
  if (take.target.track) {
    return document_->apply(
        timeline::punchIn(*take.target.track, take.target.range, take.shown, take.name.toStdString()));
  }
  if (take.videoPath.isEmpty()) {
    emit problem(tr("%1's picture was not saved, so it cannot become the driving video.").arg(take.name));
    return false;
  }
  // A take of an earlier session has no live motion: it is tracked as any driver.
  if (!take.performance) {
    media_->openDriver(take.videoPath);
    return true;
  }
  return media_->adoptRecordedDriver(take.videoPath, take.performance);
}

bool LiveController::activateTake(int index) {
  if (index < 0 || index >= int(takes_.size())) return false;
  TakeEntry& take = takes_[std::size_t(index)];
  if (!useTake(take)) return false;
  take.historyStep = take.performance || take.target.track ? document_->history().index() : 0;
  for (std::size_t i = 0; i < takes_.size(); ++i) takes_[i].active = int(i) == index;
  emit statusMessage(tr("%1 is in the timeline (%2)").arg(take.name, take.description));
  emit takesChanged();
  return true;
}

void LiveController::followHistory() {
  const std::size_t step = document_->history().index();
  const auto before = takes_.size();
  // Undo removes a take; the file it recorded stays (listed below).
  std::erase_if(takes_, [&](const TakeEntry& take) { return take.historyStep > step && take.performance; });
  std::size_t newest = 0;
  for (const TakeEntry& take : takes_) newest = std::max(newest, take.historyStep);
  bool changed = takes_.size() != before;
  for (TakeEntry& take : takes_) {
    const bool active = newest > 0 && take.historyStep == newest;
    changed |= active != take.active;
    take.active = active;
  }
  // Takes recorded into the project's folder before (another session, or
  // undone here) can be put back as the driving video.
  // The folder is read again only when it may show something new (every
  // edit comes here).
  QString why;
  const QString folder = takeFolder(false, &why);
  const bool rescan = folder != listedFolder_ || takes_.size() != before;
  listedFolder_ = folder;
  if (!folder.isEmpty() && rescan) {
    const QStringList files = QDir(folder).entryList({QStringLiteral("take-*.mp4")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
      const QString path = QDir(folder).filePath(file);
      const bool listed =
          std::any_of(takes_.begin(), takes_.end(), [&](const TakeEntry& take) { return take.videoPath == path; });
      if (listed) continue;
      TakeEntry earlier;
      earlier.name = QFileInfo(file).completeBaseName();
      earlier.description = tr("driver, recorded earlier");
      earlier.videoPath = path;
      takes_.push_back(std::move(earlier));
      changed = true;
    }
  }
  if (changed) emit takesChanged();
}

}  // namespace marionette::ui
