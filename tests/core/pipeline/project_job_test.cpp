// The animation export end to end with the real renderer, on short clips cut
// from the shared driving videos: frame count, exact frame rate, audio,
// export formats and framing.
#include "core/pipeline/output_framing.h"
#include "core/pipeline/project_job.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/media/image_io.h"
#include "tests/core/pipeline/project_job_fixtures.h"
#include "tests/support/run_command.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::AnimateRun;
using testing::hasNote;
using testing::summarize;

constexpr int kSide = 192;  // small frames keep the renders quick

class AnimateJob : public testing::AnimateFixture {};

AnimateRun requestFor(const std::string& portrait, const std::string& driver, const std::string& output) {
  AnimateRun request;
  request.setup.portraitPath = portrait;
  request.setup.drivingPath = driver;
  testing::setFraming(request, kSide, kSide, true);
  request.output.path = output;
  request.setup.render.speed = "ultrafast";
  return request;
}

int entries(const fs::path& dir) {
  return static_cast<int>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// Both drivers are silent and of another size than the portrait (512x512).
TEST_F(AnimateJob, OutputHasTheDriversFrameCountAndExactRate) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string d0 = media("driving/liveportrait-d0.mp4");
  const std::string d20 = media("driving/liveportrait-d20.mp4");
  const std::string ntsc = testing::generated(
      "ntsc.mp4", d20, "-i {in} -t 1 -vf scale=320:320,fps=30000/1001 -c:v libx264 -preset ultrafast -an {out}");
  const std::string pal = testing::shortClip(d0, 1.0, false);
  ASSERT_FALSE(ntsc.empty() || pal.empty());
  for (const std::string& driver : {pal, ntsc}) {
    const testing::VideoSummary in = summarize(driver);
    const std::string out = dir_.file(fs::path(driver).stem().string() + "-out.mp4");
    auto report = run(requestFor(portrait, driver, out));
    ASSERT_TRUE(report.ok()) << report.error().message;
    const testing::VideoSummary result = summarize(out);
    EXPECT_EQ(result.frames, in.frames) << driver;
    EXPECT_EQ(report->frames, in.frames);
    EXPECT_EQ(result.frameRate, in.frameRate) << result.frameRate.num() << "/" << result.frameRate.den();
    EXPECT_EQ(result.width, kSide);
    EXPECT_EQ(report->lostFrames, 0);
    EXPECT_FALSE(result.audio.has_value());
    EXPECT_TRUE(hasNote(*report, "has no audio; the output is silent"));
  }
  EXPECT_EQ(summarize(ntsc).frameRate, Rational(30000, 1001));
}

TEST_F(AnimateJob, DriversAudioIsCopiedInSyncUnlessTurnedOff) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string d3 = media("driving/liveportrait-d3.mp4");
  const std::string driver = testing::shortClip(d3, 1.0, true);
  ASSERT_FALSE(driver.empty());
  auto report = run(requestFor(portrait, driver, dir_.file("talk.mp4")));
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_TRUE(report->audio);
  const testing::VideoSummary out = summarize(dir_.file("talk.mp4"));
  EXPECT_EQ(out.frameRate, Rational(30));
  ASSERT_TRUE(out.audio.has_value());
  const double frame = 1.0 / 30;
  const double videoSeconds = out.frames * frame;
  EXPECT_NEAR(out.audio->duration.toDouble(), videoSeconds, frame) << "audio as long as the video";
  EXPECT_NEAR(out.audio->startTime.toDouble(), 0, frame) << "and starting with it";

  AnimateRun silent = requestFor(portrait, driver, dir_.file("silent.mp4"));
  silent.setup.render.audio = false;
  auto quiet = run(silent);
  ASSERT_TRUE(quiet.ok()) << quiet.error().message;
  EXPECT_FALSE(quiet->audio);
  EXPECT_FALSE(summarize(dir_.file("silent.mp4")).audio.has_value());
}

// Frames rendered on two threads come out in order and identical to one thread's.
TEST_F(AnimateJob, TwoRenderThreadsGiveTheSameFramesAsOne) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string driver = testing::shortClip(media("driving/liveportrait-d3.mp4"), 0.5, true);
  auto second = testing::cpuRenderer();
  ASSERT_NE(second, nullptr);
  AnimateRun request = requestFor(portrait, driver, dir_.file("one/"));
  request.output.format = ExportFormat::PngSequence;
  ASSERT_TRUE(run(request).ok());
  request.output.path = dir_.file("two/");
  auto two = runWith(request, {renderer_.get(), second.get()});
  ASSERT_TRUE(two.ok()) << two.error().message;
  EXPECT_EQ(two->renderThreads, 2);
  const int frames = summarize(driver).frames;
  for (int i = 0; i < frames; ++i) {
    const std::string name = sequenceFrameName(i);
    EXPECT_EQ(testing::slurp(dir_.path() / "one" / name), testing::slurp(dir_.path() / "two" / name)) << name;
  }
}

