// `marionette-cli animate`: what it prints, its exit codes, and that a full
// disk or Ctrl-C leaves nothing behind.
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
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

TEST(CliAnimate, PresetDemoRendersWithoutADriver) {
  TempDir dir;
  auto r = runCli({"animate", demoPortrait(), "--preset", "nod,blink,smile,talk", "--duration", "1", "-o",
                   dir.file("demo.mp4"), "--force"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "demo.mp4: 25 frames at 25/1 fps, 512x512")) << r.out;
  EXPECT_TRUE(contains(r.out, "rendered")) << r.out;
  EXPECT_GT(fs::file_size(dir.file("demo.mp4")), 1000u);
}

TEST(CliAnimate, DriverRunReportsFramesAudioAndNotes) {
  MARIONETTE_REQUIRE_MEDIA(portrait, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MEDIA(d3, "driving/liveportrait-d3.mp4");
  TempDir dir;
  ASSERT_EQ(std::system(("ffmpeg -v error -i '" + d3 + "' -t 0.5 -c:v libx264 -preset ultrafast -c:a aac '" +
                         dir.file("d3.mp4") + "'")
                            .c_str()),
            0);
  auto r = runCli({"animate", portrait, dir.file("d3.mp4"), "-o", dir.file("out.mp4"), "--crop", "--size", "133x101",
                   "--ref", "auto", "--expression-gain", "1.5", "--regions", "mouth,eyes", "--speed", "ultrafast"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "out.mp4: 15 frames at 30/1 fps, 132x100, with the driver's audio")) << r.out;
  EXPECT_TRUE(contains(r.out, "note: output size 133x101 made even: 132x100")) << r.out;
  EXPECT_TRUE(contains(r.out, "reference frame")) << r.out;
  EXPECT_TRUE(r.err.empty()) << r.err;
}

// Every message is checked in animate_options_test; these check the form:
// one line, exit status 2, before any model is loaded.
TEST(CliAnimate, BadOptionValuesGiveOneLineAndExitTwo) {
  const std::string p = demoPortrait();
  expectOneLineError(runCli({"animate"}), 2, "animate takes a portrait and an optional driving video");
  expectOneLineError(
      runCli({"animate", p, "--preset", "nod,jump", "--duration", "2", "-o", "x.mp4"}), 2,
      "unknown preset 'jump' (valid: nod, shake, tilt, lookAround, blink, wink, smile, talk, browRaise)");
  expectOneLineError(runCli({"animate", p, p, "--crf", "60", "-o", "x.mp4"}), 2, "--crf must be between 0 and 51");
}

// The job's own tests cover every bad input in-process; these check that
// the CLI turns them into one line and exit status 1.
TEST(CliAnimate, BadInputsGiveOneLineAndExitOne) {
  TempDir dir;
  fs::copy_file(demoPortrait(), dir.file("portrait.jpg"));
  const std::string p = dir.file("portrait.jpg");
  std::ofstream(dir.file("mine.mp4")) << "precious";
  ASSERT_EQ(
      std::system(("ffmpeg -v error -f lavfi -i color=c=gray:s=320x240 -frames:v 1 " + dir.file("grey.png")).c_str()),
      0);
  const std::vector<std::string> preset = {"--preset", "nod", "--duration", "0.2"};
  auto run = [&](std::vector<std::string> words) {
    std::string line = testing::shellQuote(MARIONETTE_CLI_PATH) + " animate";
    for (const std::string& w : words) line += " " + testing::shellQuote(w);
    return testing::runShell(line);
  };
  auto with = [&](std::vector<std::string> words) {
    words.insert(words.end(), preset.begin(), preset.end());
    return words;
  };
  expectOneLineError(run(with({dir.file("nobody.jpg"), "-o", dir.file("o.mp4")})), 1, "nobody.jpg");
  expectOneLineError(run(with({p, "-o", dir.file("mine.mp4")})), 1, "already exists; pass --force");
  expectOneLineError(run(with({p, "-o", p, "--force"})), 1, "one of the inputs");
  expectOneLineError(run(with({dir.file("grey.png"), "-o", dir.file("o.mp4")})), 1, "no face found");
  EXPECT_EQ(testing::slurp(dir.file("mine.mp4")), "precious");
  EXPECT_FALSE(fs::exists(dir.file("o.mp4")));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 3) << "no temp files";
}

// The file-size limit stands in for a full disk: writes past it fail with
// EFBIG (SIGXFSZ is ignored so the process sees the error instead of dying).
TEST(CliAnimate, FullDiskFailsClearlyAndLeavesNoTemporaryFile) {
  for (const char* output : {"out.mp4", "frames/"}) {
    TempDir dir;
    const std::string line = "trap '' XFSZ; ulimit -f 16; exec " + testing::shellQuote(MARIONETTE_CLI_PATH) +
                             " animate " + testing::shellQuote(demoPortrait()) + " --preset nod --duration 0.5 -o " +
                             testing::shellQuote(dir.file(output));
    auto r = testing::runShell("bash -c " + testing::shellQuote(line));
    SCOPED_TRACE(output);
    expectOneLineError(r, 1, "File too large");
    EXPECT_TRUE(fs::is_empty(dir.path())) << "nothing left in the output folder";
  }
}

// Runs the CLI on a pseudo-terminal (so it shows progress), waits for the
// render to start, presses Ctrl-C (SIGINT) and collects everything it printed.
struct InterruptedRun {
  int exitCode = -1;
  std::string output;
};

InterruptedRun interruptWhileRendering(const std::vector<std::string>& words) {
  std::vector<char*> argv{const_cast<char*>(MARIONETTE_CLI_PATH)};
  for (const std::string& w : words) argv.push_back(const_cast<char*>(w.c_str()));
  argv.push_back(nullptr);
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    execv(MARIONETTE_CLI_PATH, argv.data());
    _exit(127);
  }
  InterruptedRun run;
  if (pid < 0) return run;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  bool interrupted = false;
  char buffer[4096];
  while (std::chrono::steady_clock::now() < deadline) {
    const ssize_t n = read(master, buffer, sizeof buffer);
    if (n <= 0) break;  // EIO once the child has exited and closed the terminal
    run.output.append(buffer, static_cast<std::size_t>(n));
    if (!interrupted && contains(run.output, "rendering: ")) {
      kill(pid, SIGINT);
      interrupted = true;
    }
  }
  if (!interrupted) kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

TEST(CliAnimate, CtrlCCancelsWithExit130AndNoOutput) {
  TempDir dir;
  auto run = interruptWhileRendering(
      {"animate", demoPortrait(), "--preset", "shake,talk", "--duration", "60", "-o", dir.file("long.mp4")});
  EXPECT_EQ(run.exitCode, 130) << run.output;
  EXPECT_TRUE(contains(run.output, "%")) << "a progress line with a percentage: " << run.output;
  EXPECT_TRUE(contains(run.output, "left")) << "and the time left: " << run.output;
  EXPECT_TRUE(contains(run.output, "\nmarionette-cli: stopped by SIGINT; no output written")) << run.output;
  EXPECT_TRUE(fs::is_empty(dir.path())) << "no output and no temporary file";
}

}  // namespace
}  // namespace marionette
