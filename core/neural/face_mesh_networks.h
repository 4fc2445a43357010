#pragma once

#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/face/face_mesh.h"

namespace marionette {

// Loads BlazeFace, FaceMesh and Iris from `folder` (blazeface.json,
// facemesh.json, iris.json and their shards) onto "cpu" or "cuda".
Result<std::unique_ptr<FaceMeshNetworks>> loadFaceMeshNetworks(const std::string& folder,
                                                               const std::string& device = "cpu");

}  // namespace marionette
