#include "core/pipeline/live_session.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <variant>

#include "core/media/audio_file.h"
#include "core/media/video_writer.h"
#include "core/motion/motion_extractor.h"
#include "core/pipeline/project_frame.h"
#include "core/timeline/motion_at.h"

namespace marionette {

namespace {

namespace fs = std::filesystem;
using timeline::ModeSegment;
using timeline::ModeTrack;
using timeline::TrackMode;

// The driver frames a live view keeps: its smoothing reaches three sigmas
// (at most 12 frames) back; the frames after "now" do not exist yet, so the
// Gaussian is clamped to the newest one there.
constexpr std::size_t kWindowFrames = 13;
constexpr std::size_t kLatencySamples = 200'000;

void followOnly(ModeTrack& track, bool follow) {
  track.segments = {ModeSegment{Rational(0), follow ? TrackMode::Driving : TrackMode::Source, {}}};
}

double millisecondsBetween(LiveClock::time_point from, LiveClock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

void mirror(Image& image) {
  for (int y = 0; y < image.height; ++y) {
    std::uint8_t* row = image.row(y);
    for (int left = 0, right = image.width - 1; left < right; ++left, --right)
      std::swap_ranges(row + left * image.channels, row + (left + 1) * image.channels, row + right * image.channels);
  }
}

// One motion per recorded slot as a track, the slots tracking skipped
// (nullopt) flagged lost so fillLostFrames fills them as it fills a driver's.
MotionTrack recordedTrack(const std::vector<std::optional<Motion>>& slots, Rational rate) {
  MotionTrack track;
  track.frameRate = rate;
  for (std::size_t k = 0; k < slots.size(); ++k) {
    MotionFrame frame;
    frame.time = Rational(std::int64_t(k)) / rate;
    frame.faceLost = !slots[k];
    frame.confidence = frame.faceLost ? 0 : 1;
    if (slots[k]) frame.motion = *slots[k];
    track.frames.push_back(frame);
  }
  return track;
}

}  // namespace

timeline::Project liveProject(const timeline::Project& project, const LiveSwitches& switches,
                              std::shared_ptr<const MotionTrack> window) {
  timeline::Project live = project;
  live.curves = {};
  timeline::DriverMedia driver;
  if (project.driver) driver.trackingSmoothing = project.driver->trackingSmoothing;
  driver.motion = window;
  live.driver = driver;
  live.settings.frameRate = window->frameRate;
  live.settings.frameCount = std::max<std::int64_t>(1, std::int64_t(window->frames.size()));
  live.settings.referenceFrame = 0;
  live.settings.restReference = true;
  live.render.teethFromDriver = false;
  followOnly(live.pose, switches.pose);
  followOnly(live.expression, switches.expression);
  for (FaceRegion region : timeline::kRegions) {
    timeline::RegionTrack& track = live.region(region);
    const bool on = switches.expression && switches.regions[static_cast<int>(region)];
    if (on && track.followsExpression) continue;
    track.followsExpression = false;
    followOnly(track.track, on);
  }
  return live;
}

std::vector<Motion> shownAtRate(const Take& take, Rational rate) {
  if (take.shown.empty() || rate.num() <= 0 || take.frameRate.num() <= 0) return {};
  if (rate == take.frameRate) return take.shown;
  const double ratio = take.frameRate.toDouble() / rate.toDouble();
  const auto count = std::int64_t(std::floor(double(take.shown.size()) / ratio));
  std::vector<Motion> out;
  out.reserve(std::size_t(std::max<std::int64_t>(count, 1)));
  for (std::int64_t k = 0; k < std::max<std::int64_t>(count, 1); ++k) {
    const double at = std::min(double(k) * ratio, double(take.shown.size() - 1));
    const auto before = std::size_t(std::floor(at));
    const std::size_t after = std::min(before + 1, take.shown.size() - 1);
    out.push_back(interpolateMotion(take.shown[before], take.shown[after], at - double(before)));
  }
  return out;
}

timeline::Project keyableProject(const timeline::Project& live, const Motion& shown) {
  timeline::Project held = live;
  timeline::HoldTarget hold;
  hold.fromDriver = false;
  const timeline::ChannelValues values = timeline::channelValuesOf(shown, live.portrait.motion.value_or(Motion{}));
  for (int c = 0; c < timeline::kChannelCount; ++c) hold.values[std::size_t(c)] = values[std::size_t(c)];
  held.pose.segments = {ModeSegment{Rational(0), TrackMode::Hold, hold}};
  held.expression.segments = {ModeSegment{Rational(0), TrackMode::Hold, hold}};
  for (timeline::RegionTrack& region : held.regions) region.followsExpression = true;
  return held;
}

struct LiveSession::Impl {
  struct Tracked {
    LiveFrame frame;
    std::optional<Motion> motion;
  };
  struct Recording {
    TakeOptions options;
    std::int64_t firstSequence = -1;
    std::int64_t lastSequence = -1;  // the last frame recorded
    // The take is written at the source's nominal rate, one picture per
    // slot: which slot each recorded camera frame went to.
    std::map<std::int64_t, std::size_t> slotOf;
    LiveClock::time_point started;
    Image lastPicture;
    std::vector<std::optional<Motion>> performance, shown;
    std::string picturePath, soundPath;
    std::optional<std::string> pictureProblem, soundProblem;
    double soundSeconds = 0;
    bool closing = false;  // stopRecording has begun: no more frames join
    int width = 0, height = 0;
  };
  using Media = std::variant<Image, AudioSamples>;

