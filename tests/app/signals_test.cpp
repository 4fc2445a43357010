// What batch schedulers and terminals do to a running marionette-cli: Ctrl-C
// (SIGINT), Slurm's, Kubernetes' and GNU parallel's SIGTERM, a closed
// terminal's SIGHUP, and SIGKILL. The real program runs as a child process;
// each test waits until the job is demonstrably working (its temporary output
// exists, or its progress line shows) before it signals, so nothing depends
// on how fast the machine is.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <thread>

#include "tests/support/cli_child.h"
#include "tests/support/run_command.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::CliChild;
using testing::demoPortrait;
using testing::TempDir;

// A preset animation long enough that no test outlives it by accident.
std::vector<std::string> longAnimation(const std::string& output) {
  return {"animate", demoPortrait(), "--preset", "shake,talk", "--duration", "120", "-o", output, "--force"};
}

std::vector<fs::path> partialsIn(const fs::path& dir) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename().string().find(".partial-") != std::string::npos) found.push_back(entry.path());
  return found;
}

bool hasPartial(const fs::path& dir) { return !partialsIn(dir).empty(); }

// Every file under `dir` (names relative to it) with its bytes.
std::map<std::string, std::string> contentsOf(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files[fs::relative(entry.path(), dir).string()] = testing::slurp(entry.path());
  return files;
}

const char* nameOf(int signal) {
  switch (signal) {
    case SIGINT:
      return "SIGINT";
    case SIGTERM:
      return "SIGTERM";
    case SIGHUP:
      return "SIGHUP";
    default:
      return "?";
  }
}

std::string stoppedLine(int signal) {
  return std::string("marionette-cli: stopped by ") + nameOf(signal) + "; no output written";
}

// The one line on stderr, the shell's status for the signal, and the time
// from the signal to the exit (printed, never asserted on beyond "it reacts").
void expectStopped(const CliChild::Ended& ended, int signal) {
  EXPECT_TRUE(ended.exited) << "ended by signal " << ended.signal << " instead of exiting";
  EXPECT_EQ(ended.exitCode, 128 + signal) << ended.err;
  EXPECT_EQ(ended.err, stoppedLine(signal) + "\n");
  EXPECT_EQ(ended.out, "");
  std::cout << "[ measured ] " << nameOf(signal) << " -> exit: " << ended.secondsSinceSignal * 1000 << " ms\n";
}

// d3 played four times (1416 frames): a tracking pass that lasts seconds.
const std::string& longDriver() {
  static TempDir dir;
  static std::string path;
  if (path.empty()) {
    const std::string d3 = testing::sharedMedia("driving/liveportrait-d3.mp4");
    if (d3.empty()) return path;
    const std::string out = dir.file("d3x4.mp4");
    const auto r = testing::runShell("ffmpeg -nostdin -v error -stream_loop 3 -i " + testing::shellQuote(d3) +
                                     " -c copy " + testing::shellQuote(out));
    if (r.exitCode == 0) path = out;
  }
  return path;
}

class StopSignal : public ::testing::TestWithParam<int> {};

// A pre-existing destination (replaced only with --force, at the very end)
// must come through a stopped job byte for byte.
TEST_P(StopSignal, AnimateStopsLeavesNothingAndKeepsTheOldOutput) {
  const int signal = GetParam();
  TempDir dir;
  std::ofstream(dir.file("out.mp4")) << "the previous render";
  CliChild child(longAnimation(dir.file("out.mp4")));
  ASSERT_TRUE(child.waitUntil([&] { return hasPartial(dir.path()); })) << child.err();
  child.signal(signal);
  expectStopped(child.wait(), signal);
  EXPECT_EQ(contentsOf(dir.path()), (std::map<std::string, std::string>{{"out.mp4", "the previous render"}}));
}

INSTANTIATE_TEST_SUITE_P(Signals, StopSignal, ::testing::Values(SIGINT, SIGTERM, SIGHUP),
                         [](const auto& info) { return std::string(nameOf(info.param)); });

