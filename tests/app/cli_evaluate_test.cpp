// `marionette-cli evaluate`: its tables and JSON on a short stretch of a
// real clip, and the one line each bad command line or input gives.
#include <gtest/gtest.h>

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

TEST(CliEvaluate, SelfReportsJsonAndSavesDrivingBesideRenderedFrames) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d0.mp4");
  TempDir dir;
  const std::string frames = dir.file("frames");
  auto r = runCli({"evaluate", "self", clip, "--every", "13", "--max-frames", "40", "--json", "--save", frames});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["mode"], "self");
  EXPECT_EQ(report["framesRead"], 40);
  EXPECT_EQ(report["framesScored"], 3);
  ASSERT_EQ(report["frames"].size(), 3u);
  EXPECT_EQ(report["frames"][0]["index"], 13);
  EXPECT_LT(report["renderer"]["nme"]["mean"].get<double>(), report["still"]["nme"]["mean"].get<double>());
  EXPECT_EQ(report["checks"]["facelessFrames"], 0);
  for (const char* name : {"frame-00013.png", "frame-00026.png", "frame-00039.png"})
    EXPECT_TRUE(std::filesystem::exists(frames + "/" + name)) << name;
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(frames), std::filesystem::directory_iterator()), 3);
  // The folder now holds frames: a second run must not write over them.
  expectOneLineError(runCli({"evaluate", "self", clip, "--save", frames}), 1, "not empty");
}

TEST(CliEvaluate, CrossPrintsPoseFollowingDisentanglementAndStability) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d0.mp4");
  auto r = runCli({"evaluate", "cross", demoPortrait(), clip, "--every", "20", "--device", "cpu"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  for (const char* word :
       {"cross-reenactment: portrait.jpg driven by liveportrait-d0.mp4", "4 of 78 frames scored", "yaw", "pitch",
        "roll", "correlation", "pose-only expression drift", "expression-only pose drift", "most off (output / still)",
        ", gain ", "jitter", "shake", "0 render failures"})
    EXPECT_NE(r.out.find(word), std::string::npos) << word << " in:\n" << r.out;
}

// The demo portrait turned through a small sweep: every keyed pose is read
// back by the independent reader, and its turns come out in order.
TEST(CliEvaluate, PosesSweepsKeyedTurnsAndReadsThemBack) {
  TempDir dir;
  const std::string frames = dir.file("frames");
  auto r = runCli({"evaluate", "poses", demoPortrait(), "--yaw-limit", "10", "--pitch-limit", "5", "--step", "5",
                   "--json", "--save", frames, "--device", "cpu"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["mode"], "poses");
  ASSERT_EQ(report["frames"].size(), 8u) << "yaw -10..10 and pitch -5..5 in steps of 5";
  EXPECT_EQ(report["yaw"]["requested"], 5);
  EXPECT_EQ(report["yaw"]["found"], 5);
  EXPECT_EQ(report["pitch"]["found"], 3);
  EXPECT_GT(report["yaw"]["slope"].get<double>(), 0.5) << "turns come out as turns, in order";
  EXPECT_EQ(report["frames"][0]["requested"]["yaw"], -10.0);
  EXPECT_EQ(report["checks"]["facelessFrames"], 0);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(frames), std::filesystem::directory_iterator()), 8);

  auto text = runCli({"evaluate", "poses", demoPortrait(), "--yaw-limit", "5", "--pitch-limit", "0"});
  ASSERT_EQ(text.exitCode, 0) << text.err;
  for (const char* word :
       {"pose sweep: portrait.jpg (4 keyed poses", "faces found", "slope", "worst error", "0 render failures"})
    EXPECT_NE(text.out.find(word), std::string::npos) << word << " in:\n" << text.out;
}

