#include "app/cli/animate_options.h"
#include "app/cli/commands.h"
#include "app/cli/job_runner.h"
#include "core/base/atomic_file.h"
#include "core/timeline/project_file.h"

namespace marionette::cli {

namespace {

constexpr const char* kUsage = "marionette-cli animate PORTRAIT [DRIVING] -o OUT [options] (see marionette-cli --help)";

}  // namespace

int runAnimate(const std::vector<std::string>& words) {
  auto args = Arguments::parse(words, kAnimateValueOptions, kAnimateFlagOptions);
  if (!args) return fail(kExitUsage, args.error().message + "; usage: " + kUsage);
  auto command = parseAnimateCommand(*args);
  if (!command) return fail(kExitUsage, command.error().message + "; usage: " + kUsage);

  AnimateRequest& request = command->request;
  if (command->projectPath) {
    // Refused before any work, like the video output itself.
    std::vector<std::string> inputs{request.portraitPath, request.output.path};
    if (!request.drivingPath.empty()) inputs.push_back(request.drivingPath);
    if (Status ok = checkOutputPath(*command->projectPath, request.output.overwrite, inputs); !ok)
      return fail(kExitFailure, ok.error().message);
    request.projectReady = [path = *command->projectPath](const timeline::Project& project) {
      return timeline::saveProject(project, path);
    };
  }
  return runAnimateJobCommand(request, command->renderer, command->modelPath);
}

}  // namespace marionette::cli
