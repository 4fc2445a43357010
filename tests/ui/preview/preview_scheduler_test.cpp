// The preview worker on its own, with a renderer that records what it is
// asked: the newest request wins, read-ahead fills the cache, and an edit
// drops only the cached frames it changed.
#include <QSignalSpy>
#include <QTest>
#include <condition_variable>
#include <mutex>

#include "core/timeline/commands.h"
#include "core/timeline/editing.h"
#include "tests/core/timeline/timeline_fixtures.h"
#include "tests/ui/gui_test_support.h"
#include "ui/preview/preview_scheduler.h"

namespace marionette::testing {
namespace {

using timeline::FrameIndex;

// Renders a flat picture whose grey level is the smile reading, so a frame
// shows which motion it was rendered for; can hold the worker at a gate.
struct RecordingRenderer : Renderer {
  struct Log {
    std::mutex mutex;
    std::condition_variable opened;
    bool gateClosed = false;
    std::vector<double> rendered;  // smile reading of each render, in order
  };
  explicit RecordingRenderer(std::shared_ptr<Log> log) : log_(std::move(log)) {}
  Status setSource(const SourceFace&) override { return {}; }
  Result<Image> render(const Motion& target, const RenderView& view, const RenderHints&) override {
    std::unique_lock lock(log_->mutex);
    log_->opened.wait(lock, [&] { return !log_->gateClosed; });
    const double smile = readChannels(target.expression)[int(ExpressionChannel::SmileL)];
    log_->rendered.push_back(smile);
    Image image = Image::make(view.width, view.height, 3);
    std::fill(image.pixels.begin(), image.pixels.end(), std::uint8_t(std::clamp(smile * 100 + 100, 0.0, 255.0)));
    return image;
  }
  std::string deviceName() const override { return "test"; }
  std::shared_ptr<Log> log_;
};

std::shared_ptr<const PreparedPortrait> flatPortrait() {
  auto portrait = std::make_shared<PreparedPortrait>();
  portrait->source.image = Image::make(64, 64, 3);
  portrait->source.motion = timeline::testing::portraitMotion();
  return portrait;
}

class PreviewSchedulerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    guiApplication();
    log_ = std::make_shared<RecordingRenderer::Log>();
    ui::PreviewScheduler::Options options;
    options.fullSide = 64;
    options.draftSide = 32;
    options.readAhead = 8;
    options.cacheFrames = 40;
    scheduler_ = std::make_unique<ui::PreviewScheduler>(
        [log = log_]() -> Result<std::unique_ptr<Renderer>> {
          return std::unique_ptr<Renderer>(std::make_unique<RecordingRenderer>(log));
        },
        options);
  }

  // A keyframed smile ramp over 60 frames: every frame differs.
  static timeline::Project keyedProject() {
    timeline::Project p = timeline::testing::drivenProject(60);
    timeline::CommandPtr keyed = timeline::setModeOver(p, {timeline::TrackKind::Expression, std::nullopt}, {0, 60},
                                                       timeline::TrackMode::Keyframed);
    EXPECT_TRUE(keyed->apply(p).ok());
    const Rational rate = p.settings.frameRate;
    for (FrameIndex f : {0, 20, 40, 59})
      EXPECT_TRUE(
          timeline::setKeyframe(timeline::testing::kSmileL, timeline::frameTime(f, rate), 0.01 * f)->apply(p).ok());
    return p;
  }

  void setScene(const timeline::Project& project) {
    auto scene = std::make_shared<ui::PreviewScene>();
    scene->project = project;
    scene->portrait = portrait_;
    scene->revision = ++revision_;
    scheduler_->setScene(std::move(scene));
  }

  ui::PreviewFrame requestAndWait(FrameIndex frame) {
    QSignalSpy ready(scheduler_.get(), &ui::PreviewScheduler::frameReady);
    const std::uint64_t ticket = scheduler_->request(frame, ui::PreviewQuality::Full);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
          for (const auto& args : ready)
            if (args.at(0).value<ui::PreviewFrame>().ticket == ticket) return true;
          return false;
        },
        10000));
    for (const auto& args : ready)
      if (args.at(0).value<ui::PreviewFrame>().ticket == ticket) return args.at(0).value<ui::PreviewFrame>();
    return {};
  }

  void waitIdle() {
    // Idle twice in a row: read-ahead runs between requests too.
    ASSERT_TRUE(QTest::qWaitFor([&] { return scheduler_->idle() && scheduler_->cachedFrames() > 0; }, 10000));
    QTest::qWait(200);
  }

  std::shared_ptr<RecordingRenderer::Log> log_;
  std::unique_ptr<ui::PreviewScheduler> scheduler_;
  std::shared_ptr<const PreparedPortrait> portrait_ = flatPortrait();
  std::uint64_t revision_ = 0;
};