  Setup setup;
  ResultCallback onResult;
  ProblemCallback onProblem;

  mutable std::mutex mutex;
  std::condition_variable wake;
  bool stopping = false;
  LiveSwitches switches;
  // The tracks' settings without their keys (a live view never plays keys),
  // shared with the render thread instead of copied for every frame.
  std::shared_ptr<const timeline::Project> project;

  static std::shared_ptr<const timeline::Project> withoutKeys(timeline::Project project) {
    project.curves = {};
    return std::make_shared<const timeline::Project>(std::move(project));
  }

  std::optional<LiveFrame> toTrack;
  std::optional<Tracked> toRender;
  bool tracking = false, rendering = false;
  std::int64_t lastTracked = -1, lastRendered = -1;

  std::deque<MotionFrame> recent;
  std::vector<MotionFrame> neutralFrames;
  std::optional<Motion> neutral;
  bool sourceStopped = false;

  std::optional<Recording> recording;
  std::deque<Media> toWrite;
  bool writing = false;
  std::unique_ptr<VideoWriter> picture;
  std::unique_ptr<AudioWriter> sound;

  LiveStatistics statistics;
  double trackMsTotal = 0, renderMsTotal = 0;
  std::int64_t trackedCount = 0;
  LiveClock::time_point started = LiveClock::now();

  std::thread trackThread, renderThread, writeThread;

  std::size_t neutralFrameCount() const { return std::size_t(std::max(1.0, std::round(setup.frameRate.toDouble()))); }

  void trackLoop() {
    std::unique_ptr<VideoFaceTracker> tracker;
    {
      TrackerOptions options;
      options.smoothing = setup.trackingSmoothing;
      tracker = setup.tracker->startTracking(options);
    }
    MotionExtractor extractor(setup.tracker->landmarkShape());
    for (;;) {
      LiveFrame frame;
      {
        std::unique_lock lock(mutex);
        wake.wait(lock, [&] { return stopping || toTrack; });
        if (stopping) return;
        frame = std::move(*toTrack);
        toTrack.reset();
        tracking = true;
      }
      const auto began = LiveClock::now();
      const Rational time(std::int64_t(std::llround(millisecondsBetween(started, frame.arrival))), 1000);
      const TrackedFrame tracked = tracker->track(frame.image, time);
      std::optional<Motion> motion;
      if (tracked.face)
        if (auto sample = extractor.extract(*tracked.face, ImageFrame{frame.image.width, frame.image.height}))
          motion = sample->motion;
      const double spent = millisecondsBetween(began, LiveClock::now());
      std::lock_guard lock(mutex);
      tracking = false;
      trackMsTotal += spent;
      ++trackedCount;
      lastTracked = frame.sequence;
      noteMotion(frame.sequence, motion);
      if (toRender) ++statistics.dropped;
      toRender = Tracked{std::move(frame), motion};
      wake.notify_all();
    }
  }

