#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/cli/commands.h"
#include "app/cli/stop_signals.h"

namespace {

constexpr const char* kHelp = R"(marionette-cli — animate a portrait with disentangled head pose and expression

commands:
  inspect IMAGE [--json] [--overlay OUT.png] [--face N] [--model DIR] [--force]
      faces, landmarks, head pose and expression channels of a still image
  extract VIDEO -o MOTION.json [--smooth S] [--face N] [--model DIR] [--force]
      per-frame head pose and expression of a driving video
  animate PORTRAIT [DRIVING] -o OUT [options]
      animate the portrait with the driver's head pose and expression, or with presets
  render PROJECT.marionette -o OUT [--frames A:B] [--format F] [--crf N] [--speed S] [--no-audio] [--force]
      render a project (from the editor or animate --save-project); --frames renders frames A..B-1
      only, so parts can render on several machines and be joined with concat
  concat PART... -o OUT [--unchecked] [--force]
      join parts rendered with --frames without re-encoding; parts from render must be one
      project's, in order, without gaps or overlaps (--unchecked joins any clips as given)
  evaluate self DRIVING | cross PORTRAIT DRIVING | poses PORTRAIT [options] [--json]
      measure the renderer on a clip: self-reenactment against the real frames (renderer
      beside the still image), or cross-reenactment: pose following, disentanglement, jitter;
      or on keyed turns of a portrait (poses), each read back by the independent reader

animate options:
  motion      --ref rest|N|auto  --absolute-pose  --pose driving|source|hold:N
              --expression driving|source|hold:N  --pose-gain G  --expression-gain G
              --regions eyes,brows,mouth  --smooth S (0-1)  --face N (portrait face)
  presets     --preset nod,shake,tilt,lookAround,blink,wink,smile,talk,browRaise
              --duration SECONDS [--fps 25|30000/1001]  (without DRIVING; with it they add on top)
  framing     --size WxH  --crop (face-centred, 512x512 unless --size)  --layout side-by-side
  output      --format mp4|png|ffv1|prores (-o FOLDER/ writes PNGs)  --crf N  --speed veryfast
              --no-audio  --device auto|cpu|cuda  --teeth-from-driver
  project     --save-project P.marionette  (writes the timeline project that reproduces the command)

evaluate options:
  --every K (score every k-th frame)  --max-frames N  --ref rest|N (cross: driver reference)
  --smooth S (driver tracking, 0-1)  --save DIR (driving | rendered PNGs, new or empty folder)
  --json  --device auto|cpu|cuda  --reader PATH (the independent reader: dlib's 68-point model,
  default /usr/share/dlib/shape_predictor_68_face_landmarks.dat)
  poses: --yaw-limit DEG (35)  --pitch-limit DEG (25)  --step DEG (5)

--model DIR    folder of the face models (MediaPipe BlazeFace, FaceMesh, Iris; default:
               $MARIONETTE_MODEL_DIR, the installed share/marionette/models, or the source
               tree's resources/models; packaging/install-models.sh installs them)
--force        replace an existing output file
)";

}  // namespace

namespace marionette::cli {

int fail(int exitCode, const std::string& message) {
  std::fprintf(stderr, "marionette-cli: %s\n", message.c_str());
  return exitCode;
}

namespace {

int runCommand(const std::string& command, const std::vector<std::string>& words, const StopSignals& stop) {
  if (command == "inspect") return runInspect(words, stop);
  if (command == "extract") return runExtract(words, stop);
  if (command == "animate") return runAnimate(words, stop);
  if (command == "evaluate") return runEvaluate(words, stop);
  if (command == "render") return runRender(words, stop);
  if (command == "concat") return runConcat(words, stop);
  return fail(kExitUsage, "unknown command '" + command + "' (try --help)");
}

}  // namespace

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
  StopSignals stop;
  const int status = runCommand(command, words, stop);
  if (stop.requested()) {
    // Work a stopped command abandoned (a model load cannot be interrupted)
    // may still run on its thread: end now rather than run static
    // destructors under it. The command has already removed its files.
    std::fflush(nullptr);
    std::_Exit(status);
  }
  return status;
}