TEST_F(PreviewSchedulerTest, TheNewestRequestWinsAndOlderOnesAreNeverRendered) {
  setScene(keyedProject());
  {
    std::lock_guard lock(log_->mutex);
    log_->gateClosed = true;
  }
  QSignalSpy ready(scheduler_.get(), &ui::PreviewScheduler::frameReady);
  scheduler_->request(5, ui::PreviewQuality::Full);
  QTest::qWait(100);  // the worker is now held inside frame 5's render
  scheduler_->request(10, ui::PreviewQuality::Full);
  scheduler_->request(30, ui::PreviewQuality::Full);
  const std::uint64_t newest = scheduler_->request(50, ui::PreviewQuality::Full);
  {
    std::lock_guard lock(log_->mutex);
    log_->gateClosed = false;
  }
  log_->opened.notify_all();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return !ready.isEmpty() && ready.last().at(0).value<ui::PreviewFrame>().ticket == newest; }, 10000));
  std::vector<FrameIndex> shown;
  for (const auto& args : ready) shown.push_back(args.at(0).value<ui::PreviewFrame>().frame);
  EXPECT_EQ(shown, (std::vector<FrameIndex>{5, 50})) << "10 and 30 were overtaken before they started";
  std::lock_guard lock(log_->mutex);
  ASSERT_GE(log_->rendered.size(), 2u);
  EXPECT_NEAR(log_->rendered[0], 0.05, 1e-3);
  EXPECT_NEAR(log_->rendered[1], 0.50, 1e-3) << "the second render is frame 50's, nothing in between";
}

TEST_F(PreviewSchedulerTest, ReadAheadFillsTheCacheAndStepsHitIt) {
  setScene(keyedProject());
  const ui::PreviewFrame first = requestAndWait(10);
  EXPECT_FALSE(first.fromCache);
  waitIdle();
  EXPECT_GE(scheduler_->cachedFrames(), 9u) << "the frame and the eight after it";
  for (FrameIndex f = 11; f <= 18; ++f) EXPECT_TRUE(requestAndWait(f).fromCache) << f;
  // Each of those frames was rendered once, by the read-ahead (the smile
  // ramp gives every frame its own reading).
  const timeline::Project project = keyedProject();
  std::lock_guard lock(log_->mutex);
  for (FrameIndex f = 10; f <= 18; ++f) {
    const double reading = timeline::channelValueAt(project, timeline::testing::kSmileL, f);
    EXPECT_EQ(std::count_if(log_->rendered.begin(), log_->rendered.end(),
                            [&](double r) { return std::abs(r - reading) < 1e-6; }),
              1)
        << "frame " << f;
  }
}

TEST_F(PreviewSchedulerTest, AnEditDropsOnlyTheFramesItChanged) {
  timeline::Project project = keyedProject();
  setScene(project);
  requestAndWait(0);
  waitIdle();
  requestAndWait(30);
  waitIdle();
  // Frames 0-8 and 30-38 are cached. Changing the key at 40 touches 20-58.
  const Rational rate = project.settings.frameRate;
  ASSERT_TRUE(
      timeline::setKeyframe(timeline::testing::kSmileL, timeline::frameTime(40, rate), 0.9)->apply(project).ok());
  setScene(project);
  const ui::PreviewFrame untouched = requestAndWait(4);
  EXPECT_TRUE(untouched.fromCache) << "frame 4 lies before the key that changed";
  const ui::PreviewFrame touched = requestAndWait(33);
  EXPECT_FALSE(touched.fromCache) << "frame 33 is between the keys at 20 and 40";
  const int grey = touched.image.result.pixelColor(0, 0).red();
  EXPECT_NEAR(grey, 100 + 100 * timeline::channelValueAt(project, timeline::testing::kSmileL, 33), 1.5)
      << "and shows the edited motion";
}

TEST_F(PreviewSchedulerTest, AnotherPortraitDropsEverything) {
  setScene(keyedProject());
  requestAndWait(0);
  waitIdle();
  portrait_ = flatPortrait();
  setScene(keyedProject());
  EXPECT_EQ(scheduler_->cachedFrames(), 0u);
  EXPECT_FALSE(requestAndWait(2).fromCache);
}

}  // namespace
}  // namespace marionette::testing