  // Called with the mutex held.
  void noteMotion(std::int64_t sequence, const std::optional<Motion>& motion) {
    if (!motion) ++statistics.withoutFace;
    if (recording)
      if (auto slot = recording->slotOf.find(sequence); slot != recording->slotOf.end())
        recording->performance[slot->second] = motion;
    if (!motion) {
      if (recent.empty()) return;
      MotionFrame held = recent.back();
      held.faceLost = true;
      recent.push_back(held);
    } else {
      recent.push_back(MotionFrame{Rational(0), *motion, 1.0, false});
      if (!recording && neutralFrames.size() < neutralFrameCount()) {
        neutralFrames.push_back(recent.back());
        MotionTrack samples;
        samples.frames = neutralFrames;
        neutral = restMotion(samples);
      }
    }
    while (recent.size() > kWindowFrames) recent.pop_front();
  }

  void renderLoop() {
    for (;;) {
      Tracked next;
      std::shared_ptr<const timeline::Project> base;
      LiveSwitches now;
      std::shared_ptr<MotionTrack> window;
      {
        std::unique_lock lock(mutex);
        wake.wait(lock, [&] { return stopping || toRender; });
        if (stopping) return;
        next = std::move(*toRender);
        toRender.reset();
        rendering = true;
        base = project;
        now = switches;
        if (!recent.empty()) {
          window = std::make_shared<MotionTrack>();
          window->frameRate = setup.frameRate;
          window->width = next.frame.image.width;
          window->height = next.frame.image.height;
          window->frames.assign(recent.begin(), recent.end());
          for (std::size_t i = 0; i < window->frames.size(); ++i)
            window->frames[i].time = Rational(std::int64_t(i)) / setup.frameRate;
          window->rest = neutral;
        }
      }
      const auto began = LiveClock::now();
      LiveResult result;
      result.sequence = next.frame.sequence;
      result.arrival = next.frame.arrival;
      result.faceFound = next.motion.has_value();
      Result<Image> image = makeError("no face yet");
      if (window) {
        timeline::Project live = liveProject(*base, now, window);
        const auto last = timeline::FrameIndex(window->frames.size()) - 1;
        result.shown = timeline::motionAt(live, last);
        if (now.keyable) {
          live = keyableProject(live, result.shown);
          result.shown = timeline::motionAt(live, last);
        }
        image = renderProjectFrame(*setup.renderer, live, last, setup.view);
      } else {
        result.shown = setup.portraitMotion;
        image = setup.renderer->render(result.shown, setup.view);
      }
      result.rendered = LiveClock::now();
      const double spent = millisecondsBetween(began, result.rendered);
      {
        std::lock_guard lock(mutex);
        rendering = false;
        lastRendered = next.frame.sequence;
        renderMsTotal += spent;
        if (image) {
          ++statistics.rendered;
          statistics.latencyMs.push_back(millisecondsBetween(result.arrival, result.rendered));
          // An hour at 30 fps is 108,000 samples; a session left running for
          // days keeps only its most recent ones.
          if (statistics.latencyMs.size() > kLatencySamples)
            statistics.latencyMs.erase(statistics.latencyMs.begin(),
                                       statistics.latencyMs.begin() + std::ptrdiff_t(kLatencySamples / 2));
        }
        if (recording && window)
          if (auto slot = recording->slotOf.find(next.frame.sequence); slot != recording->slotOf.end())
            recording->shown[slot->second] = result.shown;
        result.recording = recording.has_value();
        if (recording && recording->firstSequence >= 0)
          result.takeSeconds = double(recording->shown.size()) / setup.frameRate.toDouble();
        wake.notify_all();
      }
      if (!image) {
        if (onProblem) onProblem("cannot render the live frame: " + image.error().message);
        continue;
      }
      result.portrait = std::move(*image);
      result.camera = std::move(next.frame.image);
      if (onResult) onResult(result);
    }
  }

