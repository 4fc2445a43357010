#pragma once

#include <optional>
#include <set>
#include <string>

#include "app/cli/arguments.h"
#include "core/base/result.h"
#include "core/pipeline/animate_setup.h"
#include "core/pipeline/project_job.h"
#include "core/render/warp_renderer.h"

namespace marionette::cli {

// `animate`'s command line turned into the setup its project is built from
// and the output it is rendered to. Every error is about the command line
// itself (exit status 2); problems with the files named in it are found by
// the job.
struct AnimateCommand {
  AnimateSetup setup;
  ProjectOutput output;
  WarpRendererOptions renderer;
  std::optional<std::string> modelPath;
  std::optional<std::string> projectPath;  // --save-project P.marionette
};

extern const std::set<std::string> kAnimateValueOptions;
extern const std::set<std::string> kAnimateFlagOptions;

Result<AnimateCommand> parseAnimateCommand(const Arguments& args);

// The output options shared with `render`: -o/--output, --format, --force
// into `output`, and the render settings --crf, --speed, --size, --crop,
// --layout, --no-audio into `render` (absent options keep its values, so
// `render` changes only what its command line names).
Status parseOutput(const Arguments& args, timeline::RenderSettings& render, ProjectOutput& output);
// --device
Status parseDevice(const Arguments& args, WarpRendererOptions& renderer);

}  // namespace marionette::cli