// A project of presets 3000 frames (two minutes) long, made once: saved by a
// short run, then lengthened (keys past the end hold their value).
const std::string& presetProject() {
  static TempDir dir;
  static std::string project;
  if (!project.empty()) return project;
  const std::string path = dir.file("p.marionette");
  auto saved = testing::runCli({"animate", demoPortrait(), "--preset", "shake,talk", "--duration", "0.2", "-o",
                                dir.file("tiny.mp4"), "--save-project", path});
  EXPECT_EQ(saved.exitCode, 0) << saved.err;
  std::string text = testing::slurp(path);
  const std::string field = "\"frameCount\": 5,";
  const std::size_t at = text.find(field);
  EXPECT_NE(at, std::string::npos) << text;
  if (at == std::string::npos) return project;
  text.replace(at, field.size(), "\"frameCount\": 3000,");
  std::ofstream(path) << text;
  project = path;
  return project;
}

TEST(Signals, RenderToAPngSequenceStopsOnSigtermAndKeepsTheOldSequence) {
  TempDir dir;
  const std::string& project = presetProject();
  ASSERT_FALSE(project.empty());
  fs::create_directory(dir.path() / "frames");
  std::ofstream(dir.file("frames/frame_000001.png")) << "an earlier sequence";
  std::ofstream(dir.file("frames/frame_000002.png")) << "of two frames";
  const auto before = contentsOf(dir.path());

  CliChild child({"render", project, "-o", dir.file("frames/"), "--force"});
  // Frames are being written into the hidden folder.
  auto working = [&] {
    for (const fs::path& partial : partialsIn(dir.path()))
      if (fs::is_directory(partial) && !fs::is_empty(partial)) return true;
    return false;
  };
  ASSERT_TRUE(child.waitUntil(working)) << child.err();
  child.signal(SIGTERM);
  expectStopped(child.wait(), SIGTERM);
  EXPECT_EQ(contentsOf(dir.path()), before);
  EXPECT_FALSE(hasPartial(dir.path()));
}

// extract and evaluate ignored Ctrl-C: they show progress on a terminal, so
// they run on one here and are interrupted once the progress line moves.
TEST(Signals, ExtractStopsOnCtrlCAndKeepsTheOldMotion) {
  const std::string driver = longDriver();
  if (driver.empty()) GTEST_SKIP() << "shared media not found: driving/liveportrait-d3.mp4";
  TempDir dir;
  std::ofstream(dir.file("motion.json")) << "{\"earlier\": true}";
  CliChild child({"extract", driver, "-o", dir.file("motion.json"), "--force"}, {.terminal = true});
  ASSERT_TRUE(child.waitForOutput("tracking: 20/")) << child.out();
  child.signal(SIGINT);
  const auto ended = child.wait();
  EXPECT_EQ(ended.exitCode, 130) << ended.out;
  EXPECT_TRUE(ended.out.ends_with("\r\n" + stoppedLine(SIGINT) + "\r\n"))
      << "the line after the progress: " << ended.out;
  EXPECT_EQ(contentsOf(dir.path()), (std::map<std::string, std::string>{{"motion.json", "{\"earlier\": true}"}}));
  std::cout << "[ measured ] extract, SIGINT -> exit: " << ended.secondsSinceSignal * 1000 << " ms\n";
}

