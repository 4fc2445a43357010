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
  // Take teeth for an opening mouth from the driving frame (colour-matched)
  // instead of synthesising a plain cavity.
  bool teethFromDriver = false;
};

// The built-in renderer: a smooth dense backward warp of the portrait's own
// pixels, driven by landmarks, head-ring points and static border anchors,
// computed with libtorch on the chosen device. Fails with a clear message
// when CUDA is asked for and absent.
Result<std::unique_ptr<Renderer>> createWarpRenderer(const WarpRendererOptions& options);

// Whether libtorch sees a CUDA device on this machine.
bool cudaAvailable();

}  // namespace marionette
