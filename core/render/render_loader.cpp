#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "core/render/face_mesh_loading.h"
#include "core/render/render_module.h"

namespace marionette {

namespace {

constexpr const char* kModuleFile = "libmarionette_render_torch.so";

// Where the module may be: named by the user, installed beside the program
// (bin/../lib/marionette), or in the build tree the program came from.
std::vector<std::string> moduleCandidates() {
  if (const char* chosen = std::getenv("MARIONETTE_RENDER_MODULE"); chosen && *chosen) return {chosen};
  std::vector<std::string> candidates;
  std::error_code error;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) candidates.push_back((exe.parent_path().parent_path() / "lib/marionette" / kModuleFile).string());
  candidates.push_back(MARIONETTE_RENDER_MODULE_BUILD_PATH);
  return candidates;
}

struct LoadedModule {
  const RenderModuleEntry* entry = nullptr;
  std::string error;
};

LoadedModule openModule() {
  LoadedModule loaded;
  std::string tried;
  for (const std::string& path : moduleCandidates()) {
    if (!std::filesystem::exists(path)) {
      tried += (tried.empty() ? "" : ", ") + path;
      continue;
    }
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      loaded.error = "cannot load the renderer '" + path + "': " + dlerror();
      return loaded;
    }
    using EntryPoint = const RenderModuleEntry* (*)();
    auto entryPoint = reinterpret_cast<EntryPoint>(dlsym(handle, "marionette_render_module"));
    const RenderModuleEntry* entry = entryPoint ? entryPoint() : nullptr;
    if (!entry || entry->version != kRenderModuleVersion) {
      loaded.error = "'" + path + "' is not a renderer for this version of Marionette";
      return loaded;
    }
    // Never closed: renderers made by the module live until the program ends.
    loaded.entry = entry;
    return loaded;
  }
  loaded.error = "the renderer (" + std::string(kModuleFile) + ") is not installed; looked for " + tried +
                 " (set MARIONETTE_RENDER_MODULE to its path)";
  return loaded;
}

const LoadedModule& renderModule() {
  static const LoadedModule loaded = openModule();  // thread-safe, once
  return loaded;
}

}  // namespace

std::optional<DeviceChoice> parseDeviceChoice(std::string_view text) {
  if (text == "auto") return DeviceChoice::Auto;
  if (text == "cpu") return DeviceChoice::Cpu;
  if (text == "cuda") return DeviceChoice::Cuda;
  return std::nullopt;
}

Result<std::unique_ptr<Renderer>> createWarpRenderer(const WarpRendererOptions& options) {
  const LoadedModule& module = renderModule();
  if (!module.entry) return makeError(module.error);
  return module.entry->createWarpRenderer(options);
}

Result<std::shared_ptr<const FaceMeshNetworks>> openFaceMeshNetworks(DeviceChoice device,
                                                                     const std::string& chosenFolder) {
  const std::string folder = chosenFolder.empty() ? faceModelFolder() : chosenFolder;
  if (Status files = checkFaceModelFiles(folder); !files) return files.error();
  const LoadedModule& module = renderModule();
  if (!module.entry) return makeError(module.error);
  const bool cuda = device == DeviceChoice::Cuda || (device == DeviceChoice::Auto && module.entry->cudaAvailable());
  auto networks = module.entry->createFaceMeshNetworks(folder, cuda ? "cuda" : "cpu");
  if (!networks) return networks.error();
  return std::shared_ptr<const FaceMeshNetworks>(std::move(*networks));
}

FaceAnalyzerResult loadTrackingAnalyzer(const std::string& modelFolder) {
  auto networks = openFaceMeshNetworks(DeviceChoice::Cpu, modelFolder);
  if (!networks) return networks.error();
  return meshFaceAnalyzer(std::move(*networks));
}

std::shared_future<FaceAnalyzerResult> loadTrackingAnalyzerAsync(const std::string& modelFolder) {
  return std::async(std::launch::async, [modelFolder] { return loadTrackingAnalyzer(modelFolder); }).share();
}

FaceAnalyzerResult loadReaderAnalyzer(const std::string& predictorPath) {
  auto model = LandmarkModel::load(predictorPath.empty() ? LandmarkModel::defaultPath() : predictorPath);
  if (!model) return model.error();
  return dlibFaceAnalyzer(std::move(*model));
}

bool cudaAvailable() {
  const LoadedModule& module = renderModule();
  return module.entry && module.entry->cudaAvailable();
}

}  // namespace marionette