  // Puts a camera frame into the recording (mutex held). The take is written
  // at the source's nominal rate so its picture stays with its sound: a
  // camera that falls behind that rate by more than a frame (a webcam in
  // low light) has its last picture held for the slots it missed, and one
  // that runs ahead by more than a frame has the extra frame left out;
  // jitter within a frame changes nothing.
  void record(const LiveFrame& frame) {
    Recording& r = *recording;
    if (r.firstSequence < 0) {
      r.firstSequence = frame.sequence;
      r.started = frame.arrival;
      r.width = frame.image.width;
      r.height = frame.image.height;
    }
    const double rate = setup.frameRate.toDouble();
    const double due = std::chrono::duration<double>(frame.arrival - r.started).count() * rate;
    const auto next = std::int64_t(r.performance.size());
    if (next > 0 && due < double(next) - 1.0) return;
    while (next > 0 && due > double(r.performance.size()) + 1.0) {
      r.performance.emplace_back();
      r.shown.emplace_back();
      if (!r.pictureProblem) toWrite.emplace_back(r.lastPicture);
    }
    r.slotOf[frame.sequence] = r.performance.size();
    r.lastSequence = frame.sequence;
    r.performance.emplace_back();
    r.shown.emplace_back();
    if (!r.pictureProblem) {
      r.lastPicture = frame.image;
      toWrite.emplace_back(frame.image);
    }
  }

  void writeLoop() {
    for (;;) {
      Media media;
      {
        std::unique_lock lock(mutex);
        wake.wait(lock, [&] { return stopping || !toWrite.empty(); });
        if (toWrite.empty()) return;
        media = std::move(toWrite.front());
        toWrite.pop_front();
        writing = true;
      }
      std::optional<std::string> problem = write(media);
      std::lock_guard lock(mutex);
      writing = false;
      if (problem && recording) {
        // Stop writing that stream; the motion goes on being recorded.
        const bool isPicture = std::holds_alternative<Image>(media);
        (isPicture ? recording->pictureProblem : recording->soundProblem) = *problem;
        if (isPicture)
          picture.reset();
        else
          sound.reset();
        std::erase_if(toWrite, [&](const Media& m) { return m.index() == media.index(); });
        if (onProblem) onProblem(*problem);
      }
      wake.notify_all();
    }
  }

  // Runs on the write thread; the writers are only touched there and in stop.
  std::optional<std::string> write(const Media& media) {
    if (const Image* image = std::get_if<Image>(&media)) {
      if (!picture) {
        std::string path;
        {
          std::lock_guard lock(mutex);
          if (!recording || recording->pictureProblem) return std::nullopt;
          path = recording->picturePath;
        }
        VideoWriterOptions options;
        options.width = image->width;
        options.height = image->height;
        options.frameRate = setup.frameRate;
        options.preset = "ultrafast";  // keeps up on a busy CPU
        options.crf = 20;
        auto created = VideoWriter::create(path, options);
        if (!created) return created.error().message;
        picture = std::move(*created);
      }
      if (Status written = picture->write(*image); !written) return written.error().message;
      return std::nullopt;
    }
    const AudioSamples& samples = std::get<AudioSamples>(media);
    if (!sound) {
      std::string path;
      {
        std::lock_guard lock(mutex);
        if (!recording || recording->soundProblem) return std::nullopt;
        path = recording->soundPath;
      }
      auto created = AudioWriter::create(path, samples.sampleRate, samples.channels);
      if (!created) return created.error().message;
      sound = std::move(*created);
    }
    if (Status written = sound->write(samples); !written) return written.error().message;
    std::lock_guard lock(mutex);
    if (recording) recording->soundSeconds = sound->secondsWritten();
    return std::nullopt;
  }
};

LiveSession::LiveSession(Setup setup, ResultCallback onResult, ProblemCallback onProblem)
    : impl_(std::make_unique<Impl>()) {
  impl_->setup = std::move(setup);
  impl_->project = Impl::withoutKeys(impl_->setup.project);
  impl_->onResult = std::move(onResult);
  impl_->onProblem = std::move(onProblem);
  impl_->trackThread = std::thread([this] { impl_->trackLoop(); });
  impl_->renderThread = std::thread([this] { impl_->renderLoop(); });
  impl_->writeThread = std::thread([this] { impl_->writeLoop(); });
}

LiveSession::~LiveSession() {
  if (recording()) (void)stopRecording();
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopping = true;
  }
  impl_->wake.notify_all();
  impl_->trackThread.join();
  impl_->renderThread.join();
  impl_->writeThread.join();
}

void LiveSession::setSwitches(const LiveSwitches& switches) {
  std::lock_guard lock(impl_->mutex);
  impl_->switches = switches;
}

LiveSwitches LiveSession::switches() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->switches;
}

