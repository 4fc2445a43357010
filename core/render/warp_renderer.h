#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "core/base/result.h"
#include "core/motion/renderer.h"

namespace marionette {

enum class DeviceChoice { Auto, Cpu, Cuda };

std::optional<DeviceChoice> parseDeviceChoice(std::string_view text);  // "auto", "cpu", "cuda"

struct WarpRendererOptions {
  DeviceChoice device = DeviceChoice::Auto;
  int threads = 2;  // intra-op threads for CPU tensor work
};

// The built-in renderer: a smooth dense backward warp of the portrait's own
// pixels, driven by landmarks, head-ring points and static border anchors,
// computed with libtorch on the chosen device. An opening mouth takes its
// teeth from the driving frame when the render hints carry one (the project's
// render settings decide), else it gets a synthesised cavity. Fails with a clear message
// when CUDA is asked for and absent.
Result<std::unique_ptr<Renderer>> createWarpRenderer(const WarpRendererOptions& options);

// Whether libtorch sees a CUDA device on this machine.
bool cudaAvailable();

}  // namespace marionette
