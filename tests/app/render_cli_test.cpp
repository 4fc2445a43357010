// `animate --save-project` and `render`: a saved project renders the same
// frames as the command that wrote it, whole or in ranges, and bad inputs
// give one line.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "tests/support/cli_checks.h"
#include "tests/support/run_command.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::expectOneLineError;
using testing::runCli;
using testing::TempDir;

using testing::demoPortrait;

using testing::contains;

std::string frameName(int oneBased) {
  char name[32];
  std::snprintf(name, sizeof name, "frame_%06d.png", oneBased);
  return name;
}

int frameCount(const fs::path& folder) {
  return static_cast<int>(std::distance(fs::directory_iterator(folder), fs::directory_iterator{}));
}

// Frames [first, first + count of `part`) of `whole` against `part`, byte for byte.
void expectSameFrames(const fs::path& whole, const fs::path& part, int first) {
  const int count = frameCount(part);
  ASSERT_GT(count, 0);
  for (int i = 1; i <= count; ++i)
    ASSERT_EQ(testing::slurp(whole / frameName(first + i)), testing::slurp(part / frameName(i)))
        << "frame " << first + i - 1 << " differs";
}

TEST(CliRender, PresetProjectRendersTheFramesAnimateWrote) {
  TempDir dir;
  auto animated = runCli({"animate", demoPortrait(), "--preset", "nod,blink,smile,talk", "--duration", "1", "--crop",
                          "--size", "160x160", "-o", dir.file("animate/"), "--save-project", dir.file("p.marionette")});
  ASSERT_EQ(animated.exitCode, 0) << animated.err;
  ASSERT_TRUE(fs::exists(dir.file("p.marionette")));
  auto rendered = runCli({"render", dir.file("p.marionette"), "-o", dir.file("render/")});
  ASSERT_EQ(rendered.exitCode, 0) << rendered.err;
  EXPECT_TRUE(contains(rendered.out, "25 frames at 25/1 fps, 160x160")) << rendered.out;
  EXPECT_EQ(frameCount(dir.file("render")), 25);
  expectSameFrames(dir.file("animate"), dir.file("render"), 0);

  // Ranges split the clip without overlap: 0:10 + 10: is the whole clip.
  ASSERT_EQ(runCli({"render", dir.file("p.marionette"), "-o", dir.file("a/"), "--frames", "0:10"}).exitCode, 0);
  ASSERT_EQ(runCli({"render", dir.file("p.marionette"), "-o", dir.file("b/"), "--frames", "10:"}).exitCode, 0);
  EXPECT_EQ(frameCount(dir.file("a")), 10);
  EXPECT_EQ(frameCount(dir.file("b")), 15);
  expectSameFrames(dir.file("animate"), dir.file("a"), 0);
  expectSameFrames(dir.file("animate"), dir.file("b"), 10);
}

