#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "core/face/landmark_model.h"

namespace marionette::testing {

// One landmark model per test binary: loading it takes a third of a second.
inline std::shared_ptr<const LandmarkModel> sharedLandmarkModel() {
  static auto model = LandmarkModel::load(LandmarkModel::defaultPath());
  return model.ok() ? *model : nullptr;
}

}  // namespace marionette::testing

#define MARIONETTE_REQUIRE_MODEL(var)                      \
  auto var = ::marionette::testing::sharedLandmarkModel(); \
  if (!var) GTEST_SKIP() << "dlib landmark model not installed (libdlib-data)"
