// The animation export on bad or awkward input: each gives a clear message
// or a note, and nothing is left at the destination after a failure.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/media/image_io.h"
#include "core/pipeline/frame_pipeline.h"
#include "core/pipeline/project_job.h"
#include "tests/core/pipeline/project_job_fixtures.h"
#include "tests/support/run_command.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::AnimateRun;
using testing::hasNote;
using testing::summarize;

AnimateRun presetRequest(const std::string& portrait, const std::string& output) {
  AnimateRun request;
  request.setup.portraitPath = portrait;
  request.setup.clip.presets = {Preset::Nod};
  request.setup.clip.presetSeconds = 0.2;
  testing::setFraming(request, 128, 128, true);
  request.output.path = output;
  request.setup.render.speed = "ultrafast";
  return request;
}

class ProjectJobInput : public testing::AnimateFixture {};

void expectFailure(const Result<JobReport>& report, const std::string& fragment) {
  ASSERT_FALSE(report.ok()) << "expected a failure mentioning '" << fragment << "'";
  EXPECT_NE(report.error().message.find(fragment), std::string::npos) << report.error().message;
}

// No face is an error; of several, the largest is animated unless --face picks another.
TEST_F(ProjectJobInput, PortraitWithNoFaceOrSeveralFaces) {
  const std::string flat = testing::generated("flat.png", "", "-f lavfi -i color=c=gray:s=320x240 -frames:v 1 {out}");
  expectFailure(run(presetRequest(flat, dir_.file("o.mp4"))), "no face found");
  EXPECT_TRUE(fs::is_empty(dir_.path()));

  const std::string small = media("portraits/liveportrait-s42.jpg");
  const std::string large = media("portraits/liveportrait-s7.jpg");
  // A small face on the left, a large one on the right.
  const std::string left = testing::generated("left.png", small, "-i {in} -vf scale=256:256,pad=256:512:0:128 {out}");
  const std::string two = testing::generated(
      "two.png", left, "-i {in} -i '" + large + "' -filter_complex '[1]scale=512:512[r];[0][r]hstack' {out}");
  AnimateRun request = presetRequest(two, dir_.file("a.mp4"));
  auto largest = run(request);
  ASSERT_TRUE(largest.ok()) << largest.error().message;
  EXPECT_EQ(largest->faceCount, 2);
  EXPECT_GT(largest->faceBox.x, 256);
  EXPECT_TRUE(hasNote(*largest, "2 faces"));

  request.setup.faceIndex = 1;
  request.output.path = dir_.file("b.mp4");
  auto other = run(request);
  ASSERT_TRUE(other.ok()) << other.error().message;
  EXPECT_LT(other->faceBox.x + other->faceBox.width, 256);

  request.setup.faceIndex = 5;
  request.output.path = dir_.file("c.mp4");
  expectFailure(run(request), "face index 5 out of range: 2 faces found (0-1)");
  EXPECT_FALSE(fs::exists(dir_.file("c.mp4")));
}

TEST_F(ProjectJobInput, DriverLosingTheFaceForASecondStillRenders) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string d0 = media("driving/liveportrait-d0.mp4");
  // 2 s of d0 with its middle 0.8 s painted over in flat grey. Small frames:
  // every faceless frame costs a full-frame detection.
  const std::string gap = testing::generated(
      "gap.mp4", d0,
      "-i {in} -t 2 -vf \"scale=256:256,drawbox=x=0:y=0:w=iw:h=ih:color=gray:t=fill:enable='between(t,0.58,1.38)'\" "
      "-c:v libx264 -preset ultrafast -an {out}");
  AnimateRun request = presetRequest(portrait, dir_.file("gap.mp4"));
  request.setup.drivingPath = gap;
  request.setup.clip.presets.clear();
  auto report = run(request);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_NEAR(report->lostFrames, 20, 2);
  EXPECT_TRUE(hasNote(*report, "no face in " + std::to_string(report->lostFrames) + " of 50 driving frames"));
  EXPECT_EQ(summarize(dir_.file("gap.mp4")).frames, 50);
}

