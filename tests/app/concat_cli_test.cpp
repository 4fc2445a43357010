// `marionette-cli concat`: joining parts of a split render, and the one line
// each kind of bad input gives.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/cli_checks.h"
#include "tests/support/run_command.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

using testing::expectOneLineError;
using testing::runCli;
using testing::TempDir;

// A small H.264 clip; clips made with the same settings join without
// re-encoding, as the parts of one `render --frames` split do.
std::string makeClip(const TempDir& dir, const std::string& name, double seconds, const std::string& size = "64x48") {
  const std::string path = dir.file(name);
  const auto r = testing::runShell("ffmpeg -nostdin -v error -y -f lavfi -i testsrc=size=" + size + ":rate=25 -t " +
                                   std::to_string(seconds) + " -c:v libx264 -preset veryfast -pix_fmt yuv420p " +
                                   testing::shellQuote(path));
  EXPECT_EQ(r.exitCode, 0) << r.err;
  return path;
}

TEST(CliConcat, JoinsPartsInOrder) {
  TempDir dir;
  const std::string a = makeClip(dir, "a.mp4", 1.0), b = makeClip(dir, "b.mp4", 0.6);
  auto r = runCli({"concat", a, b, "-o", dir.file("joined.mp4")});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("2 parts"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("40 frames, 1.600 s"), std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir.file("joined.mp4")));
}

TEST(CliConcat, BadInputsGiveOneClearLine) {
  TempDir dir;
  const std::string a = makeClip(dir, "a.mp4", 0.4), b = makeClip(dir, "b.mp4", 0.4);
  const std::string big = makeClip(dir, "big.mp4", 0.4, "96x64");
  expectOneLineError(runCli({"concat", a, b}), 2, "needs an output file");
  expectOneLineError(runCli({"concat", "-o", dir.file("out.mp4")}), 2, "needs the parts");
  expectOneLineError(runCli({"concat", a, b, "-o", dir.file("out.mp4"), "--fast"}), 2, "--fast");
  expectOneLineError(runCli({"concat", a, dir.file("missing.mp4"), "-o", dir.file("out.mp4")}), 1, "missing.mp4");
  expectOneLineError(runCli({"concat", a, big, "-o", dir.file("out.mp4")}), 1, "its video is 96x64, not 64x48");
  expectOneLineError(runCli({"concat", a, b, "-o", b, "--force"}), 1, "one of the inputs");
  expectOneLineError(runCli({"concat", a, b, "-o", a}), 1, "one of the inputs");
  expectOneLineError(runCli({"concat", a, b, "-o", dir.file("nowhere/out.mp4")}), 1, "nowhere");
  EXPECT_FALSE(std::filesystem::exists(dir.file("out.mp4")));
}

}  // namespace
}  // namespace marionette
