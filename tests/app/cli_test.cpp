// The headless CLI's behaviour on good and bad input: exit codes and the one
// line a failure prints.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "tests/support/cli_checks.h"
#include "tests/support/run_command.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

using testing::expectOneLineError;
using testing::runCli;
using testing::TempDir;

using testing::demoPortrait;

void writeText(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

TEST(CliInspect, DemoPortraitGivesPoseExpressionAndAnOverlay) {
  TempDir dir;
  auto r = runCli({"inspect", demoPortrait(), "--json", "--overlay", dir.file("overlay.png")});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["faces"].size(), 1u);
  EXPECT_EQ(json["faces"][0]["landmarks"].size(), 68u);
  EXPECT_LT(std::abs(json["pose"]["yaw"].get<double>()), 25);
  EXPECT_LT(std::abs(json["pose"]["roll"].get<double>()), 20);
  EXPECT_GT(json["expression"]["channels"]["smileL"].get<double>(), 0.1) << "the astronaut smiles";
  EXPECT_GT(std::filesystem::file_size(dir.file("overlay.png")), 1000u);
}

TEST(CliInspect, TextOutputNamesEveryChannel) {
  auto r = runCli({"inspect", demoPortrait()});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  for (const char* word : {"yaw", "pitch", "roll", "tx", "ty", "scale", "jawOpen", "blinkL", "eyeWide", "landmarks"})
    EXPECT_NE(r.out.find(word), std::string::npos) << word;
}

TEST(CliInspect, BadInputsGiveOneClearLine) {
  TempDir dir;
  writeText(dir.file("notes.txt"), "not an image at all\n");
  expectOneLineError(runCli({"inspect", dir.file("missing.jpg")}), 1, "missing.jpg");
  expectOneLineError(runCli({"inspect", dir.file("notes.txt")}), 1, "not an image");
  expectOneLineError(runCli({"inspect"}), 2, "inspect takes one image");
  expectOneLineError(runCli({"inspect", demoPortrait(), "--bogus"}), 2, "unknown option '--bogus'");
  expectOneLineError(runCli({"inspect", demoPortrait(), "--face"}), 2, "--face needs a value");
  expectOneLineError(runCli({"inspect", demoPortrait(), "--face", "two"}), 2, "expects a whole number");
  expectOneLineError(runCli({"inspect", demoPortrait(), "--face", "3"}), 1, "out of range");
  expectOneLineError(runCli({"inspect", demoPortrait(), "--model", dir.file("nope")}), 1,
                     "the face model folder '" + dir.file("nope") + "' does not exist: install them with");
  writeText(dir.file("garbage.dat"), std::string(5000, 'x'));
  expectOneLineError(runCli({"inspect", demoPortrait(), "--model", dir.file("garbage.dat")}), 1,
                     "the face model folder '" + dir.file("garbage.dat") + "' is not a folder");
  // A folder of models where one file was cut short, and one where a file was changed.
  std::filesystem::create_directory(dir.file("models"));
  const std::string installed = testing::sourceFile("resources/models");
  for (const auto& entry : std::filesystem::directory_iterator(installed))
    std::filesystem::copy_file(entry.path(), dir.file("models") + "/" + entry.path().filename().string());
  std::filesystem::resize_file(dir.file("models/facemesh.bin"), 1000);
  expectOneLineError(runCli({"inspect", demoPortrait(), "--model", dir.file("models")}), 1,
                     "facemesh.bin' is truncated (1000 of 1477958 bytes)");
  {
    std::fstream json(dir.file("models/iris.json"), std::ios::in | std::ios::out | std::ios::binary);
    json.seekp(100);
    json.put('#');
  }
  std::filesystem::copy_file(installed + "/facemesh.bin", dir.file("models/facemesh.bin"),
                             std::filesystem::copy_options::overwrite_existing);
  expectOneLineError(runCli({"inspect", demoPortrait(), "--model", dir.file("models")}), 1,
                     "iris.json' has changed (its SHA-256 is not the pinned one)");
  expectOneLineError(runCli({"frobnicate"}), 2, "unknown command 'frobnicate'");
}

TEST(CliInspect, ImageWithoutAFaceIsAClearError) {
  TempDir dir;
  // A flat grey PNG written by the CLI's own overlay path would need a face; use ffmpeg to make one.
  ASSERT_EQ(
      std::system(("ffmpeg -v error -f lavfi -i color=c=gray:s=320x240 -frames:v 1 " + dir.file("grey.png")).c_str()),
      0);
  expectOneLineError(runCli({"inspect", dir.file("grey.png")}), 1, "no face found");
}

