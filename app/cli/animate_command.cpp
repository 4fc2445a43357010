#include "app/cli/animate_options.h"
#include "app/cli/commands.h"
#include "app/cli/job_runner.h"
#include "app/cli/stale_partials.h"
#include "core/base/atomic_file.h"
#include "core/timeline/project_file.h"

namespace marionette::cli {

namespace {

constexpr const char* kUsage = "marionette-cli animate PORTRAIT [DRIVING] -o OUT [options] (see marionette-cli --help)";

// The project as far as the command line tells it, before any file is read:
// enough to refuse a destination before minutes of tracking.
timeline::Project outlineOf(const AnimateSetup& setup) {
  timeline::Project outline;
  outline.portrait.file.path = setup.portraitPath;
  if (!setup.drivingPath.empty()) outline.driver = timeline::DriverMedia{{setup.drivingPath, 0}};
  outline.render = setup.render;
  return outline;
}

}  // namespace

int runAnimate(const std::vector<std::string>& words, const StopSignals& stop) {
  auto args = Arguments::parse(words, kAnimateValueOptions, kAnimateFlagOptions);
  if (!args) return fail(kExitUsage, args.error().message + "; usage: " + kUsage);
  auto command = parseAnimateCommand(*args);
  if (!command) return fail(kExitUsage, command.error().message + "; usage: " + kUsage);

  const AnimateSetup& setup = command->setup;
  std::function<Status(const timeline::Project&)> saveProject;
  if (command->projectPath) {
    // Refused before any work, like the video output itself.
    std::vector<std::string> inputs{setup.portraitPath, command->output.path};
    if (!setup.drivingPath.empty()) inputs.push_back(setup.drivingPath);
    if (Status ok = checkOutputPath(*command->projectPath, command->output.overwrite, inputs); !ok)
      return fail(kExitFailure, ok.error().message);
    removeStalePartialsOf(*command->projectPath);
    removeStalePartialsOf(timeline::motionCachePath(*command->projectPath));
    saveProject = [path = *command->projectPath](const timeline::Project& project) {
      return timeline::saveProject(project, path);
    };
  }
  auto source = [&setup](std::shared_ptr<const FaceAnalyzer> model, const JobCallbacks& callbacks) {
    return animateProject(setup, std::move(model), callbacks);
  };
  return runProjectJobCommand(outlineOf(setup), source, command->output, command->renderer, command->modelPath, stop,
                              saveProject);
}

}  // namespace marionette::cli
