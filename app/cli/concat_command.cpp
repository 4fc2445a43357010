#include <cstdio>

#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/stale_partials.h"
#include "app/cli/stop_signals.h"
#include "core/media/video_concat.h"

namespace marionette::cli {

namespace {

constexpr const char* kUsage = "marionette-cli concat PART... -o OUT [--unchecked] [--force]";

}  // namespace

int runConcat(const std::vector<std::string>& words, const StopSignals& stop) {
  auto args = Arguments::parse(words, {"-o", "--output"}, {"--force", "--unchecked"});
  if (!args) return fail(kExitUsage, args.error().message + "; usage: " + kUsage);
  auto output = args->value("-o") ? args->value("-o") : args->value("--output");
  if (!output) return fail(kExitUsage, std::string("concat needs an output file (-o OUT); usage: ") + kUsage);
  if (args->positionals().empty())
    return fail(kExitUsage, std::string("concat needs the parts to join, in order; usage: ") + kUsage);

  const PartCheck check = args->flag("--unchecked") ? PartCheck::Unchecked : PartCheck::Checked;
  removeStalePartialsOf(*output);
  auto report = concatenateVideos(args->positionals(), *output, args->flag("--force"), check, &stop.flag());
  if (stop.requested()) return stop.reportStopped();
  if (!report) return fail(kExitFailure, report.error().message);
  for (const std::string& note : report->notes) std::printf("note: %s\n", note.c_str());
  std::printf("%d parts -> %s: %lld frames, %.3f s%s\n", report->parts, output->c_str(),
              static_cast<long long>(report->frames), report->duration.toDouble(), report->audio ? ", with sound" : "");
  return kExitOk;
}

}  // namespace marionette::cli
