// Live performance without a camera: a shared driving clip is played through
// the live frame source interface at its real frame rate, and what the
// session shows and records is checked against the clip and the timeline.
#include "core/pipeline/live_session.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "core/media/video_reader.h"
#include "core/pipeline/clip_frame_source.h"
#include "core/pipeline/project_frame.h"
#include "core/pipeline/project_media.h"
#include "core/pipeline/track_video.h"
#include "core/quality/image_metrics.h"
#include "core/render/warp_renderer.h"
#include "core/timeline/commands.h"
#include "core/timeline/motion_at.h"
#include "tests/core/pipeline/shared_model.h"
#include "tests/support/file_size_limit.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

// Records what a source delivers, with arrival times.
class CollectingSink final : public LiveSink {
 public:
  void frameArrived(LiveFrame frame) override {
    std::lock_guard lock(mutex_);
    arrivals.push_back(frame.arrival);
    sequences.push_back(frame.sequence);
  }
  void soundArrived(const AudioSamples& samples) override {
    std::lock_guard lock(mutex_);
    soundSeconds += samples.seconds();
  }
  void sourceFailed(const std::string& message) override { failure = message; }
  void sourceEnded() override { ended = true; }
  std::size_t frames() {
    std::lock_guard lock(mutex_);
    return arrivals.size();
  }

  std::vector<LiveClock::time_point> arrivals;
  std::vector<std::int64_t> sequences;
  double soundSeconds = 0;
  std::string failure;
  std::atomic<bool> ended{false};

 private:
  std::mutex mutex_;
};

template <class Condition>
bool waitFor(Condition condition, milliseconds limit = milliseconds(30000)) {
  const auto until = LiveClock::now() + limit;
  while (!condition()) {
    if (LiveClock::now() > until) return false;
    std::this_thread::sleep_for(milliseconds(5));
  }
  return true;
}

TEST(Take, ItsShownMotionIsResampledToTheProjectsRate) {
  Take take;
  take.frameRate = Rational(30);
  for (int k = 0; k < 90; ++k) {
    Motion m;
    writeChannel(m.expression, ExpressionChannel::JawOpen, k / 90.0);
    take.shown.push_back(m);
  }
  const std::vector<Motion> at25 = shownAtRate(take, Rational(25));
  ASSERT_EQ(at25.size(), 75u) << "3 s at 25 fps";
  for (std::size_t k = 0; k < at25.size(); ++k)
    EXPECT_NEAR(readChannel(at25[k].expression, ExpressionChannel::JawOpen), k * 30.0 / 25.0 / 90.0, 1e-3) << k;
  EXPECT_EQ(shownAtRate(take, Rational(30)).size(), 90u);
  EXPECT_TRUE(shownAtRate(Take{}, Rational(25)).empty());
}

TEST(ClipFrameSource, DeliversFramesAndSoundAtTheClipsOwnRate) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d7.mp4");
  auto source = ClipFrameSource::open(clip);
  ASSERT_TRUE(source.ok()) << source.error().message;
  EXPECT_EQ((*source)->frameRate(), Rational(30));
  CollectingSink sink;
  const auto started = LiveClock::now();
  ASSERT_TRUE((*source)->start(sink).ok());
  ASSERT_TRUE(waitFor([&] { return sink.frames() >= 60; }));
  const double elapsed = std::chrono::duration<double>(LiveClock::now() - started).count();
  (*source)->stop();
  ASSERT_GE(sink.arrivals.size(), 60u);
  EXPECT_LT(std::chrono::duration<double>(sink.arrivals[0] - started).count(), 0.1) << "the first frame is late";
  for (std::size_t k = 0; k < 60; ++k) {
    EXPECT_EQ(sink.sequences[k], std::int64_t(k));
    const double at = std::chrono::duration<double>(sink.arrivals[k] - sink.arrivals[0]).count();
    EXPECT_NEAR(at, k / 30.0, 0.015) << "frame " << k << " arrived off its time";
  }
  EXPECT_NEAR(sink.soundSeconds, elapsed, 0.1) << "sound keeps the same clock as the picture";
  EXPECT_TRUE(sink.failure.empty()) << sink.failure;
}

