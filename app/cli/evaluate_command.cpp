#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <vector>

#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/evaluate_report.h"
#include "app/cli/model_loading.h"
#include "app/cli/stop_signals.h"
#include "core/media/image_io.h"
#include "core/pipeline/reenactment_evaluation.h"
#include "core/render/warp_renderer.h"

namespace marionette::cli {

namespace {

constexpr const char* kUsage =
    "marionette-cli evaluate self DRIVING | cross PORTRAIT DRIVING [--every K] [--max-frames N] [--ref N] "
    "[--smooth S] | poses PORTRAIT [--yaw-limit DEG] [--pitch-limit DEG] [--step DEG]; all take [--json] "
    "[--save DIR] [--device auto|cpu|cuda] [--model DIR] [--reader PATH]";

enum class Mode { Self, Cross, Poses };

struct EvaluateCommand {
  Mode mode = Mode::Self;
  PoseSweepOptions sweep;
  std::string portrait, driving;
  EvaluateOptions options;
  DeviceChoice device = DeviceChoice::Auto;
  std::optional<std::string> saveDir, modelPath, readerPath;
  bool json = false;
};

Result<EvaluateCommand> parseCommand(const Arguments& args) {
  const auto& words = args.positionals();
  EvaluateCommand command;
  if (words.empty() || (words[0] != "self" && words[0] != "cross" && words[0] != "poses"))
    return makeError("evaluate needs a mode: 'self DRIVING', 'cross PORTRAIT DRIVING' or 'poses PORTRAIT'");
  command.mode = words[0] == "cross" ? Mode::Cross : words[0] == "poses" ? Mode::Poses : Mode::Self;
  if (command.mode == Mode::Poses) {
    if (words.size() != 2u) return makeError("evaluate poses takes one portrait");
    for (const char* clipOption : {"--every", "--max-frames", "--ref", "--smooth"})
      if (args.value(clipOption)) return makeError(std::string(clipOption) + " applies to self and cross only");
    command.portrait = words[1];
    auto yawLimit = args.number("--yaw-limit", command.sweep.yawLimit, 0, 90);
    if (!yawLimit) return yawLimit.error();
    auto pitchLimit = args.number("--pitch-limit", command.sweep.pitchLimit, 0, 90);
    if (!pitchLimit) return pitchLimit.error();
    auto step = args.number("--step", command.sweep.step, 0.5, 90);
    if (!step) return step.error();
    command.sweep = {*yawLimit, *pitchLimit, *step};
  } else {
    for (const char* sweepOption : {"--yaw-limit", "--pitch-limit", "--step"})
      if (args.value(sweepOption)) return makeError(std::string(sweepOption) + " applies to poses only");
  }
  const bool cross = command.mode == Mode::Cross;
  if (command.mode != Mode::Poses && words.size() != (cross ? 3u : 2u))
    return makeError(cross ? "evaluate cross takes a portrait and a driving video"
                           : "evaluate self takes one driving video");
  if (cross) command.portrait = words[1];
  if (command.mode != Mode::Poses) command.driving = words.back();
  auto every = args.integer("--every", 1, 1, 1000);
  if (!every) return every.error();
  auto maxFrames = args.integer("--max-frames", 0, 0, 10'000'000);
  if (!maxFrames) return maxFrames.error();
  std::optional<int> referenceFrame;
  if (auto ref = args.value("--ref"); ref && *ref != "rest") {
    auto reference = args.integer("--ref", 0, 0, 10'000'000);
    if (!reference) return makeError("option --ref expects a frame number or rest, got '" + *ref + "'");
    if (!cross) return makeError("--ref applies to cross only: self uses frame 0");
    referenceFrame = static_cast<int>(*reference);
  }
  auto smooth = args.number("--smooth", command.options.tracking.tracker.smoothing, 0, 1);
  if (!smooth) return smooth.error();
  command.options.every = *every;
  command.options.maxFrames = *maxFrames;
  command.options.referenceFrame = referenceFrame;
  command.options.tracking.tracker.smoothing = *smooth;
  if (auto device = args.value("--device")) {
    auto parsed = parseDeviceChoice(*device);
    if (!parsed) return makeError("option --device expects auto, cpu or cuda, got '" + *device + "'");
    command.device = *parsed;
  }
  command.saveDir = args.value("--save");
  command.modelPath = args.value("--model");
  command.readerPath = args.value("--reader");
  command.json = args.flag("--json");
  return command;
}

// --save takes a new or empty folder, so that no file of the user's is
// replaced. Returns whether the folder was made here.
Result<bool> prepareSaveDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::exists(dir, error)) {
    if (!fs::is_directory(dir, error)) return makeError("'" + dir + "' is not a folder");
    if (!fs::is_empty(dir, error)) return makeError("'" + dir + "' is not empty; --save needs a new or empty folder");
    return false;
  }
  const fs::path parent = fs::absolute(dir, error).parent_path();
  if (!fs::is_directory(parent, error)) return makeError("the folder of '" + dir + "' does not exist");
  if (!fs::create_directory(dir, error)) return makeError("cannot create '" + dir + "': " + error.message());
  return true;
}

// A stopped evaluation takes back the frames it saved (and the folder, if it made it).
void removeSavedFrames(const std::string& dir, const std::vector<std::string>& saved, bool madeDir) {
  std::error_code ignored;
  for (const std::string& path : saved) std::filesystem::remove(path, ignored);
  if (madeDir) std::filesystem::remove(dir, ignored);
}