TEST(CliRender, DriverProjectRendersTheFramesAnimateWroteWithoutTrackingAgain) {
  MARIONETTE_REQUIRE_MEDIA(portrait, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MEDIA(d3, "driving/liveportrait-d3.mp4");
  TempDir dir;
  ASSERT_EQ(std::system(("ffmpeg -v error -i '" + d3 + "' -t 0.7 -c:v libx264 -preset ultrafast -an '" +
                         dir.file("d3.mp4") + "'")
                            .c_str()),
            0);
  auto animated = runCli({"animate", portrait, dir.file("d3.mp4"), "--crop", "--size", "128x128", "--ref", "auto",
                          "--regions", "mouth,eyes", "--pose-gain", "1.3", "--teeth-from-driver", "-o",
                          dir.file("animate/"), "--save-project", dir.file("p.marionette")});
  ASSERT_EQ(animated.exitCode, 0) << animated.err;
  EXPECT_TRUE(fs::exists(dir.file("p.marionette.motion"))) << "the driver's motion is cached beside the project";
  auto rendered = runCli({"render", dir.file("p.marionette"), "-o", dir.file("part/"), "--frames", "5:15"});
  ASSERT_EQ(rendered.exitCode, 0) << rendered.err;
  EXPECT_FALSE(contains(rendered.out, "tracking took")) << "the cached motion is used: " << rendered.out;
  EXPECT_EQ(frameCount(dir.file("part")), 10);
  expectSameFrames(dir.file("animate"), dir.file("part"), 5);

  // A moved project folder still finds its media and cache.
  fs::rename(dir.path(), dir.path().string() + "-moved");
  auto moved = runCli({"render", dir.path().string() + "-moved/p.marionette", "-o",
                       dir.path().string() + "-moved/moved/", "--frames", "0:3"});
  fs::rename(dir.path().string() + "-moved", dir.path());
  ASSERT_EQ(moved.exitCode, 0) << moved.err;
  expectSameFrames(dir.file("animate"), dir.file("moved"), 0);
}

TEST(CliRender, BadInputsGiveOneLine) {
  TempDir dir;
  ASSERT_EQ(runCli({"animate", demoPortrait(), "--preset", "nod", "--duration", "1", "--crop", "--size", "64x64", "-o",
                    dir.file("out/"), "--save-project", dir.file("p.marionette")})
                .exitCode,
            0);
  const std::string project = dir.file("p.marionette");
  expectOneLineError(runCli({"render", dir.file("none.marionette"), "-o", dir.file("x/")}), 1,
                     "cannot open '" + dir.file("none.marionette") + "': No such file or directory");
  expectOneLineError(runCli({"render", project, "-o", dir.file("x/"), "--frames", "7"}), 2,
                     "option --frames expects FIRST:END such as 0:250 or 250: (END excluded), got '7'");
  expectOneLineError(runCli({"render", project, "-o", dir.file("x/"), "--frames", "9:3"}), 2,
                     "option --frames: END must be after FIRST, got '9:3'");
  expectOneLineError(runCli({"render", project, "-o", dir.file("x/"), "--frames", "20:40"}), 1,
                     "frames 20:40 are not inside the clip (0:25)");
  expectOneLineError(runCli({"render", project, project}), 2, "render takes one project file");
  expectOneLineError(runCli({"render", project}), 2, "the command needs an output (-o OUT.mp4 or -o FOLDER/)");
  expectOneLineError(runCli({"render", project, "-o", dir.file("x/"), "--size", "64x64"}), 2, "unknown option");
  expectOneLineError(runCli({"animate", demoPortrait(), "--preset", "nod", "--duration", "1", "-o", dir.file("y.mp4"),
                             "--save-project", dir.file("p.json")}),
                     2, "option --save-project expects a file name ending in .marionette, got '");
  expectOneLineError(runCli({"animate", demoPortrait(), "--preset", "nod", "--duration", "1", "-o", dir.file("y.mp4"),
                             "--save-project", project}),
                     1, "'" + project + "' already exists; pass --force to overwrite it");
  EXPECT_FALSE(fs::exists(dir.file("y.mp4")));

  std::ofstream(dir.file("broken.marionette")) << "{\"format\": \"marionette-project\", \"version\": 2, \"sett";
  expectOneLineError(
      runCli({"render", dir.file("broken.marionette"), "-o", dir.file("x/")}), 1,
      "'" + dir.file("broken.marionette") + "': the project file is not valid JSON (truncated or damaged?)");

  // The portrait moved away: relink state, reported as one line.
  fs::create_directories(dir.file("media"));
  fs::copy_file(demoPortrait(), dir.file("media/face.jpg"));
  ASSERT_EQ(runCli({"animate", dir.file("media/face.jpg"), "--preset", "nod", "--duration", "1", "--crop", "--size",
                    "64x64", "-o", dir.file("out2/"), "--save-project", dir.file("q.marionette")})
                .exitCode,
            0);
  fs::remove(dir.file("media/face.jpg"));
  expectOneLineError(runCli({"render", dir.file("q.marionette"), "-o", dir.file("x/")}), 1,
                     "portrait 'face.jpg' is missing — relink it");
}

}  // namespace
}  // namespace marionette