TEST(Signals, EvaluateStopsOnCtrlCAndTakesBackItsSavedFrames) {
  MARIONETTE_REQUIRE_MEDIA(d3, "driving/liveportrait-d3.mp4");
  TempDir dir;
  const std::string saveDir = dir.file("scored");
  CliChild child({"evaluate", "self", d3, "--device", "cpu", "--save", saveDir}, {.terminal = true});
  // Frames are scored, and some already saved.
  ASSERT_TRUE(child.waitUntil([&] {
    return child.out().find("scoring: 10/") != std::string::npos && fs::exists(saveDir) && !fs::is_empty(saveDir);
  })) << child.out();
  child.signal(SIGINT);
  const auto ended = child.wait();
  EXPECT_EQ(ended.exitCode, 130) << ended.out;
  EXPECT_TRUE(ended.out.ends_with("\r\n" + stoppedLine(SIGINT) + "\r\n")) << ended.out;
  EXPECT_TRUE(fs::is_empty(dir.path())) << "the --save folder it made is gone";
  std::cout << "[ measured ] evaluate, SIGINT -> exit: " << ended.secondsSinceSignal * 1000 << " ms\n";
}

// concat copies packets quickly, so it joins one large part six times and
// the test freezes it (SIGSTOP) as soon as its partial appears; the SIGTERM
// then waits for it, and concat must stop at the next packet once it runs on.
TEST(Signals, ConcatStopsOnSigtermBetweenPackets) {
  TempDir dir;
  const auto made = testing::runShell(
      "ffmpeg -nostdin -v error -f lavfi -i testsrc=size=1280x720:rate=25 -t 8 -c:v libx264 -preset ultrafast "
      "-crf 0 -pix_fmt yuv420p -movflags +faststart " +
      testing::shellQuote(dir.file("a.mp4")));
  ASSERT_EQ(made.exitCode, 0) << made.err;
  std::ofstream(dir.file("joined.mp4")) << "an earlier join";
  const auto before = contentsOf(dir.path());

  std::vector<std::string> words{"concat"};
  for (int i = 0; i < 6; ++i) words.push_back(dir.file("a.mp4"));
  for (const char* word : {"-o", "--force"}) words.push_back(word);
  words.insert(words.end() - 1, dir.file("joined.mp4"));
  CliChild child(words);
  const bool working = child.waitUntil([&] { return hasPartial(dir.path()); });
  child.signal(SIGSTOP);
  const bool stillCopying = hasPartial(dir.path());
  child.signal(SIGTERM);
  child.signal(SIGCONT);
  const auto ended = child.wait();
  ASSERT_TRUE(working && stillCopying) << "the copy ended before the test could stop it; " << ended.err;
  expectStopped(ended, SIGTERM);
  EXPECT_EQ(contentsOf(dir.path()), before);
}

// The main thread used to wait for the models (and the render module) before
// it looked at the cancel flag again. The longest load left is `evaluate`'s
// independent reader, dlib's 100 MB model: the test catches the process with
// that file open — reading it — and freezes it there (SIGSTOP) so the signal
// certainly arrives mid-load.
std::string readerModelPath() {
  const char* chosen = std::getenv("MARIONETTE_LANDMARK_MODEL");
  const std::string path = chosen && *chosen ? chosen : "/usr/share/dlib/shape_predictor_68_face_landmarks.dat";
  std::error_code ec;
  const fs::path canonical = fs::canonical(path, ec);
  return ec ? std::string() : canonical.string();
}

bool hasOpen(pid_t pid, const std::string& file) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec)) {
    std::error_code linkError;
    if (fs::read_symlink(entry.path(), linkError) == file) return true;
  }
  return false;
}

bool isStopped(pid_t pid) {
  const std::string stat = testing::slurp("/proc/" + std::to_string(pid) + "/stat");
  const std::size_t name = stat.rfind(')');
  return name != std::string::npos && stat.size() > name + 2 && stat[name + 2] == 'T';
}

