// `animate --save-project` and `render`: a saved project renders the same
// frames as the command that wrote it, whole or in ranges, and bad inputs
// give one line.
#include <gtest/gtest.h>

#include <sys/stat.h>

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

// marionette-cli with words built at run time (a table's case).
testing::CommandResult runCliWords(const std::vector<std::string>& words) {
  std::string line = testing::shellQuote(MARIONETTE_CLI_PATH);
  for (const std::string& word : words) line += " " + testing::shellQuote(word);
  return testing::runShell(line);
}

std::string frameName(int oneBased) {
  char name[32];
  std::snprintf(name, sizeof name, "frame_%06d.png", oneBased);
  return name;
}

int frameCount(const fs::path& folder) {
  return static_cast<int>(std::distance(fs::directory_iterator(folder), fs::directory_iterator{}));
}

// Frames [first, first + count of `part`) of `whole` against `part`, byte
// for byte; both name their files by project frame.
void expectSameFrames(const fs::path& whole, const fs::path& part, int first) {
  const int count = frameCount(part);
  ASSERT_GT(count, 0);
  for (int i = 1; i <= count; ++i) {
    ASSERT_TRUE(fs::exists(part / frameName(first + i))) << "frame " << first + i - 1 << " is not named by its number";
    ASSERT_EQ(testing::slurp(whole / frameName(first + i)), testing::slurp(part / frameName(first + i)))
        << "frame " << first + i - 1 << " differs";
  }
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
  // Files are numbered by project frame, so the ranges drop into one folder
  // as the whole sequence.
  fs::create_directory(dir.file("joined"));
  for (const char* part : {"a", "b"})
    for (const auto& entry : fs::directory_iterator(dir.file(part)))
      fs::copy_file(entry.path(), dir.path() / "joined" / entry.path().filename());
  EXPECT_EQ(frameCount(dir.file("joined")), 25);
  expectSameFrames(dir.file("animate"), dir.file("joined"), 0);
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

// Hostile destinations and project files: one line each, before any model is
// loaded (the model named here does not exist, so a late refusal would say so).
TEST(CliRender, HostileOutputsAndRenderSettingsGiveOneLineAtOnce) {
  TempDir dir;
  ASSERT_EQ(runCli({"animate", demoPortrait(), "--preset", "nod", "--duration", "1", "--crop", "--size", "64x64", "-o",
                    dir.file("out/"), "--save-project", dir.file("p.marionette")})
                .exitCode,
            0);
  const std::string project = dir.file("p.marionette"), nope = dir.file("no-model.dat");
  const std::string text = testing::slurp(dir.file("p.marionette"));
  auto damaged = [&](const std::string& name, const std::string& from, const std::string& to) {
    std::string copy = text;
    const auto at = copy.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) copy.replace(at, from.size(), to);
    std::ofstream(dir.file(name)) << copy;
    return dir.file(name);
  };
  const std::string slow = damaged("speed.marionette", "\"speed\": \"veryfast\"", "\"speed\": \"warp\"");
  const std::string odd = damaged("odd.marionette", "\"width\": 64", "\"width\": 65");
  std::ofstream(dir.file("file.jpg")) << "jpeg";
  ASSERT_EQ(::mkfifo(dir.file("pipe.mp4").c_str(), 0600), 0);
  struct Case {
    std::vector<std::string> words;
    int exitCode;
    std::string message;
  };
  // One case per line: the command, its exit status, what its one line says.
  const std::vector<Case> cases = {
      {{"render", project, "-o", dir.file("a.mp4"), "-o", dir.file("b.mp4")}, 2, "option -o/--output is given twice"},
      {{"render", project, "-o", dir.file("a.mp4"), "--output", dir.file("b.mp4")}, 2, "-o/--output is given twice"},
      {{"render", project, "-o", dir.file("x/"), "--frames", "0:5", "--frames", "5:"}, 2, "--frames is given twice"},
      {{"render", project, "-o", dir.file("out.mp4"), "--format", "png"}, 2, "but --format png writes a folder"},
      {{"render", project, "-o", dir.file("out.mkv"), "--format", "mp4"}, 2, "does not fit --format mp4"},
      {{"render", project, "-o", dir.file("x/"), "--format", "ffv1"}, 2, "is a folder, but --format ffv1"},
      {{"render", project, "-o", dir.file("file.jpg/out.mp4"), "--model", nope},
       1,
       "'" + dir.file("file.jpg") + "' is a file, not a folder"},
      {{"render", project, "-o", dir.file("file.jpg/frames/"), "--model", nope}, 1, "is a file, not a folder"},
      {{"render", project, "-o", dir.file("pipe.mp4"), "--force", "--model", nope}, 1, "it is a named pipe (FIFO)"},
      {{"render", project, "-o", dir.file("pipe.mp4"), "--model", nope}, 1, "it is a named pipe (FIFO)"},
      {{"render", project, "-o", "/dev/null", "--force", "--model", nope}, 1, "it is a character device"},
      {{"render", slow, "-o", dir.file("y.mp4"), "--model", nope}, 1, "render.speed must be one of ultrafast"},
      {{"render", odd, "-o", dir.file("y.mp4"), "--model", nope}, 1, "render.width x render.height must be even"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.words[3]);
    expectOneLineError(runCliWords(c.words), c.exitCode, c.message);
  }
  EXPECT_EQ(fs::status(dir.file("pipe.mp4")).type(), fs::file_type::fifo) << "the pipe is still there";
  EXPECT_FALSE(fs::exists(dir.file("y.mp4")));
  EXPECT_FALSE(fs::exists(dir.file("a.mp4")));
}

}  // namespace
}  // namespace marionette
