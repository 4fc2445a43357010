#include "core/pipeline/motion_plan.h"

#include <string>

namespace marionette {

Result<MotionPlan> MotionPlan::fromProject(timeline::Project project, timeline::FrameRange frames) {
  if (Status ok = timeline::validateProject(project); !ok) return ok.error();
  const std::int64_t count = project.settings.frameCount;
  if (frames.end == 0) frames.end = count;
  if (frames.first < 0 || frames.first >= frames.end || frames.end > count)
    return makeError("frames " + std::to_string(frames.first) + ":" + std::to_string(frames.end) +
                     " are not inside the clip (0:" + std::to_string(count) + ")");
  MotionPlan plan;
  plan.project_ = std::move(project);
  plan.range_ = frames;
  return plan;
}

}  // namespace marionette