TEST(ClipFrameSource, SaysWhyAFileCannotBePlayed) {
  testing::TempDir dir;
  const std::string notVideo = dir.file("notes.mp4");
  std::FILE* file = std::fopen(notVideo.c_str(), "w");
  std::fputs("not a video", file);
  std::fclose(file);
  auto source = ClipFrameSource::open(notVideo);
  ASSERT_FALSE(source.ok());
  EXPECT_NE(source.error().message.find("notes.mp4"), std::string::npos) << source.error().message;
  auto missing = ClipFrameSource::open(dir.file("gone.mp4"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("gone.mp4"), std::string::npos) << missing.error().message;
}

// A portrait and a live session that performs it, keeping every result.
class LiveRig {
 public:
  LiveRig(std::shared_ptr<const FaceAnalyzer> tracker, const std::string& portraitPath, Rational rate = Rational(30)) {
    timeline::PortraitMedia media;
    media.file = mediaRefFor(portraitPath);
    auto prepared = preparePortrait(media, tracker);
    if (!prepared) {
      ADD_FAILURE() << prepared.error().message;
      return;
    }
    portrait = *prepared;
    project.portrait = media;
    project.portrait.motion = portrait.source.motion;
    project.settings.frameRate = rate;
    project.settings.frameCount = 600;
    view = viewWithin(RenderView::wholeImage(portrait.source.image), 256);
    LiveSession::Setup setup;
    setup.tracker = tracker;
    setup.renderer = makeRenderer();
    setup.portraitMotion = portrait.source.motion;
    setup.project = project;
    setup.view = view;
    setup.frameRate = rate;
    session = std::make_unique<LiveSession>(
        std::move(setup),
        [this](const LiveResult& result) {
          std::lock_guard lock(mutex);
          results[result.sequence] = result;
        },
        [this](const std::string& problem) {
          std::lock_guard lock(mutex);
          problems.push_back(problem);
        });
  }

  std::unique_ptr<Renderer> makeRenderer() const {
    auto renderer = createWarpRenderer({DeviceChoice::Cpu, 1});
    EXPECT_TRUE(renderer.ok());
    EXPECT_TRUE((*renderer)->setSource(portrait.source).ok());
    return std::move(*renderer);
  }

  bool ready() const { return session != nullptr; }
  std::int64_t arrived() const { return session->statistics().arrived; }
  std::vector<std::string> problemsSoFar() {
    std::lock_guard lock(mutex);
    return problems;
  }

  PreparedPortrait portrait;
  timeline::Project project;
  RenderView view;
  std::mutex mutex;
  std::map<std::int64_t, LiveResult> results;
  std::vector<std::string> problems;
  std::unique_ptr<LiveSession> session;
};

// Plays `clip` into the rig's session as a camera would (null after a
// failure when it cannot).
std::unique_ptr<ClipFrameSource> playInto(LiveRig& rig, const std::string& clip) {
  auto source = ClipFrameSource::open(clip);
  if (!source) {
    ADD_FAILURE() << source.error().message;
    return nullptr;
  }
  if (Status started = (*source)->start(*rig.session); !started) {
    ADD_FAILURE() << started.error().message;
    return nullptr;
  }
  return std::move(*source);
}

std::int64_t videoFrameCount(const std::string& path, VideoInfo* info = nullptr) {
  auto reader = VideoReader::open(path);
  if (!reader) return -1;
  if (info) *info = (*reader)->info();
  std::int64_t frames = 0;
  while (true) {
    auto next = (*reader)->next();
    if (!next || !next->has_value()) break;
    ++frames;
  }
  return frames;
}

TEST(LiveSession, RecordsATakeOfAClipPlayedAtItsRealRate) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d7.mp4");
  MARIONETTE_REQUIRE_MEDIA(portraitPath, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MODEL(tracker);
  LiveRig rig(tracker, portraitPath);
  ASSERT_TRUE(rig.ready());
  testing::TempDir folder;
  auto source = playInto(rig, clip);
  ASSERT_TRUE(source);
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 30; }));
  ASSERT_TRUE(rig.session->startRecording({folder.path().string(), "take-1", true}).ok());
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 120; }));
  Result<Take> take = rig.session->stopRecording();
  source->stop();
  ASSERT_TRUE(take.ok()) << take.error().message;
  for (const std::string& note : take->notes) ADD_FAILURE() << "note: " << note;

  // Frames: every camera frame from the start to the stop, at the clip's rate.
  EXPECT_NEAR(double(take->frameCount()), 90, 3);
  EXPECT_NEAR(double(take->firstSequence), 30, 3);
  ASSERT_EQ(take->videoPath, folder.file("take-1.mp4"));
  VideoInfo info;
  EXPECT_EQ(videoFrameCount(take->videoPath, &info), take->frameCount());
  EXPECT_EQ(info.frameRate, Rational(30));
  EXPECT_EQ(info.width, 480);
  // Sound: the microphone's, as long as the picture.
  ASSERT_TRUE(info.audio.has_value()) << "the take has no sound";
  EXPECT_NEAR(info.audio->duration.toDouble(), info.duration.toDouble(), 0.15);
  EXPECT_NEAR(take->soundSeconds, take->frameCount() / 30.0, 0.2);
  // Nothing else is left in the project's folder.
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(folder.path())) files.push_back(entry.path().filename().string());
  EXPECT_EQ(files, std::vector<std::string>{"take-1.mp4"});

  // Motion: what the tracker reads from the same frames of the clip offline.
  auto offline = trackVideo(clip, tracker, {});
  ASSERT_TRUE(offline.ok());
  int tracked = 0, close = 0;
  double worst = 0;
  for (std::int64_t k = 0; k < take->frameCount(); ++k) {
    const MotionFrame& live = take->performance.frames[k];
    if (live.faceLost) continue;
    ++tracked;
    const MotionFrame& still = offline->frames[take->firstSequence + k];
    const double yaw = std::abs(live.motion.pose.euler().yaw - still.motion.pose.euler().yaw);
    const double pitch = std::abs(live.motion.pose.euler().pitch - still.motion.pose.euler().pitch);
    worst = std::max({worst, yaw, pitch});
    close += yaw < 3 && pitch < 3;
  }
  EXPECT_GT(tracked, take->frameCount() * 2 / 3) << "too few frames tracked live";
  EXPECT_GE(close, tracked * 9 / 10) << "worst pose difference " << worst << " degrees";

  // As the project's driver (smoothing 0), the take renders what the live view showed.
  timeline::Project project = rig.project;
  project.driver = timeline::DriverMedia{};
  project.driver->file = mediaRefFor(take->videoPath);
  project.driver->motion = std::make_shared<const MotionTrack>(take->performance);
  project.settings.frameCount = take->frameCount();
  std::unique_ptr<Renderer> exporter = rig.makeRenderer();
  int compared = 0;
  double worstPsnr = 1e9;
  for (std::int64_t k = 0; k < take->frameCount(); k += 4) {
    LiveResult live;
    {
      std::lock_guard lock(rig.mutex);
      auto found = rig.results.find(take->firstSequence + k);
      if (found == rig.results.end() || !found->second.faceFound) continue;
      live = found->second;
    }
    auto exported = renderProjectFrame(*exporter, project, k, rig.view);
    ASSERT_TRUE(exported.ok());
    worstPsnr = std::min(worstPsnr, psnr(live.portrait, *exported));
    ++compared;
  }
  EXPECT_GE(compared, 10);
  EXPECT_GT(worstPsnr, 40) << "the take as driver renders otherwise than the live view showed";

  const LiveStatistics stats = rig.session->statistics();
  EXPECT_GT(stats.rendered, 30);
  EXPECT_EQ(stats.rendered, std::int64_t(stats.latencyMs.size()));
  EXPECT_TRUE(rig.problemsSoFar().empty());
}