TEST(Signals, CtrlCDuringTheModelLoadActsAtOnce) {
  const std::string model = readerModelPath();
  if (model.empty()) GTEST_SKIP() << "no dlib landmark model installed";
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d0.mp4");
  for (int attempt = 0; attempt < 5; ++attempt) {
    TempDir dir;
    CliChild child({"evaluate", "self", clip, "--device", "cpu"});
    ASSERT_TRUE(child.waitUntil([&] { return hasOpen(child.pid(), model); })) << child.err();
    child.signal(SIGSTOP);
    ASSERT_TRUE(child.waitUntil([&] { return isStopped(child.pid()); }));
    if (!hasOpen(child.pid(), model)) continue;  // the load ended just before the freeze: try again
    child.signal(SIGINT);
    child.signal(SIGCONT);
    const auto ended = child.wait();
    expectStopped(ended, SIGINT);
    // A bound that only says "it reacts": before, the command finished the
    // load and started the job first (0.9 s here idle, over 3 s on a busy machine).
    EXPECT_LT(ended.secondsSinceSignal, 2.0);
    EXPECT_TRUE(fs::is_empty(dir.path()));
    return;
  }
  FAIL() << "never caught the model load in progress";
}

// nohup (and a shell's background job) ignore SIGHUP on purpose; the
// handler must not undo that.
TEST(Signals, AnIgnoredHangupStaysIgnored) {
  TempDir dir;
  const std::string& project = presetProject();
  ASSERT_FALSE(project.empty());
  CliChild child({"render", project, "-o", dir.file("out.mp4"), "--frames", "0:40"}, {.ignoredSignals = {SIGHUP}});
  if (child.waitUntil([&] { return hasPartial(dir.path()); })) child.signal(SIGHUP);
  const auto ended = child.wait();
  EXPECT_EQ(ended.exitCode, 0) << ended.err;
  EXPECT_TRUE(fs::exists(dir.file("out.mp4")));
  EXPECT_FALSE(hasPartial(dir.path()));
}

// SIGKILL cannot be caught: the partial stays. The next run writing the same
// output removes it (and says so), but never the partial of a job that is
// still running — here one frozen with SIGSTOP, alive but not progressing.
class KilledRun : public ::testing::TestWithParam<std::string> {};

TEST_P(KilledRun, NextRunRemovesTheStalePartialButNotALiveJobs) {
  TempDir dir;
  const std::string& project = presetProject();
  ASSERT_FALSE(project.empty());
  const std::string output = dir.file(GetParam());
  auto partials = [&] { return partialsIn(dir.path()); };

  CliChild killed({"render", project, "-o", output});
  ASSERT_TRUE(killed.waitUntil([&] { return partials().size() == 1; })) << killed.err();
  killed.killAndReap();
  const std::vector<fs::path> stale = partials();
  ASSERT_EQ(stale.size(), 1u) << "SIGKILL leaves the partial";

  CliChild live({"render", project, "-o", output, "--force"});
  ASSERT_TRUE(live.waitUntil([&] { return partials().size() == 1 && partials() != stale; })) << live.err();
  live.signal(SIGSTOP);
  const std::vector<fs::path> livePartial = partials();
  const std::string kind = GetParam().ends_with("/") ? "folder" : "file";
  EXPECT_EQ(live.err(), "marionette-cli: note: removed 1 stale partial " + kind + " left by an interrupted run: '" +
                            stale.front().string() + "'\n");

  auto next = testing::runCli({"render", project, "-o", output, "--frames", "0:3", "--force"});
  EXPECT_EQ(next.exitCode, 0) << next.err;
  EXPECT_EQ(next.err, "") << "nothing stale to remove";
  EXPECT_EQ(partials(), livePartial) << "the frozen job's partial survives";

  live.signal(SIGTERM);
  live.signal(SIGCONT);
  const auto ended = live.wait();
  EXPECT_EQ(ended.exitCode, 143);
  EXPECT_TRUE(ended.err.ends_with("'\n" + stoppedLine(SIGTERM) + "\n")) << "after the note: " << ended.err;
  EXPECT_TRUE(partials().empty());
  EXPECT_TRUE(fs::exists(output));
}

INSTANTIATE_TEST_SUITE_P(Signals, KilledRun, ::testing::Values("out.mp4", "frames/"),
                         [](const auto& info) { return std::string(info.param == "out.mp4" ? "Mp4" : "PngSequence"); });

}  // namespace
}  // namespace marionette
