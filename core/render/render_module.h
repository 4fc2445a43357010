#pragma once

// The seam between the small render loader, linked into every program, and
// the libtorch module (the renderer and the face networks), opened on first use: libtorch's start-up
// (hundreds of shared libraries, about half a second) is then paid only by
// commands and windows that actually render.

#include <memory>

#include "core/base/result.h"
#include "core/face/face_mesh.h"
#include "core/render/warp_renderer.h"

namespace marionette {

// Bumped whenever this table or the types it passes change, so a stale module
// beside a newer program is refused instead of misread.
constexpr int kRenderModuleVersion = 3;

struct RenderModuleEntry {
  int version = kRenderModuleVersion;
  Result<std::unique_ptr<Renderer>> (*createWarpRenderer)(const WarpRendererOptions& options) = nullptr;
  bool (*cudaAvailable)() = nullptr;
  // The MediaPipe face networks from a checked model folder, on "cpu" or "cuda".
  Result<std::unique_ptr<FaceMeshNetworks>> (*createFaceMeshNetworks)(const std::string& folder,
                                                                      const std::string& device) = nullptr;
};

}  // namespace marionette

// Exported by the module under a C name so dlsym can find it.
extern "C" const marionette::RenderModuleEntry* marionette_render_module();