TEST(CliInspect, OverlayNeverReplacesTheInputOrAnExistingFile) {
  TempDir dir;
  std::filesystem::copy_file(demoPortrait(), dir.file("portrait.jpg"));
  auto before = std::filesystem::file_size(dir.file("portrait.jpg"));
  expectOneLineError(runCli({"inspect", dir.file("portrait.jpg"), "--overlay", dir.file("portrait.jpg"), "--force"}), 1,
                     "one of the inputs");
  EXPECT_EQ(std::filesystem::file_size(dir.file("portrait.jpg")), before);
  writeText(dir.file("mine.png"), "precious");
  expectOneLineError(runCli({"inspect", dir.file("portrait.jpg"), "--overlay", dir.file("mine.png")}), 1,
                     "already exists");
  EXPECT_EQ(testing::slurp(dir.file("mine.png")), "precious");
  expectOneLineError(runCli({"inspect", dir.file("portrait.jpg"), "--overlay", dir.file("no/such/dir/o.png")}), 1,
                     "does not exist");
}

TEST(CliExtract, WritesPerFrameMotionForADrivingClip) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d0.mp4");
  TempDir dir;
  auto r = runCli({"extract", clip, "-o", dir.file("motion.json"), "--smooth", "0.3"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto json = nlohmann::json::parse(testing::slurp(dir.file("motion.json")));
  ASSERT_EQ(json["frames"].size(), 78u);
  EXPECT_EQ(json["frameRate"], nlohmann::json({25, 1}));
  const auto& f = json["frames"][40];
  for (const char* key : {"time", "pose", "expression", "confidence", "faceLost"}) EXPECT_TRUE(f.contains(key)) << key;
  EXPECT_EQ(f["expression"]["code"].size(), 138u) << "68 displacements, then gaze";
  EXPECT_NEAR(f["time"].get<double>(), 40 / 25.0, 1e-9);
  EXPECT_EQ(json["lostFrames"], 0);
}

TEST(CliExtract, BadInputsGiveOneClearLine) {
  TempDir dir;
  writeText(dir.file("notes.txt"), "hello");
  writeText(dir.file("empty.mp4"), "");
  expectOneLineError(runCli({"extract", dir.file("missing.mp4"), "-o", dir.file("m.json")}), 1, "missing.mp4");
  expectOneLineError(runCli({"extract", dir.file("notes.txt"), "-o", dir.file("m.json")}), 1, "notes.txt");
  expectOneLineError(runCli({"extract", dir.file("empty.mp4"), "-o", dir.file("m.json")}), 1, "empty.mp4");
  expectOneLineError(runCli({"extract", dir.file("notes.txt")}), 2, "needs an output file");
  expectOneLineError(runCli({"extract", dir.file("notes.txt"), "-o", dir.file("m.json"), "--smooth", "7"}), 2,
                     "between 0 and 1");
  expectOneLineError(runCli({"extract", dir.file("notes.txt"), "-o", dir.file("nodir/m.json")}), 1, "does not exist");
  // Outputs: a value option once, a path through a file named as a file, never a pipe replaced.
  expectOneLineError(runCli({"extract", dir.file("notes.txt"), "-o", dir.file("a.json"), "-o", dir.file("b.json")}), 2,
                     "option -o/--output is given twice");
  expectOneLineError(
      runCli({"extract", dir.file("notes.txt"), "-o", dir.file("m.json"), "--smooth", "0.1", "--smooth", "0.2"}), 2,
      "option --smooth is given twice ('0.1' and '0.2')");
  expectOneLineError(runCli({"extract", dir.file("notes.txt"), "-o", dir.file("notes.txt/m.json")}), 1,
                     "'" + dir.file("notes.txt") + "' is a file, not a folder");
  ASSERT_EQ(::mkfifo(dir.file("pipe.json").c_str(), 0600), 0);
  expectOneLineError(runCli({"extract", dir.file("notes.txt"), "-o", dir.file("pipe.json"), "--force"}), 1,
                     "it is a named pipe (FIFO)");
  expectOneLineError(
      runCli({"inspect", demoPortrait(), "--overlay", dir.file("a.png"), "--overlay", dir.file("b.png")}), 2,
      "option --overlay is given twice");
  // A still image is not a video.
  expectOneLineError(runCli({"extract", demoPortrait(), "-o", dir.file("m.json")}), 1, "portrait.jpg");
  EXPECT_FALSE(std::filesystem::exists(dir.file("m.json")));
}

TEST(CliExtract, TruncatedVideoAndFacelessVideoAreReported) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d7.mp4");
  TempDir dir;
  {
    std::string bytes = testing::slurp(clip);
    std::ofstream(dir.file("cut.mp4"), std::ios::binary).write(bytes.data(), static_cast<long>(bytes.size() / 50));
  }
  auto cut = runCli({"extract", dir.file("cut.mp4"), "-o", dir.file("cut.json")});
  EXPECT_NE(cut.exitCode, 0);
  EXPECT_EQ(testing::lineCount(cut.err), 1) << cut.err;
  ASSERT_EQ(std::system(("ffmpeg -v error -f lavfi -i color=c=blue:s=160x120:r=10 -t 1 -pix_fmt yuv420p " +
                         dir.file("blue.mp4"))
                            .c_str()),
            0);
  expectOneLineError(runCli({"extract", dir.file("blue.mp4"), "-o", dir.file("blue.json")}), 1, "no face found");
  EXPECT_FALSE(std::filesystem::exists(dir.file("blue.json")));
}

}  // namespace
}  // namespace marionette
