#include <charconv>

#include "app/cli/animate_options.h"
#include "app/cli/commands.h"
#include "app/cli/job_runner.h"
#include "core/timeline/project_file.h"

namespace marionette::cli {

namespace {

constexpr const char* kUsage = "marionette-cli render PROJECT.marionette -o OUT [--frames A:B] [options] (see --help)";

const std::set<std::string> kRenderValueOptions = {"-o",    "--output", "--format", "--frames",
                                                   "--crf", "--speed",  "--device", "--model"};
const std::set<std::string> kRenderFlagOptions = {"--force", "--no-audio"};

std::optional<std::int64_t> parseFrame(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

// "A:B" (frames A to B-1), "A:" (A to the end); B = 0 in the result means the end.
Result<timeline::FrameRange> parseFrames(std::string_view text) {
  const std::size_t colon = text.find(':');
  const Error bad = makeError("option --frames expects FIRST:END such as 0:250 or 250: (END excluded), got '" +
                              std::string(text) + "'");
  if (colon == std::string_view::npos) return bad;
  auto first = parseFrame(text.substr(0, colon));
  if (!first) return bad;
  if (colon + 1 == text.size()) return timeline::FrameRange{*first, 0};
  auto end = parseFrame(text.substr(colon + 1));
  if (!end) return bad;
  if (*end <= *first) return makeError("option --frames: END must be after FIRST, got '" + std::string(text) + "'");
  return timeline::FrameRange{*first, *end};
}

}  // namespace

int runRender(const std::vector<std::string>& words, const StopSignals& stop) {
  auto args = Arguments::parse(words, kRenderValueOptions, kRenderFlagOptions);
  if (!args) return fail(kExitUsage, args.error().message + "; usage: " + kUsage);
  if (args->positionals().size() != 1)
    return fail(kExitUsage, std::string("render takes one project file; usage: ") + kUsage);
  timeline::FrameRange frames;
  if (auto text = args->value("--frames")) {
    auto parsed = parseFrames(*text);
    if (!parsed) return fail(kExitUsage, parsed.error().message);
    frames = *parsed;
  }
  WarpRendererOptions renderer;
  if (Status ok = parseDevice(*args, renderer); !ok) return fail(kExitUsage, ok.error().message);

  auto opened = timeline::openProject(args->positionals()[0]);
  if (!opened) return fail(kExitFailure, opened.error().message);
  for (const timeline::MediaProblem& problem : opened->problems) {
    if (problem.kind == timeline::MediaProblem::Kind::Missing) return fail(kExitFailure, problem.message);
    std::printf("note: %s\n", problem.message.c_str());
  }
  for (const std::string& note : opened->notes) std::printf("note: %s\n", note.c_str());
  timeline::Project project = std::move(opened->project);
  ProjectOutput output;
  if (Status ok = parseOutput(*args, project.render, output); !ok)
    return fail(kExitUsage, ok.error().message + "; usage: " + kUsage);
  output.frames = frames;
  auto source = [&project](std::shared_ptr<const FaceAnalyzer>, const JobCallbacks&) -> Result<AnimateProject> {
    return AnimateProject{project, nullptr, 0, {}};
  };
  return runProjectJobCommand(project, source, output, renderer, args->value("--model"), stop);
}

}  // namespace marionette::cli
