// End-to-end export cost, measured from outside the process as a user meets
// it: `marionette-cli animate` (decode, track, render, encode with x264
// veryfast, audio copy) on a 512x512, 30 fps shared clip, next to a plain
// `ffmpeg -c:v libx264 -preset veryfast` transcode of the same clip run in
// turn with it, so the ratio holds even when the machine's speed drifts.
// Then memory against video length: the same export from a 10 s driver and a
// long one (default 10 minutes) made by looping the shared clip.
//
// usage: bench_animate [SHARED_MEDIA_DIR] [--runs N] [--long-seconds S] [--no-long]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

int fail(const std::string& message) {
  std::fprintf(stderr, "bench_animate: %s\n", message.c_str());
  return 1;
}

struct ProcessCost {
  double wallSeconds = 0;
  double peakMiB = 0;
};

// Runs a command (no shell) with its output discarded; nullopt if it could
// not start or did not exit with 0.
std::optional<ProcessCost> runTimed(const std::vector<std::string>& command) {
  std::vector<char*> argv;
  for (const std::string& word : command) argv.push_back(const_cast<char*>(word.c_str()));
  argv.push_back(nullptr);
  std::fflush(stdout);  // or the child would print the parent's pending lines again
  const auto start = std::chrono::steady_clock::now();
  pid_t child = fork();
  if (child < 0) return std::nullopt;
  if (child == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) != child) return std::nullopt;
  ProcessCost cost;
  cost.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  cost.peakMiB = usage.ru_maxrss / 1024.0;  // kilobytes on Linux
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return cost;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

int frameCount(const fs::path& video) {
  std::string command =
      "ffprobe -v error -count_packets -select_streams v:0 -show_entries stream=nb_read_packets "
      "-of csv=p=0 '" +
      video.string() + "'";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return 0;
  int frames = 0;
  if (std::fscanf(pipe, "%d", &frames) != 1) frames = 0;
  pclose(pipe);
  return frames;
}

std::vector<std::string> animateCommand(const fs::path& portrait, const fs::path& driver, const fs::path& out) {
  return {MARIONETTE_CLI_PATH, "animate", portrait.string(), driver.string(), "-o", out.string(), "--force"};
}

}  // namespace

int main(int argc, char** argv) {
  fs::path media = MARIONETTE_SHARED_DIR "/media";
  int runs = 5;
  int longSeconds = 600;
  bool longClip = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else if (std::strcmp(argv[i], "--long-seconds") == 0 && i + 1 < argc)
      longSeconds = std::max(20, std::atoi(argv[++i]));
    else if (std::strcmp(argv[i], "--no-long") == 0)
      longClip = false;
    else
      media = argv[i];
  }
  const fs::path portrait = media / "portraits/liveportrait-s42.jpg";
  const fs::path driver = media / "driving/liveportrait-d3.mp4";
  for (const fs::path& p : {portrait, driver})
    if (!fs::exists(p)) return fail("not found: " + p.string());
  std::error_code error;
  const fs::path work = fs::temp_directory_path() / ("marionette-bench-" + std::to_string(getpid()));
  fs::create_directories(work, error);
  if (error) return fail("cannot create " + work.string());

  const int frames = frameCount(driver);
  std::printf("end-to-end export: %s driven by %s (%d frames, 512x512, 30 fps, AAC), %d runs each, in turn\n",
              portrait.filename().c_str(), driver.filename().c_str(), frames, runs);
  std::vector<double> animateWall, ffmpegWall, ratios, animatePeak;
  const std::vector<std::string> transcode = {"ffmpeg",
                                              "-v",
                                              "error",
                                              "-y",
                                              "-i",
                                              driver.string(),
                                              "-c:v",
                                              "libx264",
                                              "-preset",
                                              "veryfast",
                                              (work / "transcode.mp4").string()};
  for (int run = 0; run < runs; ++run) {
    auto animate = runTimed(animateCommand(portrait, driver, work / "animate.mp4"));
    if (!animate) return fail("marionette-cli animate failed");
    auto plain = runTimed(transcode);
    if (!plain) return fail("the ffmpeg transcode failed (is ffmpeg installed?)");
    animateWall.push_back(animate->wallSeconds);
    animatePeak.push_back(animate->peakMiB);
    ffmpegWall.push_back(plain->wallSeconds);
    ratios.push_back(animate->wallSeconds / plain->wallSeconds);
  }
  const double animateSeconds = median(animateWall);
  std::printf("  animate (whole process, model load included): %.2f s, %.1f frames/s, peak %.0f MiB\n", animateSeconds,
              frames / animateSeconds, median(animatePeak));
  std::printf("  ffmpeg -c:v libx264 -preset veryfast:          %.2f s, %.1f frames/s\n", median(ffmpegWall),
              frames / median(ffmpegWall));
  std::printf("  ratio animate / transcode (median of pairs):   %.2f (min %.2f, max %.2f)\n", median(ratios),
              *std::min_element(ratios.begin(), ratios.end()), *std::max_element(ratios.begin(), ratios.end()));

  if (longClip) {
    std::printf("memory against driver length (same portrait, same settings):\n");
    for (int seconds : {10, longSeconds}) {
      const fs::path looped = work / ("driver-" + std::to_string(seconds) + "s.mp4");
      auto made = runTimed({"ffmpeg", "-v", "error", "-y", "-stream_loop", "-1", "-i", driver.string(), "-t",
                            std::to_string(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
                            looped.string()});
      if (!made) return fail("could not make the looped driver " + looped.string());
      auto cost = runTimed(animateCommand(portrait, looped, work / "long.mp4"));
      if (!cost) return fail("marionette-cli animate failed on " + looped.string());
      std::printf("  %4d s driver (%6d frames): peak %.0f MiB, %.1f s\n", seconds, frameCount(looped), cost->peakMiB,
                  cost->wallSeconds);
      fs::remove(looped, error);
    }
  }
  fs::remove_all(work, error);
  return 0;
}
