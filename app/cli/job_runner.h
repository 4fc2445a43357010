#pragma once

#include <optional>
#include <string>

#include "core/pipeline/animate_job.h"
#include "core/render/warp_renderer.h"

namespace marionette::cli {

// Runs one animation export the way every rendering command does: checks
// the destination, creates one renderer per core, loads the landmark model,
// shows a progress line on a terminal, lets Ctrl-C cancel (exit 130) and
// prints the summary. Returns the command's exit status.
int runAnimateJobCommand(const AnimateRequest& request, const WarpRendererOptions& rendererOptions,
                         const std::optional<std::string>& modelPath);

}  // namespace marionette::cli