void LiveSession::setProject(const timeline::Project& project) {
  auto stripped = Impl::withoutKeys(project);
  std::lock_guard lock(impl_->mutex);
  impl_->project = std::move(stripped);
}

void LiveSession::resetNeutral() {
  std::lock_guard lock(impl_->mutex);
  impl_->neutralFrames.clear();
}

bool LiveSession::recording() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->recording.has_value();
}

bool LiveSession::sourceStopped() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->sourceStopped;
}

LiveStatistics LiveSession::statistics() const {
  std::lock_guard lock(impl_->mutex);
  LiveStatistics s = impl_->statistics;
  if (impl_->trackedCount > 0) s.trackMs = impl_->trackMsTotal / double(impl_->trackedCount);
  const std::int64_t renders = std::max<std::int64_t>(1, s.rendered);
  s.renderMs = impl_->renderMsTotal / double(renders);
  return s;
}

Status LiveSession::startRecording(const TakeOptions& options) {
  if (options.name.empty() || options.name.find('/') != std::string::npos)
    return makeError("a take needs a plain file name, not '" + options.name + "'");
  std::error_code ec;
  if (options.recordPicture && !fs::is_directory(options.folder, ec))
    return makeError("cannot record into '" + options.folder + "': it is not a folder");
  const fs::path video = fs::path(options.folder) / (options.name + ".mp4");
  if (options.recordPicture && fs::exists(video, ec))
    return makeError("'" + video.string() + "' already exists; a take never replaces a file");
  std::lock_guard lock(impl_->mutex);
  if (impl_->recording) return makeError("already recording");
  if (impl_->sourceStopped) return makeError("the camera has stopped; start it again to record");
  Impl::Recording recording;
  recording.options = options;
  recording.picturePath = (fs::path(options.folder) / ("." + options.name + ".picture.mp4")).string();
  recording.soundPath = (fs::path(options.folder) / ("." + options.name + ".sound.m4a")).string();
  if (!options.recordPicture) recording.pictureProblem = recording.soundProblem = "";
  impl_->recording = std::move(recording);
  return {};
}