TEST_F(AnimateJob, PngSequenceWritesOneNumberedFilePerFrame) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string d3 = media("driving/liveportrait-d3.mp4");
  const std::string driver = testing::shortClip(d3, 0.5, true);
  AnimateRun request = requestFor(portrait, driver, dir_.file("frames/"));
  request.output.format = ExportFormat::PngSequence;
  auto report = run(request);
  ASSERT_TRUE(report.ok()) << report.error().message;
  const int frames = summarize(driver).frames;
  EXPECT_EQ(entries(dir_.path() / "frames"), frames);
  EXPECT_TRUE(fs::exists(dir_.path() / "frames" / "frame_000001.png"));
  EXPECT_TRUE(fs::exists(dir_.path() / "frames" / sequenceFrameName(frames - 1)));
  EXPECT_EQ(entries(dir_.path()), 1) << "no temporary folder left";
  EXPECT_TRUE(hasNote(*report, "holds no sound"));
  auto last = loadImage((dir_.path() / "frames" / sequenceFrameName(frames - 1)).string());
  ASSERT_TRUE(last.ok());
  EXPECT_EQ(last->image.width, kSide);
}

// Without a driver the clip is as long as asked, at the asked rate, silent.
TEST_F(AnimateJob, PresetClipsInEveryVideoFormat) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  for (auto [format, name] : {std::pair{ExportFormat::Mp4, "a.mp4"}, std::pair{ExportFormat::Ffv1, "b.mkv"},
                              std::pair{ExportFormat::ProRes, "c.mov"}}) {
    AnimateRun request = requestFor(portrait, "", dir_.file(name));
    request.setup.clip.presets = {Preset::Nod, Preset::Blink, Preset::Smile, Preset::Talk};
    request.setup.clip.presetSeconds = 0.5;
    request.setup.clip.presetFrameRate = Rational(30000, 1001);
    request.output.format = format;
    auto report = run(request);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->referenceFrame, -1);
    const testing::VideoSummary out = summarize(dir_.file(name));
    EXPECT_EQ(out.frames, 15) << name;
    EXPECT_EQ(out.frameRate, Rational(30000, 1001)) << name;
    EXPECT_FALSE(out.audio.has_value());
  }
}

TEST_F(AnimateJob, SideBySideShowsPortraitDriverAndResult) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string d20 = media("driving/liveportrait-d20.mp4");
  AnimateRun request = requestFor(portrait, testing::shortClip(d20, 0.4, true), dir_.file("sbs.mp4"));
  request.setup.render.sideBySide = true;
  testing::setFraming(request, 160, 240, false);
  auto report = run(request);
  ASSERT_TRUE(report.ok()) << report.error().message;
  const testing::VideoSummary out = summarize(dir_.file("sbs.mp4"));
  EXPECT_EQ(out.width, 3 * 160);
  EXPECT_EQ(out.height, 240);

  AnimateRun presets = requestFor(portrait, "", dir_.file("presets.mp4"));
  presets.setup.render.sideBySide = true;
  presets.setup.clip.presets = {Preset::Smile};
  presets.setup.clip.presetSeconds = 0.2;
  auto two = run(presets);
  ASSERT_TRUE(two.ok()) << two.error().message;
  EXPECT_EQ(two->width, 2 * kSide) << "without a driver: portrait | result";
}

TEST_F(AnimateJob, FramingChoosesTheOutputSize) {
  const std::string portrait = media("portraits/liveportrait-s12.jpg");
  struct Case {
    FramingRequest framing;
    int width, height;
    const char* note;
  };
  for (const Case& c :
       {Case{{0, 0, false}, 374, 500, nullptr}, Case{{0, 0, true}, 512, 512, nullptr},
        Case{{333, 249, false}, 332, 248, "333x249 made even: 332x248"}, Case{{200, 120, true}, 200, 120, nullptr}}) {
    AnimateRun request = requestFor(portrait, "", dir_.file("f.mp4"));
    request.output.overwrite = true;
    testing::setFraming(request, c.framing.width, c.framing.height, c.framing.cropToFace);
    request.setup.clip.presets = {Preset::Blink};
    request.setup.clip.presetSeconds = 0.12;
    auto report = run(request);
    ASSERT_TRUE(report.ok()) << report.error().message;
    const testing::VideoSummary out = summarize(dir_.file("f.mp4"));
    EXPECT_EQ(out.width, c.width);
    EXPECT_EQ(out.height, c.height);
    EXPECT_TRUE(!c.note || hasNote(*report, c.note)) << c.note;
  }
}

TEST_F(AnimateJob, PoseOnlyAndExpressionOnlyRuns) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string d3 = media("driving/liveportrait-d3.mp4");
  const std::string driver = testing::shortClip(d3, 0.5, true);
  AnimateRun poseOnly = requestFor(portrait, driver, dir_.file("pose.mp4"));
  poseOnly.setup.clip.retarget.expression.source = TrackSource::Source;
  AnimateRun expressionOnly = requestFor(portrait, driver, dir_.file("expr.mp4"));
  expressionOnly.setup.clip.retarget.pose.source = TrackSource::Source;
  expressionOnly.setup.clip.retarget.regions = {FaceRegion::Mouth, FaceRegion::Eyes};
  expressionOnly.setup.clip.referenceFrame = std::nullopt;
  for (const AnimateRun& request : {poseOnly, expressionOnly}) {
    auto report = run(request);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(summarize(request.output.path).frames, summarize(driver).frames);
  }
}

}  // namespace
}  // namespace marionette
