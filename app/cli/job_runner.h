#pragma once

#include <functional>
#include <optional>
#include <string>

#include "app/cli/stop_signals.h"
#include "core/pipeline/animate_setup.h"
#include "core/pipeline/project_job.h"
#include "core/render/warp_renderer.h"

namespace marionette::cli {

// Where a rendering command's project comes from: loaded from a file
// (`render`), or built from `animate`'s options, which tracks the driver and
// so needs the face models and reports progress.
using ProjectSource =
    std::function<Result<AnimateProject>(std::shared_ptr<const FaceAnalyzer> model, const JobCallbacks& callbacks)>;

// Runs one project render the way every rendering command does: refuses a
// destination it may not write (checked on `outline`, the project as far as
// it is known before any analysis), removes partials killed runs left there,
// creates one renderer per core while the face models load, shows a
// progress line on a terminal, stops on `stop` (between frames, leaving no
// output) and prints the summary.
// `onSuccess` runs after the output is written (e.g. --save-project); its
// failure fails the command. Returns the command's exit status.
int runProjectJobCommand(const timeline::Project& outline, const ProjectSource& source, const ProjectOutput& output,
                         const WarpRendererOptions& rendererOptions, const std::optional<std::string>& modelPath,
                         const StopSignals& stop,
                         const std::function<Status(const timeline::Project&)>& onSuccess = {});

}  // namespace marionette::cli