Result<Take> LiveSession::stopRecording() {
  Impl& d = *impl_;
  Impl::Recording recording;
  {
    std::unique_lock lock(d.mutex);
    if (!d.recording) return makeError("not recording");
    // No more frames join the take; wait for those in it to be tracked,
    // rendered and written.
    d.recording->closing = true;
    const std::int64_t last = d.recording->lastSequence;
    auto settled = [&] {
      const bool tracked = d.lastTracked >= last || (!d.toTrack && !d.tracking);
      const bool rendered = d.lastRendered >= last || (!d.toRender && !d.rendering);
      return d.stopping || (tracked && rendered && d.toWrite.empty() && !d.writing);
    };
    d.wake.wait(lock, settled);
    recording = std::move(*d.recording);
    d.recording.reset();
  }
  // The writers are idle and no new media is queued once recording is reset.
  std::unique_ptr<VideoWriter> picture = std::move(d.picture);
  std::unique_ptr<AudioWriter> sound = std::move(d.sound);

  Take take;
  take.name = recording.options.name;
  take.frameRate = d.setup.frameRate;
  take.firstSequence = recording.firstSequence;
  const std::size_t frames = recording.performance.size();
  if (frames == 0) return makeError("the take is empty: no camera frame arrived while recording");
  take.performance = recordedTrack(recording.performance, d.setup.frameRate);
  const bool faceSeen = fillLostFrames(take.performance);
  take.performance.width = recording.width;
  take.performance.height = recording.height;
  {
    // The neutral face the live view was measured from, not the take's own.
    std::lock_guard lock(d.mutex);
    take.performance.rest = d.neutral;
  }
  MotionTrack shown = recordedTrack(recording.shown, d.setup.frameRate);
  const bool shownAny = fillLostFrames(shown);
  for (const MotionFrame& frame : shown.frames) take.shown.push_back(shownAny ? frame.motion : d.setup.portraitMotion);

  const fs::path folder = recording.options.folder;
  const std::string video = (folder / (take.name + ".mp4")).string();
  if (recording.pictureProblem && !recording.pictureProblem->empty())
    take.notes.push_back("the take's picture was not saved (" + *recording.pictureProblem + "); its motion is kept");
  if (recording.soundProblem && !recording.soundProblem->empty())
    take.notes.push_back("the take's sound was not saved (" + *recording.soundProblem + ")");
  if (picture) {
    if (Status finished = picture->finish(); !finished) {
      take.notes.push_back("the take's picture was not saved (" + finished.error().message + "); its motion is kept");
      picture.reset();
    }
  }
  bool haveSound = false;
  if (sound) {
    if (Status finished = sound->finish(); !finished)
      take.notes.push_back("the take's sound was not saved (" + finished.error().message + ")");
    else
      haveSound = true;
    take.soundSeconds = sound->secondsWritten();
  }
  if (picture) {
    std::error_code ec;
    if (haveSound) {
      if (Status joined = joinVideoAndAudio(recording.picturePath, recording.soundPath, video); joined) {
        take.videoPath = video;
      } else {
        take.notes.push_back("the take's sound could not be joined to its picture (" + joined.error().message +
                             "); the picture is kept without it");
      }
    }
    if (take.videoPath.empty()) {
      fs::rename(recording.picturePath, video, ec);
      if (!ec)
        take.videoPath = video;
      else
        take.notes.push_back("cannot save the take's picture as '" + video + "': " + ec.message());
    }
  }
  std::error_code ignored;
  fs::remove(recording.picturePath, ignored);
  fs::remove(recording.soundPath, ignored);
  // Without a face there is no motion to put in the timeline; what the camera
  // recorded is the user's all the same.
  if (!faceSeen)
    return makeError("no face was seen in the take, so it has no motion" +
                     (take.videoPath.empty() ? std::string() : "; its recording is kept as '" + take.videoPath + "'"));
  return take;
}

void LiveSession::frameArrived(LiveFrame frame) {
  Impl& d = *impl_;
  std::lock_guard lock(d.mutex);
  ++d.statistics.arrived;
  if (d.switches.mirror) mirror(frame.image);
  if (d.recording && !d.recording->closing) {
    d.record(frame);
  }
  if (d.toTrack) ++d.statistics.dropped;
  d.toTrack = std::move(frame);
  d.wake.notify_all();
}

void LiveSession::soundArrived(const AudioSamples& samples) {
  Impl& d = *impl_;
  std::lock_guard lock(d.mutex);
  if (!d.recording || d.recording->closing || d.recording->soundProblem || d.recording->firstSequence < 0) return;
  d.toWrite.emplace_back(samples);
  d.wake.notify_all();
}

void LiveSession::sourceFailed(const std::string& message) {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->sourceStopped = true;
  }
  if (impl_->onProblem) impl_->onProblem(message);
}

void LiveSession::sourceEnded() {
  std::lock_guard lock(impl_->mutex);
  impl_->sourceStopped = true;
}

}  // namespace marionette