TEST(LiveSession, ATakePunchedInRendersWhatTheLiveViewShowed) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d20.mp4");
  MARIONETTE_REQUIRE_MEDIA(portraitPath, "portraits/liveportrait-s12.jpg");
  MARIONETTE_REQUIRE_MODEL(tracker);
  LiveRig rig(tracker, portraitPath, Rational(25));  // d20's own rate
  ASSERT_TRUE(rig.ready());
  auto source = playInto(rig, clip);
  ASSERT_TRUE(source);
  LiveSwitches switches;
  switches.keyable = true;  // as the editor shows a take that will be punched in
  rig.session->setSwitches(switches);
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 25; }));
  ASSERT_TRUE(rig.session->startRecording({"", "take-1", false}).ok());
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 100; }));
  Result<Take> take = rig.session->stopRecording();
  source->stop();
  ASSERT_TRUE(take.ok()) << take.error().message;
  EXPECT_TRUE(take->videoPath.empty()) << "asked for motion only";

  timeline::Project project = rig.project;
  const timeline::FrameRange range{100, 100 + take->frameCount()};
  for (timeline::TrackKind kind : {timeline::TrackKind::Pose, timeline::TrackKind::Expression}) {
    auto edit = timeline::punchIn({kind, std::nullopt}, range, take->shown, take->name);
    ASSERT_TRUE(edit->apply(project).ok());
  }
  std::unique_ptr<Renderer> exporter = rig.makeRenderer();
  int compared = 0;
  double worstPsnr = 1e9, moved = 0;
  for (std::int64_t k = 0; k < take->frameCount(); k += 3) {
    LiveResult live;
    {
      std::lock_guard lock(rig.mutex);
      auto found = rig.results.find(take->firstSequence + k);
      if (found == rig.results.end() || !found->second.faceFound) continue;
      live = found->second;
    }
    auto exported = renderProjectFrame(*exporter, project, range.first + k, rig.view);
    ASSERT_TRUE(exported.ok());
    worstPsnr = std::min(worstPsnr, psnr(live.portrait, *exported));
    const auto values = timeline::channelValuesOf(live.shown, *rig.project.portrait.motion);
    const auto own = timeline::channelValuesOf(rig.portrait.source.motion, *rig.project.portrait.motion);
    moved = std::max(moved, std::abs(values[timeline::ChannelId::expression(ExpressionChannel::JawOpen).index()] -
                                     own[timeline::ChannelId::expression(ExpressionChannel::JawOpen).index()]));
    ++compared;
  }
  EXPECT_GE(compared, 10);
  EXPECT_GT(worstPsnr, 40) << "the export differs from what the live view showed";
  EXPECT_GT(moved, 0.1) << "the performance did not open the mouth; the comparison proves nothing";
}

