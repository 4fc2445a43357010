// The one service that turns a project's media into what rendering needs:
// it analyses the face the project names and tracks the driver with the
// project's smoothing, whoever calls it (CLI, render, editor).
#include "core/pipeline/project_media.h"

#include <gtest/gtest.h>

#include "core/timeline/motion_at.h"
#include "tests/core/pipeline/project_job_fixtures.h"

namespace marionette {
namespace {

class ProjectMediaTest : public testing::AnimateFixture {
 protected:
  // A small face on the left (face 1) and a large one on the right (face 0).
  std::string twoFaces() {
    const std::string left = testing::generated("left.png", media("portraits/liveportrait-s42.jpg"),
                                                "-i {in} -vf scale=256:256,pad=256:512:0:128 {out}");
    return testing::generated("two.png", left,
                              "-i {in} -i '" + media("portraits/liveportrait-s7.jpg") +
                                  "' -filter_complex '[1]scale=512:512[r];[0][r]hstack' {out}");
  }
};

TEST_F(ProjectMediaTest, ThePortraitIsAnalysedAtTheProjectsFace) {
  timeline::PortraitMedia portrait;
  portrait.file = mediaRefFor(twoFaces());
  ASSERT_NE(portrait.file.contentHash, 0u);
  auto largest = preparePortrait(portrait, model_);
  ASSERT_TRUE(largest.ok()) << largest.error().message;
  portrait.faceIndex = 1;
  auto other = preparePortrait(portrait, model_);
  ASSERT_TRUE(other.ok()) << other.error().message;
  EXPECT_EQ(largest->faceCount, 2);
  EXPECT_GT(largest->faceBox.x, 256) << "face 0 is the large one on the right";
  EXPECT_LT(other->faceBox.x + other->faceBox.width, 256) << "face 1 is the small one on the left";
  EXPECT_LT(other->source.landmarks[30].x, 256);
  EXPECT_EQ(other->key, (PortraitKey{portrait.file.path, portrait.file.contentHash, 1}));
  bool noted = false;
  for (const std::string& note : other->notes) noted = noted || note.find("2 faces") != std::string::npos;
  EXPECT_TRUE(noted);

  portrait.faceIndex = 4;
  auto missing = preparePortrait(portrait, model_);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("two.png"), std::string::npos) << "errors name the file";
  EXPECT_NE(missing.error().message.find("face index 4 out of range"), std::string::npos);
}

// The renderer starts from the project's own stored analysis, so it and
// motionAt never disagree about where the face is.
TEST_F(ProjectMediaTest, AStoredAnalysisIsWhatTheRendererStartsFrom) {
  timeline::PortraitMedia portrait;
  portrait.file = mediaRefFor(media("portraits/liveportrait-s42.jpg"));
  auto analysed = preparePortrait(portrait, model_);
  ASSERT_TRUE(analysed.ok());
  Motion stored = analysed->source.motion;
  stored.pose.tx += 0.01;
  portrait.motion = stored;
  auto prepared = preparePortrait(portrait, model_);
  ASSERT_TRUE(prepared.ok());
  EXPECT_TRUE(timeline::sameMotion(prepared->source.motion, stored));
}

TEST_F(ProjectMediaTest, TheDriverIsTrackedWithTheProjectsSmoothing) {
  const std::string clip = testing::shortClip(media("driving/liveportrait-d0.mp4"), 1.0, false);
  ASSERT_FALSE(clip.empty());
  timeline::DriverMedia raw{mediaRefFor(clip), 0.0, nullptr};
  timeline::DriverMedia smooth{mediaRefFor(clip), 0.9, nullptr};
  auto a = trackDriver(raw, model_);
  auto b = trackDriver(smooth, model_);
  auto again = trackDriver(raw, model_);
  ASSERT_TRUE(a.ok() && b.ok() && again.ok());
  ASSERT_EQ(a->motion->frames.size(), b->motion->frames.size());
  // Frame-to-frame change of the expression code: smoothing must reduce it.
  auto wobble = [](const MotionTrack& track) {
    double sum = 0;
    for (std::size_t i = 1; i < track.frames.size(); ++i)
      for (int d = 0; d < kExpressionDims; ++d)
        sum += std::abs(track.frames[i].motion.expression.values[d] - track.frames[i - 1].motion.expression.values[d]);
    return sum;
  };
  EXPECT_LT(wobble(*b->motion), 0.9 * wobble(*a->motion)) << "smoothing 0.9 tracked more steadily than 0";
  for (std::size_t i = 0; i < a->motion->frames.size(); ++i)
    ASSERT_TRUE(timeline::sameMotion(a->motion->frames[i].motion, again->motion->frames[i].motion))
        << "the same settings track the same motion (frame " << i << ")";
  EXPECT_NE(driverKey(raw), driverKey(smooth)) << "so the motion cache keys them apart";
}

TEST_F(ProjectMediaTest, AdoptedMotionSetsTheClipsLengthAndRate) {
  timeline::Project project;
  project.settings.frameCount = 500;
  project.settings.referenceFrame = 400;
  project.driver = timeline::DriverMedia{};
  auto track = std::make_shared<MotionTrack>();
  track->frameRate = Rational(30000, 1001);
  track->frames.resize(120);
  const std::vector<std::string> notes = adoptDriverMotion(project, track);
  EXPECT_EQ(project.settings.frameCount, 120);
  EXPECT_EQ(project.settings.frameRate, Rational(30000, 1001));
  EXPECT_EQ(project.settings.referenceFrame, 119);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("now has 120 frames (the project had 500)"), std::string::npos);
  EXPECT_EQ(mediaRefFor("/no/such/file.mp4").contentHash, 0u);
}

}  // namespace
}  // namespace marionette
