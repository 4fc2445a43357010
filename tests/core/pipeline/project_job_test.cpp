// The animation export end to end with the real renderer, on short clips cut
// from the shared driving videos: frame count, exact frame rate, audio,
// export formats and framing.
#include "core/pipeline/project_job.h"
#include "core/pipeline/output_framing.h"

#include <gtest/gtest.h>

#include <cmath>
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

class ProjectJob : public testing::AnimateFixture {};

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
TEST_F(ProjectJob, OutputHasTheDriversFrameCountAndExactRate) {
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

TEST_F(ProjectJob, DriversAudioIsCopiedInSyncUnlessTurnedOff) {
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
TEST_F(ProjectJob, TwoRenderThreadsGiveTheSameFramesAsOne) {
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

TEST_F(ProjectJob, PngSequenceWritesOneNumberedFilePerFrame) {
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
TEST_F(ProjectJob, PresetClipsInEveryVideoFormat) {
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

TEST_F(ProjectJob, SideBySideShowsPortraitDriverAndResult) {
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

TEST_F(ProjectJob, FramingChoosesTheOutputSize) {
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

TEST_F(ProjectJob, PoseOnlyAndExpressionOnlyRuns) {
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

// A phone clip whose rate changes (30 frames/s for a second, then 10) is
// resampled to a constant 30: the output lasts as long as the clip and its
// sound, and each output frame shows the driver's picture of that moment. A
// white bar across the driver's top grows 100 pixels a second, so the
// side-by-side driver panel says which moment it shows.
TEST_F(ProjectJob, AVariableFrameRateDriverIsResampledAndStaysInStep) {
  const std::string d3 = media("driving/liveportrait-d3.mp4");
  const std::string driver = testing::generated(
      "vfr-bar.mp4", d3,
      "-i {in} -f lavfi -i color=white:s=512x24 -filter_complex "
      "\"[0:v]drawbox=x=0:y=0:w=iw:h=24:color=black:t=fill[bg];"
      "[bg][1:v]overlay=x='trunc(t*100)-512':y=0:eval=frame:shortest=1,split[x][y];"
      "[x]trim=0:1,setpts=PTS-STARTPTS[a];[y]trim=1:4,setpts=PTS-STARTPTS,fps=10[b];"
      "[a][b]concat=n=2:v=1:a=0[v];[0:a]atrim=0:4[au]\" -map [v] -map [au] -c:v libx264 -preset ultrafast "
      "-fps_mode vfr -c:a aac {out}");
  ASSERT_FALSE(driver.empty());
  AnimateRun request = requestFor(media("portraits/liveportrait-s42.jpg"), driver, dir_.file("vfr.mp4"));
  request.setup.render.sideBySide = true;
  request.setup.render.crf = 0;  // the bar's edge stays sharp
  auto report = run(request);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_TRUE(hasNote(*report, "variable frame rate (10 to 30 frames/s); it is resampled to a constant 30"));
  const testing::VideoSummary out = summarize(dir_.file("vfr.mp4"));
  EXPECT_EQ(out.frameRate, Rational(30));
  EXPECT_EQ(out.frames, 117) << "3.9 s: the clip's last frame (3.8 s) lasts a tenth of a second";
  ASSERT_TRUE(out.audio.has_value());
  EXPECT_NEAR(out.audio->duration.toDouble(), out.frames / 30.0, 1.0 / 30) << "sound and picture end together";

  auto reader = VideoReader::open(dir_.file("vfr.mp4"), PixelLayout::Gray);
  ASSERT_TRUE(reader.ok());
  for (std::int64_t k = 0;; ++k) {
    auto frame = (*reader)->next();
    ASSERT_TRUE(frame.ok());
    if (!frame->has_value()) break;
    if (k % 7 != 0) continue;
    // The moment the driver's picture shows at output time k / 30.
    const double shown = k < 30 ? k / 30.0 : std::floor(k / 3.0) / 10.0;
    const Image& image = (*frame)->image;
    int white = 0;  // along row 3 of the middle panel
    for (int x = kSide; x < 2 * kSide; ++x) white += image.pixels[std::size_t(3 * image.width + x)] > 128;
    EXPECT_NEAR(white, std::trunc(shown * 100) * kSide / 512.0, 2.0) << "output frame " << k;
  }
}

}  // namespace
}  // namespace marionette