// A camera unplugged in the middle of a take: the clip source stops
// delivering after `frames` and reports the loss, as Qt reports a camera error.
class VanishingCamera final : public LiveFrameSource, public LiveSink {
 public:
  VanishingCamera(std::unique_ptr<ClipFrameSource> clip, std::int64_t frames)
      : clip_(std::move(clip)), frames_(frames) {}
  std::string name() const override { return "Test camera"; }
  Rational frameRate() const override { return clip_->frameRate(); }
  Status start(LiveSink& sink) override {
    sink_ = &sink;
    return clip_->start(*this);
  }
  void stop() override { clip_->stop(); }
  void frameArrived(LiveFrame frame) override {
    if (frame.sequence < frames_) sink_->frameArrived(std::move(frame));
    if (frame.sequence == frames_) {
      gone_ = true;
      sink_->sourceFailed("the camera 'Test camera' was disconnected");
    }
  }
  void soundArrived(const AudioSamples& samples) override {
    if (!gone_) sink_->soundArrived(samples);
  }
  void sourceFailed(const std::string& message) override { sink_->sourceFailed(message); }
  void sourceEnded() override { sink_->sourceEnded(); }

 private:
  std::unique_ptr<ClipFrameSource> clip_;
  std::int64_t frames_;
  std::atomic<bool> gone_{false};
  LiveSink* sink_ = nullptr;
};

