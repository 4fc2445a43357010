#include "core/pipeline/animate_setup.h"

#include <chrono>

#include "core/pipeline/frame_pipeline.h"

namespace marionette {

Result<AnimateProject> animateProject(const AnimateSetup& setup, std::shared_ptr<const FaceAnalyzer> model,
                                      const JobCallbacks& callbacks) {
  AnimateProject out;
  timeline::PortraitMedia portrait;
  portrait.file = mediaRefFor(setup.portraitPath);
  portrait.faceIndex = setup.faceIndex;
  auto prepared = preparePortrait(portrait, model);
  if (!prepared) return prepared.error();
  out.portrait = std::make_shared<const PreparedPortrait>(std::move(*prepared));

  std::optional<timeline::DriverMedia> driver;
  if (!setup.drivingPath.empty()) {
    driver = timeline::DriverMedia{mediaRefFor(setup.drivingPath), setup.trackingSmoothing, nullptr};
    const auto start = std::chrono::steady_clock::now();
    auto progress = [&](int done, std::int64_t total) {
      if (callbacks.progress)
        callbacks.progress({JobStage::Tracking, done, total,
                            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()});
      return !(callbacks.cancel && callbacks.cancel->load());
    };
    auto tracking = trackDriver(*driver, model, progress);
    if (callbacks.cancel && callbacks.cancel->load()) return makeError(kCancelledMessage);
    if (!tracking) return tracking.error();
    out.trackSeconds = tracking->seconds;
    out.notes = tracking->notes;
    driver->motion = tracking->motion;
  }

  auto project =
      timeline::projectFromClipSetup(setup.clip, out.portrait->source.motion, driver ? driver->motion : nullptr);
  if (!project) return project.error();
  project->portrait = portrait;
  project->portrait.motion = out.portrait->source.motion;
  if (driver) project->driver = *driver;
  project->render = setup.render;
  // Video needs even sides; the project (and a saved one) holds the size
  // that is rendered, so `render` of it needs no note.
  timeline::RenderSettings& render = project->render;
  if (render.width % 2 || render.height % 2) {
    const int width = render.width - render.width % 2, height = render.height - render.height % 2;
    out.notes.push_back("output size " + std::to_string(render.width) + "x" + std::to_string(render.height) +
                        " made even: " + std::to_string(width) + "x" + std::to_string(height) +
                        " (video needs even sides)");
    render.width = width;
    render.height = height;
  }
  out.project = std::move(*project);
  return out;
}

}  // namespace marionette
