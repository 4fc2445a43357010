// The render loader opens the libtorch module on first use; when the module
// is missing or is not ours, rendering fails with one clear line instead of
// the program failing to start.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "core/render/warp_renderer.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

// One process sees one module, so this binary holds only this test.
TEST(RenderLoader, ModuleThatIsNotARendererGivesAClearError) {
  testing::TempDir dir;
  const std::string fake = dir.file("libmarionette_render_torch.so");
  std::ofstream(fake) << "not a shared library";
  ::setenv("MARIONETTE_RENDER_MODULE", fake.c_str(), 1);

  auto renderer = createWarpRenderer({});
  ASSERT_FALSE(renderer.ok());
  EXPECT_EQ(renderer.error().message.rfind("cannot load the renderer '" + fake + "': ", 0), 0u)
      << renderer.error().message;
  EXPECT_FALSE(cudaAvailable());
  EXPECT_EQ(parseDeviceChoice("cuda"), DeviceChoice::Cuda);
  EXPECT_EQ(parseDeviceChoice("gpu"), std::nullopt);
}

}  // namespace
}  // namespace marionette