TEST(LiveSession, ACameraThatDisappearsMidTakeKeepsTheTakeSoFar) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d7.mp4");
  MARIONETTE_REQUIRE_MEDIA(portraitPath, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MODEL(tracker);
  LiveRig rig(tracker, portraitPath);
  ASSERT_TRUE(rig.ready());
  testing::TempDir folder;
  auto opened = ClipFrameSource::open(clip);
  ASSERT_TRUE(opened.ok());
  VanishingCamera camera(std::move(*opened), 75);
  ASSERT_TRUE(camera.start(*rig.session).ok());
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 15; }));
  ASSERT_TRUE(rig.session->startRecording({folder.path().string(), "take-2", true}).ok());
  ASSERT_TRUE(waitFor([&] { return rig.session->sourceStopped(); }));
  const std::vector<std::string> problems = rig.problemsSoFar();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "the camera 'Test camera' was disconnected");
  EXPECT_TRUE(rig.session->recording()) << "the take waits for the user to stop it";
  Result<Take> take = rig.session->stopRecording();
  camera.stop();
  ASSERT_TRUE(take.ok()) << take.error().message;
  const std::int64_t recorded = 75 - take->firstSequence;
  EXPECT_EQ(take->frameCount(), recorded);
  EXPECT_EQ(videoFrameCount(take->videoPath), recorded) << "the frames before the loss are kept";
  auto again = rig.session->startRecording({folder.path().string(), "take-3", true});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().message, "the camera has stopped; start it again to record");
}

// A camera that promises 30 fps and delivers 25 (as webcams do in low
// light): d20, a 25 fps clip, played as such a camera.
class SlowCamera final : public LiveFrameSource {
 public:
  explicit SlowCamera(std::unique_ptr<ClipFrameSource> clip) : clip_(std::move(clip)) {}
  std::string name() const override { return "Slow camera"; }
  Rational frameRate() const override { return Rational(30); }
  Status start(LiveSink& sink) override { return clip_->start(sink); }
  void stop() override { clip_->stop(); }

 private:
  std::unique_ptr<ClipFrameSource> clip_;
};

TEST(LiveSession, ATakeFromACameraSlowerThanItsRateKeepsPictureAndSoundTogether) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d20.mp4");
  MARIONETTE_REQUIRE_MEDIA(portraitPath, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MODEL(tracker);
  auto opened = ClipFrameSource::open(clip);
  ASSERT_TRUE(opened.ok());
  ASSERT_EQ((*opened)->frameRate(), Rational(25));
  SlowCamera camera(std::move(*opened));
  LiveRig rig(tracker, portraitPath);  // its session takes 30 fps, as the camera says
  ASSERT_TRUE(rig.ready());
  testing::TempDir folder;
  ASSERT_TRUE(camera.start(*rig.session).ok());
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 10; }));
  const auto began = LiveClock::now();
  ASSERT_TRUE(rig.session->startRecording({folder.path().string(), "take-5", true}).ok());
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 85; }));  // 3 s at 25 fps
  Result<Take> take = rig.session->stopRecording();
  const double seconds = std::chrono::duration<double>(LiveClock::now() - began).count();
  camera.stop();
  ASSERT_TRUE(take.ok()) << take.error().message;
  // 30 pictures a second of the time recorded, the missing ones held.
  EXPECT_NEAR(double(take->frameCount()), seconds * 30, 4);
  VideoInfo info;
  EXPECT_EQ(videoFrameCount(take->videoPath, &info), take->frameCount());
  ASSERT_TRUE(info.audio.has_value());
  EXPECT_NEAR(info.audio->duration.toDouble(), info.duration.toDouble(), 0.15) << "picture and sound drift apart";
  int held = 0;
  for (const MotionFrame& frame : take->performance.frames) held += frame.faceLost;
  EXPECT_NEAR(held, take->frameCount() / 6.0, 4) << "one slot in six has no frame of its own";
}