TEST(CliEvaluate, BadCommandLinesGiveOneClearLine) {
  expectOneLineError(runCli({"evaluate"}), 2, "evaluate needs a mode");
  expectOneLineError(runCli({"evaluate", "sideways", "a.mp4"}), 2, "evaluate needs a mode");
  expectOneLineError(runCli({"evaluate", "self"}), 2, "evaluate self takes one driving video");
  expectOneLineError(runCli({"evaluate", "cross", demoPortrait()}), 2, "takes a portrait and a driving video");
  expectOneLineError(runCli({"evaluate", "self", "a.mp4", "--every", "0"}), 2, "between 1 and 1000");
  expectOneLineError(runCli({"evaluate", "self", "a.mp4", "--ref", "3"}), 2, "--ref applies to cross only");
  expectOneLineError(runCli({"evaluate", "self", "a.mp4", "--device", "tpu"}), 2, "expects auto, cpu or cuda");
  expectOneLineError(runCli({"evaluate", "self", "a.mp4", "--bogus"}), 2, "unknown option '--bogus'");
  expectOneLineError(runCli({"evaluate", "poses"}), 2, "evaluate poses takes one portrait");
  expectOneLineError(runCli({"evaluate", "poses", "a.jpg", "b.jpg"}), 2, "evaluate poses takes one portrait");
  expectOneLineError(runCli({"evaluate", "poses", "a.jpg", "--every", "2"}), 2,
                     "--every applies to self and cross only");
  expectOneLineError(runCli({"evaluate", "poses", "a.jpg", "--step", "0"}), 2, "--step");
  expectOneLineError(runCli({"evaluate", "poses", "a.jpg", "--yaw-limit", "120"}), 2, "--yaw-limit");
  expectOneLineError(runCli({"evaluate", "poses", "a.jpg", "--pitch-limit", "many"}), 2, "--pitch-limit");
  expectOneLineError(runCli({"evaluate", "self", "a.mp4", "--step", "5"}), 2, "--step applies to poses only");
}

TEST(CliEvaluate, BadInputsGiveOneClearLine) {
  TempDir dir;
  std::ofstream(dir.file("notes.txt")) << "not a video";
  expectOneLineError(runCli({"evaluate", "self", dir.file("missing.mp4")}), 1, "missing.mp4");
  expectOneLineError(runCli({"evaluate", "self", dir.file("notes.txt")}), 1, "notes.txt");
  expectOneLineError(runCli({"evaluate", "self", dir.file("notes.txt"), "--save", dir.file("no/such/dir")}), 1,
                     "does not exist");
  expectOneLineError(runCli({"evaluate", "poses", dir.file("missing.jpg")}), 1, "missing.jpg");
  expectOneLineError(runCli({"evaluate", "poses", dir.file("notes.txt")}), 1, "notes.txt");
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d0.mp4");
  ASSERT_EQ(
      std::system(("ffmpeg -v error -f lavfi -i color=c=gray:s=320x240 -frames:v 1 " + dir.file("grey.png")).c_str()),
      0);
  expectOneLineError(runCli({"evaluate", "cross", dir.file("grey.png"), clip}), 1, "no face");
  expectOneLineError(runCli({"evaluate", "poses", dir.file("grey.png")}), 1, "no face");
  expectOneLineError(runCli({"evaluate", "cross", demoPortrait(), clip, "--ref", "500"}), 1,
                     "outside the driving clip");
  expectOneLineError(runCli({"evaluate", "cross", demoPortrait(), clip, "--ref", "first"}), 2,
                     "option --ref expects a frame number or rest, got 'first'");
  // The independent reader's model, and the tracker's model folder.
  expectOneLineError(runCli({"evaluate", "self", clip, "--reader", dir.file("nope.dat")}), 1,
                     "landmark model not found: '" + dir.file("nope.dat") + "'");
  expectOneLineError(runCli({"evaluate", "self", clip, "--model", dir.file("notes.txt")}), 1,
                     "the face model folder '" + dir.file("notes.txt") + "' is not a folder");
}

}  // namespace
}  // namespace marionette