TEST_F(ProjectJobInput, TransparentPortraitIsFlattenedOntoWhite) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  // The left 40 columns are fully transparent.
  const std::string alpha = testing::generated(
      "alpha.png", portrait,
      "-i {in} -vf \"format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='if(lt(X,40),0,255)'\" {out}");
  AnimateRun request = presetRequest(alpha, dir_.file("frames"));
  testing::setFraming(request, 0, 0, false);
  request.output.format = ExportFormat::PngSequence;
  auto report = run(request);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_TRUE(hasNote(*report, "has transparency; it is flattened onto white"));
  auto frame = loadImage((dir_.path() / "frames" / sequenceFrameName(0)).string());
  ASSERT_TRUE(frame.ok());
  EXPECT_TRUE(frame->image.alpha.empty());
  const std::uint8_t* pixel = frame->image.row(100) + 3 * 10;
  EXPECT_EQ(pixel[0] + pixel[1] + pixel[2], 3 * 255);
}

TEST_F(ProjectJobInput, DestinationsThatMustNotBeWritten) {
  const std::string shared = media("portraits/liveportrait-s42.jpg");
  fs::copy_file(shared, dir_.file("portrait.jpg"));
  const std::string portrait = dir_.file("portrait.jpg");
  expectFailure(run(presetRequest(portrait, dir_.file("missing/o.mp4"))), "does not exist");
  AnimateRun self = presetRequest(portrait, portrait);
  self.output.overwrite = true;
  expectFailure(run(self), "one of the inputs");
  std::ofstream(dir_.file("mine.mp4")) << "precious";
  expectFailure(run(presetRequest(portrait, dir_.file("mine.mp4"))), "--force");
  EXPECT_EQ(testing::slurp(dir_.file("mine.mp4")), "precious");
  expectFailure(run(presetRequest(dir_.file("nobody.jpg"), dir_.file("o.mp4"))), "nobody.jpg");
  AnimateRun wrongBox = presetRequest(portrait, dir_.file("o.mp4"));
  wrongBox.output.format = ExportFormat::ProRes;
  expectFailure(run(wrongBox), "use .mov");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_.path()), fs::directory_iterator()), 2) << "no temp files";
}

TEST_F(ProjectJobInput, CorruptOrMissingDriver) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string d7 = media("driving/liveportrait-d7.mp4");
  std::ofstream(dir_.file("notes.mp4")) << "not a video";
  AnimateRun request = presetRequest(portrait, dir_.file("o.mp4"));
  request.setup.clip.presets.clear();
  request.setup.drivingPath = dir_.file("notes.mp4");
  expectFailure(run(request), "notes.mp4");
  {
    const std::string bytes = testing::slurp(d7);
    std::ofstream(dir_.file("cut.mp4"), std::ios::binary).write(bytes.data(), static_cast<long>(bytes.size() / 50));
  }
  request.setup.drivingPath = dir_.file("cut.mp4");
  request.output.path = dir_.file("cut-out.mp4");
  auto cut = run(request);
  if (cut.ok()) {
    EXPECT_TRUE(hasNote(*cut, "truncated")) << "a cut file renders what it has and says so";
  } else {
    EXPECT_NE(cut.error().message.find("cut.mp4"), std::string::npos) << cut.error().message;
  }
  request.setup.clip.referenceFrame = 100000;
  request.setup.drivingPath = testing::shortClip(d7, 0.3, false);
  request.output.path = dir_.file("o.mp4");
  expectFailure(run(request), "reference frame 100000 is outside the driving video (frames 0-8)");
  EXPECT_FALSE(fs::exists(dir_.file("o.mp4")));
}

TEST_F(ProjectJobInput, CancelLeavesNoOutput) {
  const std::string portrait = media("portraits/liveportrait-s42.jpg");
  const std::string d3 = media("driving/liveportrait-d3.mp4");
  for (JobStage stopAt : {JobStage::Tracking, JobStage::Rendering}) {
    std::atomic<bool> cancel = false;
    AnimateRun request = presetRequest(portrait, dir_.file("o.mp4"));
    if (stopAt == JobStage::Tracking) {
      request.setup.clip.presets.clear();
      request.setup.drivingPath = d3;
    } else {
      request.setup.clip.presetSeconds = 20;
    }
    int rendered = 0;
    JobCallbacks callbacks{[&](const JobProgress& p) {
                             if (p.stage == JobStage::Rendering) rendered = p.done;
                             if (p.stage == stopAt && p.done == 5) cancel = true;
                           },
                           &cancel};
    auto report = run(request, callbacks);
    expectFailure(report, kCancelledMessage);
    EXPECT_LE(rendered, 5);
    EXPECT_TRUE(fs::is_empty(dir_.path())) << "no output and no temporary file";
  }
}

}  // namespace
}  // namespace marionette