TEST(LiveSession, AFullDiskWhileRecordingKeepsTheMotionAndSaysWhy) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d7.mp4");
  MARIONETTE_REQUIRE_MEDIA(portraitPath, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MODEL(tracker);
  LiveRig rig(tracker, portraitPath);
  ASSERT_TRUE(rig.ready());
  testing::TempDir folder;
  auto source = playInto(rig, clip);
  ASSERT_TRUE(source);
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 10; }));
  Result<Take> take = makeError("not recorded");
  {
    testing::FileSizeLimit full(48 * 1024);
    ASSERT_TRUE(rig.session->startRecording({folder.path().string(), "take-4", true}).ok());
    ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 100; }));
    take = rig.session->stopRecording();
  }
  source->stop();
  ASSERT_TRUE(take.ok()) << take.error().message;
  EXPECT_TRUE(take->videoPath.empty());
  EXPECT_NEAR(double(take->frameCount()), 90, 3) << "the motion of the whole take is kept";
  ASSERT_FALSE(take->notes.empty());
  EXPECT_NE(take->notes[0].find("File too large"), std::string::npos) << take->notes[0];
  EXPECT_NE(take->notes[0].find("its motion is kept"), std::string::npos) << take->notes[0];
  const std::vector<std::string> problems = rig.problemsSoFar();
  ASSERT_FALSE(problems.empty()) << "the user hears of it while recording";
  EXPECT_NE(problems[0].find("File too large"), std::string::npos) << problems[0];
  EXPECT_TRUE(fs::is_empty(folder.path())) << "no half-written file is left behind";
}

// A camera pointed at a wall: grey frames at 30 fps, no face in any.
class WallCamera final : public LiveFrameSource {
 public:
  ~WallCamera() override { stop(); }
  std::string name() const override { return "Wall camera"; }
  Rational frameRate() const override { return Rational(30); }
  Status start(LiveSink& sink) override {
    stopping_ = false;
    thread_ = std::thread([this, &sink] {
      const auto zero = LiveClock::now();
      for (std::int64_t k = 0; !stopping_; ++k) {
        std::this_thread::sleep_until(zero + milliseconds(k * 1000 / 30));
        Image wall = Image::make(320, 240, 3);
        std::fill(wall.pixels.begin(), wall.pixels.end(), std::uint8_t(128));
        sink.frameArrived(LiveFrame{std::move(wall), k, LiveClock::now()});
      }
    });
    return {};
  }
  void stop() override {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

TEST(LiveSession, ATakeWithoutAFaceKeepsItsRecordingAndSaysWhy) {
  MARIONETTE_REQUIRE_MEDIA(portraitPath, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MODEL(tracker);
  LiveRig rig(tracker, portraitPath);
  ASSERT_TRUE(rig.ready());
  testing::TempDir folder;
  WallCamera camera;
  ASSERT_TRUE(camera.start(*rig.session).ok());
  ASSERT_TRUE(rig.session->startRecording({folder.path().string(), "take-6", true}).ok());
  ASSERT_TRUE(waitFor([&] { return rig.arrived() >= 30; }));
  Result<Take> take = rig.session->stopRecording();
  camera.stop();
  ASSERT_FALSE(take.ok());
  const std::string kept = folder.file("take-6.mp4");
  EXPECT_EQ(take.error().message,
            "no face was seen in the take, so it has no motion; its recording is kept as '" + kept + "'");
  EXPECT_GE(videoFrameCount(kept), 25) << "what the camera recorded is not thrown away";
}

TEST(LiveSession, RefusesATakeItCannotWrite) {
  MARIONETTE_REQUIRE_MEDIA(portraitPath, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MODEL(tracker);
  LiveRig rig(tracker, portraitPath);
  ASSERT_TRUE(rig.ready());
  testing::TempDir folder;
  auto refused = [&](const TakeOptions& options, const std::string& message) {
    Status status = rig.session->startRecording(options);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, message);
    EXPECT_FALSE(rig.session->recording());
  };
  const std::string missing = folder.file("missing");
  refused({missing, "take-1", true}, "cannot record into '" + missing + "': it is not a folder");
  refused({folder.path().string(), "../take", true}, "a take needs a plain file name, not '../take'");
  std::FILE* existing = std::fopen(folder.file("take-1.mp4").c_str(), "w");
  std::fclose(existing);
  refused({folder.path().string(), "take-1", true},
          "'" + folder.file("take-1.mp4") + "' already exists; a take never replaces a file");
  auto stopped = rig.session->stopRecording();
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.error().message, "not recording");
  ASSERT_TRUE(rig.session->startRecording({folder.path().string(), "take-2", true}).ok());
  auto empty = rig.session->stopRecording();
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().message, "the take is empty: no camera frame arrived while recording");
  EXPECT_EQ(fs::file_size(folder.file("take-1.mp4")), 0u) << "the user's file is untouched";
}

}  // namespace
}  // namespace marionette
