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
};

extern const std::set<std::string> kAnimateValueOptions;
extern const std::set<std::string> kAnimateFlagOptions;

Result<AnimateCommand> parseAnimateCommand(const Arguments& args);

}  // namespace marionette::cli
