// `marionette-cli concat`: joining parts of a split render, and the one line
// each kind of bad input gives.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/cli_checks.h"
#include "tests/support/run_command.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

using testing::demoPortrait;
using testing::expectOneLineError;
using testing::runCli;
using testing::TempDir;

// marionette-cli with words built at run time (a table's case).
testing::CommandResult runCliWords(const std::vector<std::string>& words) {
  std::string line = testing::shellQuote(MARIONETTE_CLI_PATH);
  for (const std::string& word : words) line += " " + testing::shellQuote(word);
  return testing::runShell(line);
}

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
  // Clips from elsewhere say nothing about what they hold: joined as given, with a note.
  EXPECT_NE(r.out.find("note: the parts carry no render information"), std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir.file("joined.mp4")));
}

// Parts of a split render say which frames of which project they hold;
// concat refuses every way they fail to make that render, one line each.
TEST(CliConcat, PartsOfASplitRenderMustTileIt) {
  TempDir dir;
  for (const char* name : {"p", "q"}) {
    ASSERT_EQ(runCli({"animate", demoPortrait(), "--preset", name == std::string("p") ? "nod" : "blink", "--duration",
                      "1", "--crop", "--size", "64x64", "-o", dir.file(std::string(name) + ".mp4"), "--save-project",
                      dir.file(std::string(name) + ".marionette")})
                  .exitCode,
              0);
  }
  auto part = [&](const std::string& project, const std::string& frames, const std::string& name) {
    auto r = runCli({"render", dir.file(project + ".marionette"), "-o", dir.file(name), "--frames", frames});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return dir.file(name);
  };
  const std::string p1 = part("p", "0:10", "p1.mp4"), p2 = part("p", "10:20", "p2.mp4");
  const std::string p3 = part("p", "20:", "p3.mp4"), late = part("p", "15:", "late.mp4");
  const std::string q2 = part("q", "10:20", "q2.mp4");
  const std::string out = dir.file("out.mp4");
  struct Case {
    std::vector<std::string> parts;
    std::string message;
  };
  // One case per line: the parts as given, what the one line says.
  const std::vector<Case> cases = {
      {{p2, p1, p3}, "the parts are out of order; give them as '" + p1 + "' '" + p2 + "' '" + p3 + "'"},
      {{p1, p3}, "frames 10-19 are missing between '" + p1 + "' and '" + p3 + "'"},
      {{p1, p2, late}, "'" + late + "' (frames 15-24) overlaps '" + p2 + "' (frames 10-19) in frames 15-19"},
      {{p1, p2, p2, p3}, "'" + p2 + "' is given twice"},
      {{p1, q2, p3}, "'" + q2 + "' is a part of another project than '" + p1 + "'"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> words = {"concat"};
    words.insert(words.end(), c.parts.begin(), c.parts.end());
    words.insert(words.end(), {"-o", out});
    expectOneLineError(runCliWords(words), 1, c.message);
  }
  EXPECT_FALSE(std::filesystem::exists(out));

  auto joined = runCli({"concat", p1, p2, p3, "-o", out});
  ASSERT_EQ(joined.exitCode, 0) << joined.err;
  EXPECT_NE(joined.out.find("3 parts -> " + out + ": 25 frames"), std::string::npos) << joined.out;
  EXPECT_EQ(joined.out.find("note:"), std::string::npos) << "the whole render, nothing to say: " << joined.out;
  auto asked = runCli({"concat", p1, q2, "-o", dir.file("mixed.mp4"), "--unchecked"});
  EXPECT_EQ(asked.exitCode, 0) << "asked to, concat joins parts of two projects: " << asked.err;
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
  expectOneLineError(runCli({"concat", a, b, "-o", dir.file("x.mp4"), "-o", dir.file("y.mp4")}), 2,
                     "option -o/--output is given twice");
  expectOneLineError(runCli({"concat", a, b, "-o", dir.file("x.mp4"), "--output", dir.file("y.mp4")}), 2,
                     "option -o/--output is given twice");
  expectOneLineError(runCli({"concat", a, b, "-o", a + "/out.mp4"}), 1, "'" + a + "' is a file, not a folder");
  EXPECT_FALSE(std::filesystem::exists(dir.file("x.mp4")));
  EXPECT_FALSE(std::filesystem::exists(dir.file("y.mp4")));
  EXPECT_FALSE(std::filesystem::exists(dir.file("out.mp4")));
}

}  // namespace
}  // namespace marionette
