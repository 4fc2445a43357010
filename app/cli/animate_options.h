#pragma once

#include <optional>
#include <set>
#include <string>

#include "app/cli/arguments.h"
#include "core/base/result.h"
#include "core/pipeline/animate_job.h"
#include "core/render/warp_renderer.h"

namespace marionette::cli {

// `animate`'s command line turned into a job request. Every error is about
// the command line itself (exit status 2); problems with the files named in
// it are found by the job.
struct AnimateCommand {
  AnimateRequest request;
  WarpRendererOptions renderer;
  std::optional<std::string> modelPath;
  std::optional<std::string> projectPath;  // --save-project P.marionette
};

extern const std::set<std::string> kAnimateValueOptions;
extern const std::set<std::string> kAnimateFlagOptions;

Result<AnimateCommand> parseAnimateCommand(const Arguments& args);

// The output options shared with `render`: -o/--output, --format, --force
// and, when `render` allows them, --crf, --speed, --size, --crop, --layout,
// --no-audio (absent options keep the request's values).
Status parseOutput(const Arguments& args, AnimateRequest& request);
// --device
Status parseDevice(const Arguments& args, WarpRendererOptions& renderer);

}  // namespace marionette::cli
