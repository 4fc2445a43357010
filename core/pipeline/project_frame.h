#pragma once

#include "core/base/image.h"
#include "core/base/result.h"
#include "core/motion/renderer.h"
#include "core/pipeline/output_framing.h"
#include "core/pipeline/project_media.h"
#include "core/timeline/project.h"
#include "core/timeline/time.h"

namespace marionette {

// One frame of a project, rendered the same way by the export and by the
// editor's preview: what the preview shows is what the export writes.

// Whether a frame of `project` needs the driver's picture to render (teeth
// taken from the driver). Side-by-side panels are the export's own affair.
bool rendersWithDriverPixels(const timeline::Project& project);

// The project's target motion at `frame` rendered into `view`. `driverFrame`
// is the driver's picture at that frame when rendersWithDriverPixels() (null
// otherwise, or when the video cannot be read: the mouth is then synthesised).
Result<Image> renderProjectFrame(Renderer& renderer, const timeline::Project& project, timeline::FrameIndex frame,
                                 const RenderView& view, const Image* driverFrame = nullptr);

// The part of the portrait the project's render settings show, at the size
// the export writes.
Framing projectFraming(const timeline::Project& project, const PreparedPortrait& portrait);

// `view` made no larger than `maxSide` on its longer side (the preview's
// size), the region unchanged; sides stay even. A view that fits is
// returned as it is, so a preview at the export's size renders the export's
// exact pixels.
RenderView viewWithin(const RenderView& view, int maxSide);

}  // namespace marionette
