#include <cstdio>
#include <string>
#include <vector>

#include "app/cli/commands.h"

namespace {

constexpr const char* kHelp = R"(marionette-cli — animate a portrait with disentangled head pose and expression

commands:
  inspect IMAGE [--json] [--overlay OUT.png] [--face N] [--model PATH] [--force]
      faces, landmarks, head pose and expression channels of a still image
  extract VIDEO -o MOTION.json [--smooth S] [--face N] [--model PATH] [--force]
      per-frame head pose and expression of a driving video

--model PATH   dlib 68-point landmark model (default: $MARIONETTE_LANDMARK_MODEL or
               /usr/share/dlib/shape_predictor_68_face_landmarks.dat)
--force        replace an existing output file
)";

}  // namespace

namespace marionette::cli {

int fail(int exitCode, const std::string& message) {
  std::fprintf(stderr, "marionette-cli: %s\n", message.c_str());
  return exitCode;
}

}  // namespace marionette::cli

int main(int argc, char** argv) {
  using namespace marionette::cli;
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    std::fputs(kHelp, words.empty() ? stderr : stdout);
    return words.empty() ? kExitUsage : kExitOk;
  }
  if (words[0] == "--version") {
    std::puts("marionette-cli 0.1.0");
    return kExitOk;
  }
  std::string command = words[0];
  words.erase(words.begin());
  if (command == "inspect") return runInspect(words);
  if (command == "extract") return runExtract(words);
  return fail(kExitUsage, "unknown command '" + command + "' (try --help)");
}
