#include <unistd.h>

#include <cstdio>

#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/model_loading.h"
#include "app/cli/stale_partials.h"
#include "core/base/atomic_file.h"
#include "core/motion/motion_json.h"
#include "core/pipeline/track_video.h"

namespace marionette::cli {

namespace {

constexpr const char* kUsage =
    "marionette-cli extract VIDEO -o MOTION.json [--smooth S] [--face N] [--model DIR] [--force]";

}  // namespace

int runExtract(const std::vector<std::string>& words, const StopSignals& stop) {
  auto args = Arguments::parse(words, {"-o", "--output", "--smooth", "--face", "--model"}, {"--force"});
  if (!args) return fail(kExitUsage, args.error().message + "; usage: " + kUsage);
  if (args->positionals().size() != 1)
    return fail(kExitUsage, std::string("extract takes one video; usage: ") + kUsage);
  auto output = args->value("-o") ? args->value("-o") : args->value("--output");
  if (!output) return fail(kExitUsage, std::string("extract needs an output file (-o MOTION.json); usage: ") + kUsage);
  auto smooth = args->number("--smooth", 0.5, 0, 1);
  if (!smooth) return fail(kExitUsage, smooth.error().message);
  auto faceIndex = args->integer("--face", 0, 0, 1000);
  if (!faceIndex) return fail(kExitUsage, faceIndex.error().message);
  const std::string& video = args->positionals()[0];
  if (auto ok = checkOutputPath(*output, args->flag("--force"), {video}); !ok)
    return fail(kExitFailure, ok.error().message);

  removeStalePartialsOf(*output);

  auto model = startLoadingTracker(stop, args->value("--model")).get();
  if (!model) return stop.reportStopped();
  if (!*model) return fail(kExitFailure, model->error().message);
  TrackVideoOptions options;
  options.tracker.smoothing = *smooth;
  options.tracker.faceIndex = *faceIndex;
  const bool terminal = isatty(STDERR_FILENO);
  auto progress = [terminal, &stop](int done, std::int64_t total) {
    if (terminal && (done % 10 == 0 || done == total)) {
      if (total > 0)
        std::fprintf(stderr, "\rtracking: %d/%lld frames (%d%%)", done, static_cast<long long>(total),
                     static_cast<int>(100.0 * done / total));
      else
        std::fprintf(stderr, "\rtracking: %d frames", done);
    }
    return !stop.requested();
  };
  TrackVideoReport report;
  auto track = trackVideo(video, **model, options, progress, &report);
  if (terminal) std::fprintf(stderr, "\n");
  if (stop.requested()) return stop.reportStopped();
  if (!track) return fail(kExitFailure, track.error().message);

  nlohmann::json out = motionTrackToJson(*track);
  out["video"] = video;
  out["smoothing"] = *smooth;
  if (auto saved = writeFileAtomically(*output, out.dump(1)); !saved) return fail(kExitFailure, saved.error().message);
  for (const std::string& warning : report.warnings)
    std::fprintf(stderr, "marionette-cli: warning: %s\n", warning.c_str());
  std::printf("%s: %d frames, %d without a face (filled in), %d re-detections, %.0f frames/s -> %s\n", video.c_str(),
              report.framesRead, report.framesWithoutFace, report.redetections,
              report.seconds > 0 ? report.framesRead / report.seconds : 0.0, output->c_str());
  return kExitOk;
}

}  // namespace marionette::cli