Image sideBySide(const Image& left, const Image& right) {
  Image out = Image::make(left.width + right.width, std::max(left.height, right.height), 3);
  for (int y = 0; y < left.height; ++y) std::memcpy(out.row(y), left.row(y), left.stride());
  for (int y = 0; y < right.height; ++y) std::memcpy(out.row(y) + left.stride(), right.row(y), right.stride());
  return out;
}

class ProgressLine {
 public:
  ProgressLine(bool terminal, const StopSignals& stop) : terminal_(terminal), stop_(stop) {}
  // False once a stop signal arrived: the evaluation ends between frames.
  bool operator()(EvaluatePhase phase, int done, std::int64_t total) {
    if (!terminal_ || (done % 10 != 0 && done != total)) return !stop_.requested();
    const char* name = phase == EvaluatePhase::Tracking ? "tracking" : "scoring";
    std::fprintf(stderr, "\r%s: %d/%lld frames   ", name, done, static_cast<long long>(total));
    shown_ = true;
    return !stop_.requested();
  }
  ~ProgressLine() { end(); }
  // Moves off the progress line so the next message starts on its own.
  void end() {
    if (shown_) std::fprintf(stderr, "\n");
    shown_ = false;
  }

 private:
  bool terminal_;
  const StopSignals& stop_;
  bool shown_ = false;
};

}  // namespace

int runEvaluate(const std::vector<std::string>& words, const StopSignals& stop) {
  auto args = Arguments::parse(words,
                               {"--every", "--max-frames", "--ref", "--smooth", "--save", "--device", "--model",
                                "--reader", "--yaw-limit", "--pitch-limit", "--step"},
                               {"--json"});
  if (!args) return fail(kExitUsage, args.error().message + "; usage: " + kUsage);
  auto command = parseCommand(*args);
  if (!command) return fail(kExitUsage, command.error().message + "; usage: " + kUsage);
  bool madeSaveDir = false;
  if (command->saveDir) {
    auto made = prepareSaveDir(*command->saveDir);
    if (!made) return fail(kExitFailure, made.error().message);
    madeSaveDir = *made;
  }
  std::vector<std::string> savedFrames;
  auto stopped = [&] {
    if (command->saveDir) removeSavedFrames(*command->saveDir, savedFrames, madeSaveDir);
    return stop.reportStopped();
  };

  // The renderer module, the tracker and the reader start side by side, on
  // threads the main thread waits for in slices (see BackgroundWork).
  auto pendingModel = startLoadingTracker(stop, command->modelPath);
  BackgroundWork pendingReader(stop, [path = command->readerPath.value_or("")] { return loadReaderAnalyzer(path); });
  BackgroundWork pendingRenderer(stop, [device = command->device] { return createWarpRenderer({device, 2}); });
  auto startedRenderer = pendingRenderer.get();
  if (!startedRenderer) return stopped();
  if (!*startedRenderer) return fail(kExitFailure, startedRenderer->error().message);
  const std::unique_ptr<Renderer> renderer = std::move(**startedRenderer);
  auto loadedModel = pendingModel.get();
  if (!loadedModel) return stopped();
  if (!*loadedModel) return fail(kExitFailure, loadedModel->error().message);
  auto loadedReader = pendingReader.get();
  if (!loadedReader) return stopped();
  if (!*loadedReader) return fail(kExitFailure, loadedReader->error().message);
  const EvaluationModels models{**loadedModel, **loadedReader};

  std::optional<Error> saveError;
  FrameObserver observer;
  if (command->saveDir)
    observer = [&](int index, const Image& driving, const Image& rendered) {
      char name[32];
      std::snprintf(name, sizeof name, "frame-%05d.png", index);
      const std::string path = (std::filesystem::path(*command->saveDir) / name).string();
      auto saved = saveImage(sideBySide(driving, rendered), path);
      if (saved) savedFrames.push_back(path);
      if (!saved && !saveError) saveError = saved.error();
    };
  const EvaluationContext context{command->portrait, command->driving, renderer->deviceName(), command->options.every};
  std::string text;
  nlohmann::json json;
  {
    ProgressLine progress(isatty(STDERR_FILENO) != 0, stop);
    EvaluateProgress onProgress = [&progress](EvaluatePhase p, int done, std::int64_t total) {
      return progress(p, done, total);
    };
    if (command->mode == Mode::Poses) {
      auto report = evaluatePoseSweep(command->portrait, *renderer, models, command->sweep, onProgress, observer);
      progress.end();
      if (stop.requested()) return stopped();
      if (!report) return fail(kExitFailure, report.error().message);
      text = poseSweepText(*report, context);
      json = poseSweepJson(*report, context);
    } else if (command->mode == Mode::Cross) {
      auto report = evaluateCrossReenactment(command->portrait, command->driving, *renderer, models, command->options,
                                             onProgress, observer);
      progress.end();
      if (stop.requested()) return stopped();
      if (!report) return fail(kExitFailure, report.error().message);
      text = crossReportText(*report, context);
      json = crossReportJson(*report, context);
    } else {
      auto report =
          evaluateSelfReenactment(command->driving, *renderer, models, command->options, onProgress, observer);
      progress.end();
      if (stop.requested()) return stopped();
      if (!report) return fail(kExitFailure, report.error().message);
      text = selfReportText(*report, context);
      json = selfReportJson(*report, context);
    }
  }
  if (saveError) return fail(kExitFailure, "cannot save frames: " + saveError->message);
  if (!command->json)
    for (const auto& warning : json["warnings"])
      std::fprintf(stderr, "marionette-cli: warning: %s\n", warning.get<std::string>().c_str());
  std::fputs(command->json ? (json.dump(1) + "\n").c_str() : text.c_str(), stdout);
  return kExitOk;
}

}  // namespace marionette::cli
