#pragma once

#include <optional>

#include "core/timeline/project.h"
#include "core/timeline/time.h"

namespace marionette::timeline {

// The frames whose motion can differ between two snapshots of one project,
// as one range: what a preview cache drops after an edit (a keyframe at 4 s
// leaves the frames at 1 s cached). nullopt when no frame can differ. The
// whole clip when anything global changed (media, face, tracking, reference
// frame, a gain or smoothing, a region starting or stopping to follow, the
// render settings, the clip's length or rate). Conservative: it may name
// frames that turn out unchanged, never miss one that changed.
std::optional<FrameRange> changedFrames(const Project& before, const Project& after);

}  // namespace marionette::timeline
