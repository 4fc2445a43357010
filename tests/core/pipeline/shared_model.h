#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "core/pipeline/reenactment_evaluation.h"
#include "core/render/face_mesh_loading.h"

namespace marionette::testing {

// One tracker (the MediaPipe mesh, what the pipeline uses) per test binary.
inline std::shared_ptr<const FaceAnalyzer> sharedTracker() {
  // Never destroyed: its torch tensors must not outlive libtorch's statics.
  static const auto* tracker = new FaceAnalyzerResult(loadTrackingAnalyzer());
  if (!tracker->ok()) ADD_FAILURE() << tracker->error().message;
  return tracker->ok() ? tracker->value() : nullptr;
}

// One independent reader (dlib's 68-point model) per test binary: loading
// it takes a third of a second.
inline std::shared_ptr<const FaceAnalyzer> sharedReader() {
  static auto reader = loadReaderAnalyzer();
  return reader.ok() ? *reader : nullptr;
}

inline EvaluationModels sharedEvaluationModels() { return {sharedTracker(), sharedReader()}; }

}  // namespace marionette::testing

#define MARIONETTE_REQUIRE_MODEL(var)                \
  auto var = ::marionette::testing::sharedTracker(); \
  if (!var) GTEST_SKIP() << "the face models are not installed (packaging/install-models.sh)"

#define MARIONETTE_REQUIRE_READER(var)              \
  auto var = ::marionette::testing::sharedReader(); \
  if (!var) GTEST_SKIP() << "dlib landmark model not installed (libdlib-data)"
