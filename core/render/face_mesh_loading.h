#pragma once

#include <memory>

#include "core/base/result.h"
#include "core/face/face_mesh.h"
#include "core/render/warp_renderer.h"

namespace marionette {

// Checks the installed face models (present, pinned size and SHA-256), then
// loads them through the libtorch module; every failure is one line that
// says how to install them.
Result<std::shared_ptr<const FaceMeshNetworks>> openFaceMeshNetworks(DeviceChoice device = DeviceChoice::Cpu);

}  // namespace marionette
